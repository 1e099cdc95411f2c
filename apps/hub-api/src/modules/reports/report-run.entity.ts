import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { ExportJobEntity } from '../exports/export-job.entity';
import { SavedReportEntity } from './saved-report.entity';

/** One period of a saved report: the export job writing its file, and when its event was published. */
@Entity({ name: 'report_run' })
@Unique('report_run_report_period_key', ['reportId', 'periodFrom'])
@Index('report_run_unpublished_idx', { synchronize: false })
export class ReportRunEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => SavedReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'report_run_report_id_fkey' })
  report?: SavedReportEntity;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  @Column({ name: 'export_job_id', type: 'uuid' })
  exportJobId!: string;

  @ManyToOne(() => ExportJobEntity)
  @JoinColumn({ name: 'export_job_id', foreignKeyConstraintName: 'report_run_export_job_id_fkey' })
  exportJob?: ExportJobEntity;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
