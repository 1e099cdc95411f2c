import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ExecutionStatus, MeasureKind } from '@hub/shared-schema';
import { DevolvedMatterEntity } from '../matters/devolved-matter.entity';
import { SharedRecordEntity } from '../records/shared-record.entity';
import { UnitEntity } from '../units/unit.entity';

/** A town's penalty or administrative compulsory measure and its execution (§4(1)3). */
@Entity({ name: 'penalty_decision' })
@Unique('penalty_decision_source_key', ['publisherCode', 'sourceId'])
@Index('penalty_decision_party_uscc_idx', ['partyUscc'])
@Index('penalty_decision_party_id_idx', ['partyIdNumber'])
@Index('penalty_decision_township_idx', ['townshipCode', 'decisionDate'])
@Index('penalty_decision_matter_idx', ['matterCode'])
@Index('penalty_decision_party_name_trgm', { synchronize: false })
@Index('penalty_decision_order_idx', { synchronize: false })
@Index('penalty_decision_licence_number_idx', { synchronize: false })
@Check('penalty_decision_measure_kind_check', `measure_kind IN ('PENALTY','COMPULSORY_MEASURE')`)
@Check(
  'penalty_decision_execution_status_check',
  `execution_status IN ('PENDING','IN_PROGRESS','EXECUTED','COURT_ENFORCEMENT','SUSPENDED','TERMINATED')`,
)
@Check('penalty_decision_fine_amount_check', `fine_amount >= 0`)
@Check('penalty_decision_confiscation_amount_check', `confiscation_amount >= 0`)
@Check('penalty_decision_check', `party_uscc IS NOT NULL OR party_id_number IS NOT NULL`)
@Check('penalty_decision_version_check', `version > 0`)
export class PenaltyDecisionEntity extends SharedRecordEntity {
  @Column({ name: 'measure_kind', type: 'varchar', length: 30 })
  measureKind!: MeasureKind;

  @Column({ name: 'decision_number', type: 'varchar', length: 100 })
  decisionNumber!: string;

  @Column({ name: 'party_name', type: 'varchar', length: 200 })
  partyName!: string;

  @Column({ name: 'party_uscc', type: 'char', length: 18, nullable: true })
  partyUscc!: string | null;

  @Column({ name: 'party_id_number', type: 'char', length: 18, nullable: true })
  partyIdNumber!: string | null;

  @Column({ name: 'party_phone', type: 'varchar', length: 30, nullable: true })
  partyPhone!: string | null;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'publisher_code', referencedColumnName: 'code', foreignKeyConstraintName: 'penalty_decision_publisher_code_fkey' })
  publisher?: UnitEntity;

  @Column({ name: 'matter_code', type: 'varchar', length: 40 })
  matterCode!: string;

  @ManyToOne(() => DevolvedMatterEntity, { onUpdate: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'matter_code', referencedColumnName: 'code', foreignKeyConstraintName: 'penalty_decision_matter_code_fkey' })
  matter?: DevolvedMatterEntity;

  @Column({ type: 'text' })
  facts!: string;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis!: string;

  @Column({ name: 'penalty_kinds', type: 'text', array: true })
  penaltyKinds!: string[];

  /** numeric(14,2) comes back from pg as a string: exact money, no float rounding. */
  @Column({ name: 'fine_amount', type: 'numeric', precision: 14, scale: 2, default: 0 })
  fineAmount!: string;

  @Column({ name: 'confiscation_amount', type: 'numeric', precision: 14, scale: 2, default: 0 })
  confiscationAmount!: string;

  @Column({ name: 'decision_date', type: 'date' })
  decisionDate!: string;

  @Column({ name: 'execution_status', type: 'varchar', length: 30 })
  executionStatus!: ExecutionStatus;

  @Column({ name: 'township_code', type: 'varchar', length: 40 })
  townshipCode!: string;

  /** 涉及的许可证号 (§4(1)2): the licence the decision concerns, when the town names one (sharing-gaps reads it). */
  @Column({ name: 'licence_number', type: 'varchar', length: 100, nullable: true })
  licenceNumber!: string | null;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'township_code', referencedColumnName: 'code', foreignKeyConstraintName: 'penalty_decision_township_code_fkey' })
  township?: UnitEntity;
}
