import { randomUUID } from 'node:crypto';
import { RequestContext } from '../../common/context/request-context';
import { Inject, Injectable } from '@nestjs/common';
import { ExportDownload, ExportJob, RequestExportInput } from '@hub/shared-schema';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { AuditService } from '../audit/audit.service';
import { OBJECT_STORE, ObjectStore } from '../../object-store/object-store';
import { ExportJobEntity, STATISTICS_EXPORT_KIND } from './export-job.entity';
import { statisticsExport, recordExport } from './export-statement';
import { exportFileName, exportTitle } from './export-title';
import { EXPORT_CONTENT_TYPES } from './export-worker.service';
import { ExportErrors } from './exports.errors';
import { ExportsRepository } from './exports.repository';
import {
  SUPERVISION_EXPORT_KIND,
  SupervisionExportDefinition,
  supervisionDefinition,
  supervisionTitle,
} from '../supervision/supervision-export';
import { SUPERVISION_ROLES, SupervisionErrors } from '../supervision/supervision.errors';

/** §6(3): a supervision table (export request, job, file) is for the supervisors only, whatever export.* opens. */
export function checkSupervisionReader(ctx: RequestContext, operation: string): void {
  const roles = ctx.authenticatedActor.roles;
  if (!roles.some((role) => SUPERVISION_ROLES.includes(role))) throw SupervisionErrors.rolesOnly(operation, roles);
}

/**
 * Exports of ledgers and records as spreadsheets. A request is checked at once (a bad definition
 * never reaches the queue), audited with its whole definition, and run by the ExportWorker.
 */
@Injectable()
export class ExportsService {
  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    private readonly exports: ExportsRepository,
    private readonly audit: AuditService,
  ) {}

  async request(ctx: RequestContext, input: RequestExportInput): Promise<ExportJob> {
    const actor = ctx.authenticatedActor;
    if (input.statistics && input.ledger) throw ExportErrors.statisticsAndLedger();
    const statistics = input.statistics ?? input.ledger;
    if ([statistics, input.records, input.supervision].filter(Boolean).length !== 1) throw ExportErrors.ledgerOrRecords();
    if (input.supervision) return this.requestSupervision(ctx, input.format, input.supervision);
    // Built once here only to check it: a bad definition is refused before anything is queued.
    if (statistics) statisticsExport(statistics, ctx.today(), input.statistics ? 'input.statistics.' : 'input.ledger.');
    else recordExport(input.records!, ctx.today());
    const id = randomUUID();
    const kind = statistics ? STATISTICS_EXPORT_KIND : 'RECORDS';
    const definition = JSON.parse(JSON.stringify(statistics ?? input.records)) as Record<string, unknown>;
    const title = exportTitle(input, ctx.today());
    await this.exports.insert({
      id,
      unitCode: actor.unitCode,
      requestedBy: actor.name,
      kind,
      format: input.format,
      definition,
      title,
      createdAt: ctx.now(),
    });
    await this.audit.record(ctx, {
      operation: 'export.requested',
      target: id,
      outcome: 'OK',
      details: { kind, format: input.format, definition },
    });
    return this.get(id);
  }

  /** A supervision table (督查): checked, queued and audited as any export, for SUPERVISOR and ADMIN only. */
  private async requestSupervision(
    ctx: RequestContext,
    format: RequestExportInput['format'],
    input: NonNullable<RequestExportInput['supervision']>,
  ): Promise<ExportJob> {
    checkSupervisionReader(ctx, 'requestExport');
    const actor = ctx.authenticatedActor;
    const definition: SupervisionExportDefinition = supervisionDefinition(input, 'input.supervision.');
    const id = randomUUID();
    await this.exports.insert({
      id,
      unitCode: actor.unitCode,
      requestedBy: actor.name,
      kind: SUPERVISION_EXPORT_KIND,
      format,
      definition: { ...definition },
      title: supervisionTitle(definition, ctx.today()),
      createdAt: ctx.now(),
    });
    await this.audit.record(ctx, {
      operation: 'export.requested',
      target: id,
      outcome: 'OK',
      details: { kind: SUPERVISION_EXPORT_KIND, format, definition },
    });
    return this.get(id);
  }

  /** A job and its progress; a supervision job is shown to the supervisors of its unit only (`ctx` given: a caller's read). */
  async get(id: string, ctx?: RequestContext): Promise<ExportJob> {
    const job = await this.exports.findById(id);
    if (!job) throw ExportErrors.notFound(id);
    if (ctx && job.kind === SUPERVISION_EXPORT_KIND) checkSupervisionReader(ctx, 'exportJob');
    return toExportJob(job);
  }

  async downloadUrl(ctx: RequestContext, id: string): Promise<ExportDownload> {
    const job = await this.exports.findById(id);
    if (!job) throw ExportErrors.notFound(id);
    if (job.kind === SUPERVISION_EXPORT_KIND) checkSupervisionReader(ctx, 'exportDownloadUrl');
    if (job.status !== 'DONE' || !job.objectKey) throw ExportErrors.notReady(id, job.status);
    const ttl = this.config.evidence.downloadUrlTtlSeconds;
    // The browser saves the file under what it holds (Content-Disposition with an RFC 5987 UTF-8 name).
    const fileName = exportFileName(job.title ?? `导出-${job.createdAt.toISOString().slice(0, 10)}-${id.slice(0, 8)}`, job.format);
    // Presigning is local: ask the store first, so that no link (nor an audit row for one) is issued while it is down.
    await this.store.ping();
    const url = await this.store.presignGet(job.objectKey, ttl, fileName, EXPORT_CONTENT_TYPES[job.format]);
    await this.audit.record(ctx, {
      operation: 'export.downloadUrl',
      target: id,
      outcome: 'OK',
      details: { definition: job.definition },
    });
    return { url, expiresAt: new Date(ctx.now().getTime() + ttl * 1000) };
  }

  unitOf(id: string): Promise<string | null> {
    return this.exports.unitOf(id);
  }
}

function toExportJob(job: ExportJobEntity): ExportJob {
  const total = job.totalRows === null ? null : Number(job.totalRows);
  const written = Number(job.rowsWritten);
  return {
    id: job.id,
    format: job.format,
    status: job.status,
    title: job.title,
    rowsWritten: written,
    totalRows: total,
    progress: job.status === 'DONE' ? 1 : total ? Math.min(1, written / total) : 0,
    error: job.error,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}
