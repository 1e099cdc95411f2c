import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ErrorCode, RecordExportInput, StatisticsArgs } from '@hub/shared-schema';
import { outcomeOf } from '../../common/errors/outcome';
import { Clock } from '../../common/time/clock';
import { PollingLoop } from '../../common/workers/polling-loop';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { OBJECT_STORE, ObjectStore } from '../../object-store/object-store';
import { WorkingCalendar } from '../calendar/working-calendar.service';
import { ExportJobEntity, STATISTICS_EXPORT_KIND } from './export-job.entity';
import { exportRetryDelayMs } from './export-retry';
import { ExportRowsRepository } from './export-rows.repository';
import { ExportStatement, recordExport, statisticsExport } from './export-statement';
import { ExportsRepository } from './exports.repository';
import { csvSink, xlsxSink } from './row-sink';
import { SUPERVISION_EXPORT_KIND, SupervisionExportDefinition, supervisionExport } from '../supervision/supervision-export';

const POLL_MS = 500;
const LEASE_MS = 120_000;
const PROGRESS_EVERY = 5000;
export const EXPORT_CONTENT_TYPES = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Shutdown stops an export between rows rather than holding the process until it ends. */
class ShuttingDown extends Error {}

/**
 * Runs export jobs, one at a time per process (several processes share the queue): counts the rows
 * for progress, streams them from PostgreSQL (ExportRowsRepository, a cursor) into a temporary file, then
 * stores the file in the object store. Memory stays flat however many rows there are. A job that
 * meets the store down goes back to the queue with a growing delay (export-retry.ts).
 */
@Injectable()
export class ExportWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExportWorker.name);
  private readonly loop = new PollingLoop(this.logger, 'export claim', POLL_MS, () => this.tick(), this.clock);

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    private readonly exports: ExportsRepository,
    private readonly rows: ExportRowsRepository,
    private readonly clock: Clock,
    private readonly calendar: WorkingCalendar,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.delivery.enabled) this.loop.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  private async tick(): Promise<void> {
    const job = await this.exports.claim(LEASE_MS);
    if (!job) return;
    try {
      await this.run(job);
    } catch (error) {
      if (error instanceof ShuttingDown) {
        // Not the job's fault: queue it again at once for this or another process.
        await this.exports.requeue(job.id).catch(() => undefined);
        return;
      }
      const reason = error instanceof Error ? error.message : String(error);
      if (outcomeOf(error) === ErrorCode.UNAVAILABLE) {
        // The store (or the database) is down: not the export's fault, so it waits and tries again
        // until the store is back, with a growing delay, instead of failing for good.
        const delay = exportRetryDelayMs(job.attempts);
        this.logger.warn(`export ${job.id} waits for the store (attempt ${job.attempts + 1}, next in ${delay} ms): ${reason}`);
        await this.exports.retryLater(job.id, delay).catch(() => undefined);
        return;
      }
      this.logger.warn(`export ${job.id} failed: ${reason}`);
      await this.exports.fail(job.id, reason).catch(() => undefined);
    }
  }

  private async run(job: ExportJobEntity): Promise<void> {
    const statement: ExportStatement =
      job.kind === STATISTICS_EXPORT_KIND
        ? statisticsExport(job.definition as unknown as StatisticsArgs, this.clock.today())
        : job.kind === SUPERVISION_EXPORT_KIND
          ? await supervisionExport(job.definition as unknown as SupervisionExportDefinition, this.clock.now(), this.calendar)
          : recordExport(job.definition as unknown as RecordExportInput, this.clock.today());
    // Asked first, so that an outage costs a ping rather than a whole run of the rows.
    await this.store.ping();
    const dir = await mkdtemp(join(tmpdir(), 'hub-export-'));
    const path = join(dir, `${job.id}.${job.format.toLowerCase()}`);
    try {
      await this.rows.read(statement, async (rows) => {
        // rowsWritten and totalRows both count records (or ledger groups): never the header, nor the 合计 row.
        await this.exports.progress(job.id, 0, (await rows.count()) - statement.trailerRows, LEASE_MS);
        const sheet = { name: job.title ?? '导出', columns: statement.columns };
        const sink = job.format === 'CSV' ? csvSink(path, sheet) : xlsxSink(path, sheet);
        let written = 0;
        for await (const row of rows.stream()) {
          if (statement.isTrailer?.(row)) {
            sink.total(statement.toValues(row));
            continue;
          }
          if (this.loop.stopped) throw new ShuttingDown();
          await sink.write(statement.toValues(row));
          if (++written % PROGRESS_EVERY === 0) await this.exports.progress(job.id, written, null, LEASE_MS);
        }
        await sink.close();
        const key = `exports/${job.id}.${job.format.toLowerCase()}`;
        await this.store.putFile(key, path, EXPORT_CONTENT_TYPES[job.format]);
        await this.exports.finish(job.id, written, key);
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
