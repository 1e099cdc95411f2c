import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { UnitEntity } from '../units/unit.entity';

/** A unit's saved statistics, run every month or quarter; `next_run_at` is when its next period is reported. */
@Entity({ name: 'saved_report' })
@Check('saved_report_format_check', `format IN ('CSV','XLSX')`)
@Check('saved_report_schedule_check', `schedule IN ('MONTHLY','QUARTERLY','HALF_YEARLY','YEARLY')`)
@Check('saved_report_kind_check', `kind IN ('STATISTICS','SUPERVISION')`)
@Unique('saved_report_unit_name_key', ['unitCode', 'name'])
@Index('saved_report_due_idx', ['nextRunAt'])
export class SavedReportEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 40 })
  unitCode!: string;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'unit_code', referencedColumnName: 'code', foreignKeyConstraintName: 'saved_report_unit_code_fkey' })
  unit?: UnitEntity;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** The ledger definition (LedgerDefinitionInput) without dates: each run adds its period. */
  @Column({ type: 'jsonb' })
  definition!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 10 })
  format!: 'CSV' | 'XLSX';

  @Column({ type: 'varchar', length: 12 })
  schedule!: 'MONTHLY' | 'QUARTERLY' | 'HALF_YEARLY' | 'YEARLY';

  /** What it runs: statistics (a statistics definition) or a supervision table (督查, `{ table }`). */
  @Column({ type: 'varchar', length: 20, default: 'STATISTICS' })
  kind!: 'STATISTICS' | 'SUPERVISION';

  @Column({ name: 'next_run_at', type: 'timestamptz' })
  nextRunAt!: Date;

  @Column({ name: 'created_by', type: 'varchar', length: 100 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
