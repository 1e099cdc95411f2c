import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ComplaintChannel, ComplaintOutcome, ComplaintStatus } from '@hub/shared-schema';
import { DevolvedMatterEntity } from '../matters/devolved-matter.entity';
import { SharedRecordEntity } from '../records/shared-record.entity';
import { UnitEntity } from '../units/unit.entity';

/** The shared record of a report, complaint, appeal or petition and its handling (§4(1)6, §4(2)). */
@Entity({ name: 'complaint_record' })
@Unique('complaint_record_source_key', ['publisherCode', 'sourceId'])
@Index('complaint_record_subject_uscc_idx', ['subjectUscc'])
@Index('complaint_record_handling_idx', ['handlingUnitCode', 'status'])
@Index('complaint_record_subject_name_trgm', { synchronize: false })
@Index('complaint_record_order_idx', { synchronize: false })
@Index('complaint_record_repeat_idx', { synchronize: false })
@Index('complaint_record_duplicate_of_idx', { synchronize: false })
@Index('complaint_record_inbox_idx', { synchronize: false })
@Check('complaint_record_outcome_check', `outcome IN ('NOT_OUR_FUNCTION','NO_VIOLATION','FILED','TRANSFERRED')`)
@Check('complaint_record_channel_check', `channel IN ('REPORT','COMPLAINT','APPEAL','PETITION')`)
@Check('complaint_record_status_check', `status IN ('RECEIVED','VERIFYING','TRANSFERRED','FILED','ANSWERED','CLOSED')`)
@Check('complaint_record_version_check', `version > 0`)
export class ComplaintRecordEntity extends SharedRecordEntity {
  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'publisher_code', referencedColumnName: 'code', foreignKeyConstraintName: 'complaint_record_publisher_code_fkey' })
  publisher?: UnitEntity;

  @Column({ type: 'varchar', length: 20 })
  channel!: ComplaintChannel;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** The reporter's identity is confidential (§5(1); §4(2) names the unit that handles the report). */
  @Column({ name: 'reporter_name', type: 'varchar', length: 100, nullable: true })
  reporterName!: string | null;

  @Column({ name: 'reporter_phone', type: 'varchar', length: 30, nullable: true })
  reporterPhone!: string | null;

  @Column({ name: 'reporter_id_number', type: 'char', length: 18, nullable: true })
  reporterIdNumber!: string | null;

  @Column({ name: 'subject_name', type: 'varchar', length: 200, nullable: true })
  subjectName!: string | null;

  @Column({ name: 'subject_uscc', type: 'char', length: 18, nullable: true })
  subjectUscc!: string | null;

  @Column({ name: 'matter_code', type: 'varchar', length: 40, nullable: true })
  matterCode!: string | null;

  @ManyToOne(() => DevolvedMatterEntity, { onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'matter_code', referencedColumnName: 'code', foreignKeyConstraintName: 'complaint_record_matter_code_fkey' })
  matter?: DevolvedMatterEntity;

  @Column({ name: 'township_code', type: 'varchar', length: 40, nullable: true })
  townshipCode!: string | null;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'township_code', referencedColumnName: 'code', foreignKeyConstraintName: 'complaint_record_township_code_fkey' })
  township?: UnitEntity;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'handling_unit_code', type: 'varchar', length: 40 })
  handlingUnitCode!: string;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'handling_unit_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'complaint_record_handling_unit_code_fkey',
  })
  handlingUnit?: UnitEntity;

  @Column({ type: 'varchar', length: 20 })
  status!: ComplaintStatus;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** §4(2): the handling workflow's outcome and its record (where the person was directed, the answer given). */
  @Column({ type: 'varchar', length: 30, nullable: true })
  outcome!: ComplaintOutcome | null;

  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote!: string | null;

  @Column({ name: 'penalty_id', type: 'uuid', nullable: true })
  penaltyId!: string | null;

  @Column({ name: 'transfer_id', type: 'uuid', nullable: true })
  transferId!: string | null;

  /** §4(2) repeats: the first report of the same matter about the same party (set by the hub, not published). */
  @Column({ name: 'duplicate_of', type: 'uuid', nullable: true })
  duplicateOf!: string | null;

  @ManyToOne(() => ComplaintRecordEntity)
  @JoinColumn({ name: 'duplicate_of', foreignKeyConstraintName: 'complaint_record_duplicate_of_fkey' })
  firstReport?: ComplaintRecordEntity;
}
