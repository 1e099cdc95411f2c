import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TransactionRunner } from '../../database/transaction-runner';
import { ExportJobEntity } from './export-job.entity';
import { Clock } from '../../common/time/clock';

@Injectable()
export class ExportsRepository {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private get jobs() {
    return this.tx.manager.getRepository(ExportJobEntity);
  }

  async insert(
    job: Pick<ExportJobEntity, 'id' | 'unitCode' | 'requestedBy' | 'kind' | 'format' | 'definition' | 'title' | 'createdAt'>,
  ): Promise<void> {
    // jsonb columns typed as records trip TypeORM's deep-partial type; the values are plain JSON.
    await this.jobs.insert({ ...job, status: 'QUEUED' } as QueryDeepPartialEntity<ExportJobEntity>);
  }

  findById(id: string): Promise<ExportJobEntity | null> {
    return this.jobs.findOneBy({ id });
  }

  /** The oldest queued job that is due (or one whose worker died), leased to this worker; SKIP LOCKED shares the queue between processes. */
  async claim(leaseMs: number): Promise<ExportJobEntity | null> {
    const [rows] = await this.tx.manager.query<[Array<{ id: string }>, number]>(
      `UPDATE export_job j SET status = 'RUNNING', lease_until = $2::timestamptz + make_interval(secs => $1::double precision / 1000)
         FROM (SELECT id FROM export_job WHERE (status = 'QUEUED' AND (next_attempt_at IS NULL OR next_attempt_at <= $2::timestamptz)) OR (status = 'RUNNING' AND lease_until < $2::timestamptz)
                ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED) next
        WHERE j.id = next.id RETURNING j.id`,
      [leaseMs, this.clock.now()],
    );
    return rows.length ? this.findById(rows[0].id) : null;
  }

  async progress(id: string, rowsWritten: number, totalRows: number | null, leaseMs: number): Promise<void> {
    await this.tx.manager.query(
      `UPDATE export_job SET rows_written = $2, total_rows = coalesce($3, total_rows), lease_until = $5::timestamptz + make_interval(secs => $4::double precision / 1000) WHERE id = $1`,
      [id, rowsWritten, totalRows, leaseMs, this.clock.now()],
    );
  }

  async finish(id: string, rowsWritten: number, objectKey: string): Promise<void> {
    await this.jobs.update(
      { id },
      { status: 'DONE', rowsWritten: String(rowsWritten), objectKey, finishedAt: this.clock.now(), leaseUntil: null },
    );
  }

  async requeue(id: string): Promise<void> {
    await this.jobs.update({ id }, { status: 'QUEUED', rowsWritten: '0', leaseUntil: null });
  }

  /** Back to the queue, not before `delayMs` from now (the store was unavailable); counted in `attempts`. */
  async retryLater(id: string, delayMs: number): Promise<void> {
    await this.tx.manager.query(
      `UPDATE export_job SET status = 'QUEUED', rows_written = 0, lease_until = NULL, attempts = attempts + 1,
              next_attempt_at = $3::timestamptz + make_interval(secs => $2::double precision / 1000) WHERE id = $1`,
      [id, delayMs, this.clock.now()],
    );
  }

  async fail(id: string, error: string): Promise<void> {
    await this.jobs.update({ id }, { status: 'FAILED', error: error.slice(0, 500), finishedAt: this.clock.now(), leaseUntil: null });
  }

  unitOf(id: string): Promise<string | null> {
    return this.jobs.findOne({ where: { id }, select: { unitCode: true } }).then((row) => row?.unitCode ?? null);
  }
}
