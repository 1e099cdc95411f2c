import { randomUUID } from 'node:crypto';
import { RequestContext } from '../../common/context/request-context';
import { Injectable } from '@nestjs/common';
import { ActorKind, ExportStatus, RecordCategory, SavedReport, SavedReportInput } from '@hub/shared-schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditActor, AuditService } from '../audit/audit.service';
import { STATISTICS_EXPORT_KIND } from '../exports/export-job.entity';
import { statisticsExport } from '../exports/export-statement';
import { ExportsRepository } from '../exports/exports.repository';
import { OutboxEvent, OutboxService } from '../outbox/outbox.service';
import { firstRunAfter, nextRunAfter, PERIOD_KIND_OF, periodBefore, periodLabel } from './report-period';
import { ReportErrors } from './reports.errors';
import { FinishedRun, ReportsRepository, RunView } from './reports.repository';
import { SavedReportEntity } from './saved-report.entity';
import { checkSupervisionReader } from '../exports/exports.service';
import { SUPERVISION_EXPORT_KIND } from '../supervision/supervision-export';
import { periodStartingOn } from '../supervision/supervision-period';
import { SupervisionErrors } from '../supervision/supervision.errors';

/** The supervision period kind a schedule reports (a monthly report a month …). */
const RUNS_SHOWN = 24;

/**
 * Periodic reports (定期报表): a unit saves a ledger with a schedule; each month or quarter the
 * ReportScheduler runs it for the period just ended as an export job, and once the file is written
 * publishes a `report.published` event addressed to that unit alone, so its subscriptions and
 * webhooks receive it. Each step is one transaction, so a period is run once and announced once.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly reports: ReportsRepository,
    private readonly exports: ExportsRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  async save(ctx: RequestContext, input: SavedReportInput): Promise<SavedReport> {
    const actor = ctx.authenticatedActor;
    if (input.statistics && input.ledger) throw ReportErrors.statisticsAndLedger();
    const statistics = input.statistics ?? input.ledger;
    if (statistics && input.supervision) throw ReportErrors.statisticsAndSupervision();
    let kind: SavedReportEntity['kind'] = 'STATISTICS';
    if (input.supervision) {
      // §6(3): a supervision table is for the supervisors, saved or not (policy supervision.read).
      checkSupervisionReader(ctx, 'saveReport');
      if (input.supervision.period) throw SupervisionErrors.periodGiven('input.supervision.');
      kind = 'SUPERVISION';
    } else {
      if (!statistics) throw ReportErrors.noStatistics();
      const at = input.statistics ? 'input.statistics.' : 'input.ledger.';
      if (statistics.filter?.from || statistics.filter?.to) {
        throw ReportErrors.periodGiven(`${at}filter.${statistics.filter.from ? 'from' : 'to'}`);
      }
      statisticsExport(statistics, ctx.today(), at); // built only to refuse a bad definition now rather than at the first run
    }
    if (await this.reports.nameTaken(actor.unitCode, input.name)) {
      throw ReportErrors.nameTaken(actor.unitCode, input.name);
    }
    const id = randomUUID();
    const definition = JSON.parse(JSON.stringify(input.supervision ? { table: input.supervision.table } : statistics)) as Record<
      string,
      unknown
    >;
    await this.reports.insert({
      id,
      unitCode: actor.unitCode,
      name: input.name,
      definition,
      format: input.format,
      schedule: input.schedule,
      kind,
      nextRunAt: firstRunAfter(ctx.now(), input.schedule),
      createdBy: actor.name,
      createdAt: ctx.now(),
    });
    await this.audit.record(ctx, {
      operation: 'report.saved',
      target: id,
      outcome: 'OK',
      details: { name: input.name, schedule: input.schedule, format: input.format, definition },
    });
    return this.get(id);
  }

  async get(id: string): Promise<SavedReport> {
    const report = await this.reports.findById(id);
    if (!report) throw ReportErrors.notFound(id);
    const [shown] = await this.present([report]);
    return shown;
  }

  async list(unitCode: string): Promise<SavedReport[]> {
    return this.present(await this.reports.forUnit(unitCode));
  }

  async delete(id: string): Promise<boolean> {
    if (!(await this.reports.findById(id))) throw ReportErrors.notFound(id);
    // Runs go with it; their export jobs and files stay, as do the events already published.
    await this.reports.delete(id);
    return true;
  }

  unitOf(id: string): Promise<string | null> {
    return this.reports.unitOf(id);
  }

  /** Runs the next due period of one report, if any is due; true when it did (call again to catch up). */
  runNextDue(ctx: RequestContext): Promise<boolean> {
    return this.tx.run(async () => {
      const report = await this.reports.lockNextDue(ctx.now());
      if (!report) return false;
      const schedule = report.schedule;
      const period = periodBefore(report.nextRunAt, schedule);
      const supervision = report.kind === 'SUPERVISION';
      const saved = report.definition as { filter?: Record<string, unknown> | null };
      // A supervision table runs for the supervision period just ended (a quarterly report: that quarter).
      const supervisionPeriod = supervision ? periodStartingOn(PERIOD_KIND_OF[schedule], period.from)! : null;
      const definition = supervisionPeriod
        ? { ...report.definition, period: { kind: supervisionPeriod.kind, year: supervisionPeriod.year, index: supervisionPeriod.index } }
        : { ...saved, filter: { ...(saved.filter ?? {}), from: period.from, to: period.to } };
      const exportJobId = randomUUID();
      const kind = supervision ? SUPERVISION_EXPORT_KIND : STATISTICS_EXPORT_KIND;
      // Named by the report and its period: 各镇街处罚月报-2026-11, 各镇街处罚季报-2026-Q4.
      const title = `${report.name}-${periodLabel(period, schedule)}`;
      await this.exports.insert({
        id: exportJobId,
        unitCode: report.unitCode,
        requestedBy: `定期报表 ${report.name}`.slice(0, 100),
        kind,
        format: report.format,
        definition,
        title,
        createdAt: ctx.now(),
      });
      await this.reports.insertRun({
        id: randomUUID(),
        reportId: report.id,
        periodFrom: period.from,
        periodTo: period.to,
        exportJobId,
        createdAt: ctx.now(),
      });
      await this.reports.advance(report.id, nextRunAfter(report.nextRunAt, schedule));
      // Audited like a statistician's own export request, with its whole definition.
      await this.audit.record(ctx, {
        actor: reportActor(report),
        operation: 'export.requested',
        target: exportJobId,
        outcome: 'OK',
        details: { kind, format: report.format, definition, reportId: report.id },
      });
      return true;
    });
  }

  /** Announces one finished run (file written, or failed) to its unit; true when it did. */
  publishNextFinished(ctx: RequestContext): Promise<boolean> {
    return this.tx.run(async () => {
      const run = await this.reports.lockNextFinished();
      if (!run) return false;
      await this.outbox.appendAt(ctx.now(), reportEvent(run));
      await this.reports.markPublished(run.id, ctx.now());
      return true;
    });
  }

  private async present(reports: SavedReportEntity[]): Promise<SavedReport[]> {
    const runs = reports.length
      ? await this.reports.runsOf(
          reports.map((r) => r.id),
          RUNS_SHOWN,
        )
      : [];
    return reports.map((report) => ({
      id: report.id,
      unitCode: report.unitCode,
      name: report.name,
      statistics: report.definition,
      ledger: report.definition,
      supervision: report.kind === 'SUPERVISION' ? report.definition : null,
      format: report.format,
      schedule: report.schedule,
      nextRunAt: report.nextRunAt,
      createdBy: report.createdBy,
      createdAt: report.createdAt,
      runs: runs.filter((run) => run.reportId === report.id).map(toReportRun),
    }));
  }
}

