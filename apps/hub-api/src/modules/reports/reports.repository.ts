import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TransactionRunner } from '../../database/transaction-runner';
import { ReportRunEntity } from './report-run.entity';
import { SavedReportEntity } from './saved-report.entity';

/** A run with what its event says: the report it belongs to and how its export ended. */
export interface FinishedRun {
  id: string;
  reportId: string;
  name: string;
  unitCode: string;
  schedule: string;
  format: string;
  periodFrom: string;
  periodTo: string;
  exportJobId: string;
  status: 'DONE' | 'FAILED';
  rowsWritten: string;
  error: string | null;
}

export interface RunView {
  reportId: string;
  periodFrom: string;
  periodTo: string;
  exportJobId: string;
  status: string;
  publishedAt: Date | null;
  createdAt: Date;
}

@Injectable()
export class ReportsRepository {
  constructor(private readonly tx: TransactionRunner) {}

  private get reports() {
    return this.tx.manager.getRepository(SavedReportEntity);
  }

  async insert(report: Omit<SavedReportEntity, 'unit'>): Promise<void> {
    // jsonb columns typed as records trip TypeORM's deep-partial type; the values are plain JSON.
    await this.reports.insert(report as QueryDeepPartialEntity<SavedReportEntity>);
  }

  nameTaken(unitCode: string, name: string): Promise<boolean> {
    return this.reports.existsBy({ unitCode, name });
  }

  findById(id: string): Promise<SavedReportEntity | null> {
    return this.reports.findOneBy({ id });
  }

  forUnit(unitCode: string): Promise<SavedReportEntity[]> {
    return this.reports.find({ where: { unitCode }, order: { name: 'ASC' } });
  }

  unitOf(id: string): Promise<string | null> {
    return this.reports.findOne({ where: { id }, select: { unitCode: true } }).then((row) => row?.unitCode ?? null);
  }

  async delete(id: string): Promise<void> {
    await this.reports.delete({ id });
  }

  /** The latest runs of each report, newest first, with their export's status. */
  runsOf(reportIds: string[], perReport: number): Promise<RunView[]> {
    return this.tx.manager.query<RunView[]>(
      `SELECT report_id AS "reportId", period_from::text AS "periodFrom", period_to::text AS "periodTo", export_job_id AS "exportJobId",
              status, published_at AS "publishedAt", created_at AS "createdAt"
         FROM (SELECT r.*, j.status, row_number() OVER (PARTITION BY r.report_id ORDER BY r.period_from DESC) AS n
                 FROM report_run r JOIN export_job j ON j.id = r.export_job_id
                WHERE r.report_id = ANY($1::uuid[])) runs
        WHERE n <= $2 ORDER BY "reportId", "periodFrom" DESC`,
      [reportIds, perReport],
    );
  }

  /** A report whose next period is due, locked for this transaction; SKIP LOCKED shares the work between processes. */
  async lockNextDue(now: Date): Promise<SavedReportEntity | null> {
    const [row] = await this.tx.manager.query<Array<{ id: string }>>(
      `SELECT id FROM saved_report WHERE next_run_at <= $1::timestamptz ORDER BY next_run_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [now],
    );
    return row ? this.findById(row.id) : null;
  }

  async advance(id: string, nextRunAt: Date): Promise<void> {
    await this.reports.update({ id }, { nextRunAt });
  }

  async insertRun(run: Pick<ReportRunEntity, 'id' | 'reportId' | 'periodFrom' | 'periodTo' | 'exportJobId' | 'createdAt'>): Promise<void> {
    await this.tx.manager.getRepository(ReportRunEntity).insert(run);
  }

  /** A run whose export has ended and whose event is not yet written, locked for this transaction. */
  async lockNextFinished(): Promise<FinishedRun | null> {
    const [row] = await this.tx.manager.query<FinishedRun[]>(
      `SELECT r.id, r.report_id AS "reportId", s.name, s.unit_code AS "unitCode", s.schedule, s.format,
              r.period_from::text AS "periodFrom", r.period_to::text AS "periodTo", r.export_job_id AS "exportJobId",
              j.status, j.rows_written::text AS "rowsWritten", j.error
         FROM report_run r JOIN saved_report s ON s.id = r.report_id JOIN export_job j ON j.id = r.export_job_id
        WHERE r.published_at IS NULL AND j.status IN ('DONE', 'FAILED')
        ORDER BY r.created_at LIMIT 1 FOR UPDATE OF r SKIP LOCKED`,
    );
    return row ?? null;
  }

  async markPublished(runId: string, at: Date): Promise<void> {
    await this.tx.manager.getRepository(ReportRunEntity).update({ id: runId }, { publishedAt: at });
  }
}
