import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UnitEntity } from '../units/unit.entity';

/**
 * An export of statistics is stored with the kind `LEDGER`, its first-release name: the stored value
 * (and the table's check) stays, so jobs and audit rows already written read back the same.
 */
export const STATISTICS_EXPORT_KIND = 'LEDGER';
export type ExportKind = typeof STATISTICS_EXPORT_KIND | 'RECORDS' | 'SUPERVISION';

/** One export: what to write (`definition`), how far it got, and where the file is. */
@Entity({ name: 'export_job' })
@Check('export_job_kind_check', `kind IN ('LEDGER','RECORDS','SUPERVISION')`)
@Check('export_job_format_check', `format IN ('CSV','XLSX')`)
@Check('export_job_status_check', `status IN ('QUEUED','RUNNING','DONE','FAILED')`)
@Index('export_job_queue_idx', { synchronize: false })
export class ExportJobEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 40 })
  unitCode!: string;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'unit_code', referencedColumnName: 'code', foreignKeyConstraintName: 'export_job_unit_code_fkey' })
  unit?: UnitEntity;

  @Column({ name: 'requested_by', type: 'varchar', length: 100 })
  requestedBy!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: ExportKind;

  @Column({ type: 'varchar', length: 10 })
  format!: 'CSV' | 'XLSX';

  @Column({ type: 'jsonb' })
  definition!: Record<string, unknown>;

  /** What the export holds: its sheet's and its file's name (null for jobs from before titles). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  @Column({ type: 'varchar', length: 10 })
  status!: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

  @Column({ name: 'rows_written', type: 'bigint', default: 0 })
  rowsWritten!: string;

  @Column({ name: 'total_rows', type: 'bigint', nullable: true })
  totalRows!: string | null;

  @Column({ name: 'object_key', type: 'varchar', length: 300, nullable: true })
  objectKey!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  /** Times the job went back to the queue because the object store was unavailable. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