function toReportRun(run: RunView) {
  return {
    periodFrom: run.periodFrom,
    periodTo: run.periodTo,
    exportJobId: run.exportJobId,
    status: run.status as ExportStatus,
    publishedAt: run.publishedAt,
    createdAt: run.createdAt,
  };
}

/** The hub acting for the report's unit, as the audit names it. */
function reportActor(report: SavedReportEntity): AuditActor {
  return { kind: ActorKind.SYSTEM, id: report.id, name: `report:${report.name}`.slice(0, 100), unitCode: report.unitCode, roles: [] };
}

/** 统计台账 (§4(1)4) is the category a report belongs to; it reaches its own unit only (`audience`). */
function reportEvent(run: FinishedRun): OutboxEvent {
  const done = run.status === 'DONE';
  return {
    type: done ? 'report.published' : 'report.failed',
    category: RecordCategory.LEDGER,
    subject: run.exportJobId,
    sourceUnitCode: run.unitCode,
    recipients: [run.unitCode],
    audience: [run.unitCode],
    privilegedUnits: [run.unitCode],
    data: {
      reportId: run.reportId,
      name: run.name,
      schedule: run.schedule,
      format: run.format,
      periodFrom: run.periodFrom,
      periodTo: run.periodTo,
      exportJobId: run.exportJobId,
      ...(done ? { rowsWritten: Number(run.rowsWritten) } : { error: run.error }),
    },
  };
}
