import { Injectable } from '@nestjs/common';
import { RecordCategory, RecordVersion, ReinstateRecordArgs } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { InputError, NotFoundError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { maskField, seesPersonalData } from '../personal-data/personal-data';
import { PersonalDataAudit } from '../personal-data/personal-data-audit.service';
import { RecordCategories } from './record-categories';
import { RecordPublisher } from './record-publisher.service';
import { RecordsRepository } from './records.repository';

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

  async history(category: RecordCategory, id: string, reader: Actor, requestId: string | null): Promise<RecordVersion[]> {
    const definition = this.categories.get(category);
    const row = await this.records.findById(definition.entity, id);
    if (!row) throw new NotFoundError(category.toLowerCase(), id, 'id');
    const full = seesPersonalData(reader, [row.publisherCode, ...(definition.handlingUnitsOf?.(row) ?? [])]);
    const versions = await this.records.history(category, id);
    const withPersonal = versions.some((v) => definition.personalFields.some((f) => v.content[f]));
    if (full && withPersonal)
      await this.personalData.recordFullView(reader, `${category.toLowerCase()}.history.personalData`, [id], requestId);
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
    if (!row) throw new NotFoundError(category.toLowerCase(), id, field);
    return [row.publisherCode, ...(definition.handlingUnitsOf?.(row) ?? [])];
  }

  async revoke(category: RecordCategory, id: string, reason: string, actor: Actor, requestId: string | null): Promise<RecordVersion> {
    const definition = this.categories.get(category);
    const row = await this.publisher.revoke(definition, id, reason, actor);
    const [latest] = (await this.records.history(category, id)).slice(-1);
    if (definition.personalFields.some((f) => latest.content[f])) {
      await this.personalData.recordFullView(actor, `${category.toLowerCase()}.revoke.personalData`, [id], requestId);
    }
    return {
      version: row.version,
      change: latest.change,
      occurredAt: latest.occurredAt,
      actorName: latest.actorName,
      content: latest.content,
    };
  }

  /** 恢复 a withdrawn record of the caller's unit, by the hub's id or the unit's own sourceId. */
  async reinstate(args: ReinstateRecordArgs, actor: Actor, requestId: string | null): Promise<RecordVersion> {
    if (Boolean(args.id) === Boolean(args.sourceId)) throw new InputError('id', 'give exactly one of id or sourceId');
    const definition = this.categories.get(args.category);
    const row = await this.publisher.reinstate(definition, { id: args.id, sourceId: args.sourceId }, args.reason, actor);
    const [latest] = (await this.records.history(args.category, row.id)).slice(-1);
    if (definition.personalFields.some((f) => latest.content[f])) {
      await this.personalData.recordFullView(actor, `${args.category.toLowerCase()}.reinstate.personalData`, [row.id], requestId);
    }
    // The audit row of the mutation names the record; this one keeps what was reinstated and why.
    await this.audit.record({
      actor,
      operation: 'record.reinstate.detail',
      target: row.id,
      outcome: 'OK',
      requestId,
      details: { category: args.category, id: row.id, sourceId: row.sourceId, version: row.version, reason: args.reason },
    });
    return {
      version: row.version,
      change: latest.change,
      occurredAt: latest.occurredAt,
      actorName: latest.actorName,
      content: latest.content,
    };
  }
}
