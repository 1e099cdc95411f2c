import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { LedgerEntryKind } from '@hub/shared-schema';
import { SharedRecordEntity } from '../records/shared-record.entity';
import { UnitEntity } from '../units/unit.entity';

/** A statistic or work summary of a unit for a period (§4(1)4), possibly asked for by a department. */
@Entity({ name: 'ledger_entry' })
@Unique('ledger_entry_source_key', ['publisherCode', 'sourceId'])
@Index('ledger_entry_period_idx', ['periodStart', 'publisherCode'])
@Index('ledger_entry_indicator_idx', ['indicator', 'periodStart'])
@Check('ledger_entry_entry_kind_check', `entry_kind IN ('INDICATOR','WORK_SUMMARY')`)
@Check('ledger_entry_check', `entry_kind <> 'INDICATOR' OR (indicator IS NOT NULL AND value IS NOT NULL)`)
@Check('ledger_entry_check1', `entry_kind <> 'WORK_SUMMARY' OR (title IS NOT NULL AND body IS NOT NULL)`)
@Check('ledger_entry_version_check', `version > 0`)
export class LedgerEntryEntity extends SharedRecordEntity {
  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'publisher_code', referencedColumnName: 'code', foreignKeyConstraintName: 'ledger_entry_publisher_code_fkey' })
  publisher?: UnitEntity;

  @Column({ name: 'entry_kind', type: 'varchar', length: 20 })
  entryKind!: LedgerEntryKind;

  /** `2026`, `2026-Q1` or `2026-03`. */
  @Column({ type: 'varchar', length: 10 })
  period!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  indicator!: string | null;

  /** numeric(18,4) as an exact decimal string. */
  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true })
  value!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  dimensions!: Record<string, string>;

  @Column({ type: 'varchar', length: 300, nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ name: 'requested_by_code', type: 'varchar', length: 40, nullable: true })
  requestedByCode!: string | null;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'requested_by_code', referencedColumnName: 'code', foreignKeyConstraintName: 'ledger_entry_requested_by_code_fkey' })
  requestedBy?: UnitEntity;
}
