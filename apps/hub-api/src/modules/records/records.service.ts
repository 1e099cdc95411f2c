import { Injectable } from '@nestjs/common';
import { RecordCategory, RecordVersion, ReinstateRecordArgs } from '@hub/shared-schema';
import { RequestContext } from '../../common/context/request-context';
import { RecordErrors } from './records.errors';
import { AuditService } from '../audit/audit.service';
import { maskField, seesPersonalData } from '../personal-data/personal-data';
import { PersonalDataAudit } from '../personal-data/personal-data-audit.service';
import { RecordCategories } from './record-categories';
import { RecordPublisher } from './record-publisher.service';
import { RecordsRepository } from './records.repository';
import { SharedRecordEntity } from './shared-record.entity';

/** What every category shares (§4(1)): version history, and withdrawal (撤回) by the publisher. */
@Injectable()
export class RecordsService {
  constructor(
    private readonly categories: RecordCategories,
    private readonly records: RecordsRepository,
    private readonly publisher: RecordPublisher,
    private readonly personalData: PersonalDataAudit,
    private readonly audit: AuditService,
  ) {}

  async history(ctx: RequestContext, category: RecordCategory, id: string): Promise<RecordVersion[]> {
    const reader = ctx.authenticatedActor;
    const definition = this.categories.get(category);
    const row = await this.records.findById(definition.entity, id);
    if (!row) throw RecordErrors.notFound(category, id, 'id');
    const full = seesPersonalData(reader, [row.publisherCode, ...(definition.handlingUnitsOf?.(row) ?? [])]);
    const versions = await this.records.history(category, id);
    const withPersonal = versions.some((v) => definition.personalFields.some((f) => v.content[f]));
    if (full && withPersonal) await this.personalData.recordFullView(ctx, `${category.toLowerCase()}.history.personalData`, [id]);
    return versions.map((v) => ({
      version: v.version,
      change: v.change,
      occurredAt: v.occurredAt,
      actorName: v.actorName,
      content: full
        ? v.content
        : {
            ...v.content,
            ...Object.fromEntries(definition.personalFields.map((f) => [f, maskField(f, (v.content[f] as string | null) ?? null)])),
          },
    }));
  }

  /**
   * Units that see a record's personal data in full (its publisher and handling units): they attach
   * and read its evidence. NOT_FOUND (on `field`) when there is no such record.
   */
  async privilegedUnits(category: RecordCategory, id: string, field: string): Promise<string[]> {
    const definition = this.categories.get(category);
    const row = await this.records.findById(definition.entity, id);
    if (!row) throw RecordErrors.notFound(category, id, field);
    return [row.publisherCode, ...(definition.handlingUnitsOf?.(row) ?? [])];
  }

  async revoke(ctx: RequestContext, category: RecordCategory, id: string, reason: string): Promise<RecordVersion> {
    const definition = this.categories.get(category);
    const row = await this.publisher.revoke(ctx, definition, id, reason);
    return this.lastVersionShown(ctx, definition, category, row, 'revoke');
  }

  /** 恢复 a withdrawn record of the caller's unit, by the hub's id or the unit's own sourceId. */
  async reinstate(ctx: RequestContext, args: ReinstateRecordArgs): Promise<RecordVersion> {
    if (Boolean(args.id) === Boolean(args.sourceId)) throw RecordErrors.idOrSourceId();
    const definition = this.categories.get(args.category);
    const row = await this.publisher.reinstate(ctx, definition, { id: args.id, sourceId: args.sourceId }, args.reason);
    const shown = await this.lastVersionShown(ctx, definition, args.category, row, 'reinstate');
    // The audit row of the mutation names the record; this one keeps what was reinstated and why.
    await this.audit.record(ctx, {
      operation: 'record.reinstate.detail',
      target: row.id,
      outcome: 'OK',
      details: { category: args.category, id: row.id, sourceId: row.sourceId, version: row.version, reason: args.reason },
    });
    return shown;
  }

  /**
   * The version a revoke or reinstate just wrote, as the mutation answers it: in full to the unit that
   * acted, so a view of its personal data is audited (§5(1)).
   */
  private async lastVersionShown(
    ctx: RequestContext,
    definition: ReturnType<RecordCategories['get']>,
    category: RecordCategory,
    row: SharedRecordEntity,
    action: 'revoke' | 'reinstate',
  ): Promise<RecordVersion> {
    const [latest] = (await this.records.history(category, row.id)).slice(-1);
    if (definition.personalFields.some((f) => latest.content[f])) {
      await this.personalData.recordFullView(ctx, `${category.toLowerCase()}.${action}.personalData`, [row.id]);
    }
    return {
      version: row.version,
      change: latest.change,
      occurredAt: latest.occurredAt,
      actorName: latest.actorName,
      content: latest.content,
    };
  }
}
