import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { LicenceStatus, LicensingKind } from '@hub/shared-schema';
import { DevolvedMatterEntity } from '../matters/devolved-matter.entity';
import { SharedRecordEntity } from '../records/shared-record.entity';
import { UnitEntity } from '../units/unit.entity';

/** The statuses a department publishes; EXPIRED and WITHDRAWN are derived when read (licence-status.ts). */
export type PublishedLicenceStatus = Exclude<LicenceStatus, 'EXPIRED' | 'WITHDRAWN'>;

/** A licensing decision of a city department (§4(1)2): licence, confirmation or filing. */
@Entity({ name: 'licensing_decision' })
@Unique('licensing_decision_source_key', ['publisherCode', 'sourceId'])
@Index('licensing_decision_holder_uscc_idx', ['holderUscc', 'matterCode'])
@Index('licensing_decision_holder_id_idx', ['holderIdNumber'])
@Index('licensing_decision_township_idx', ['townshipCode', 'decisionDate'])
@Index('licensing_decision_matter_idx', ['matterCode'])
// GIN trigram and DESC indexes are the migration's; TypeORM cannot express them, so it leaves them be.
@Index('licensing_decision_holder_name_trgm', { synchronize: false })
@Index('licensing_decision_order_idx', { synchronize: false })
@Index('licensing_decision_licence_number_idx', { synchronize: false })
@Check('licensing_decision_kind_check', `kind IN ('LICENCE','CONFIRMATION','FILING')`)
@Check('licensing_decision_status_check', `status IN ('VALID','SUSPENDED','REVOKED')`)
@Check('licensing_decision_check', `valid_to IS NULL OR valid_to >= valid_from`)
@Check('licensing_decision_check1', `holder_uscc IS NOT NULL OR holder_id_number IS NOT NULL`)
@Check('licensing_decision_version_check', `version > 0`)
export class LicensingDecisionEntity extends SharedRecordEntity {
  @Column({ type: 'varchar', length: 20 })
  kind!: LicensingKind;

  @Column({ name: 'licence_number', type: 'varchar', length: 100 })
  licenceNumber!: string;

  @Column({ name: 'holder_name', type: 'varchar', length: 200 })
  holderName!: string;

  @Column({ name: 'holder_uscc', type: 'char', length: 18, nullable: true })
  holderUscc!: string | null;

  @Column({ name: 'holder_id_number', type: 'char', length: 18, nullable: true })
  holderIdNumber!: string | null;

  @Column({ name: 'holder_phone', type: 'varchar', length: 30, nullable: true })
  holderPhone!: string | null;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'publisher_code', referencedColumnName: 'code', foreignKeyConstraintName: 'licensing_decision_publisher_code_fkey' })
  publisher?: UnitEntity;

  @Column({ name: 'matter_code', type: 'varchar', length: 40 })
  matterCode!: string;

  @ManyToOne(() => DevolvedMatterEntity, { onUpdate: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'matter_code', referencedColumnName: 'code', foreignKeyConstraintName: 'licensing_decision_matter_code_fkey' })
  matter?: DevolvedMatterEntity;

  @Column({ type: 'text', nullable: true })
  scope!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Column({ name: 'township_code', type: 'varchar', length: 40, nullable: true })
  townshipCode!: string | null;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'township_code', referencedColumnName: 'code', foreignKeyConstraintName: 'licensing_decision_township_code_fkey' })
  township?: UnitEntity;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  /** As decided by the department; EXPIRED is derived from valid_to when read. */
  @Column({ type: 'varchar', length: 20 })
  status!: PublishedLicenceStatus;

  @Column({ name: 'decision_date', type: 'date' })
  decisionDate!: string;
}
