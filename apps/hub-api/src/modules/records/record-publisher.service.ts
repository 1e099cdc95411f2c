import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  BatchPublishResult,
  ErrorCode,
  findUnstorable,
  PublishOutcome,
  PublishResult,
  RecordCategory,
  storableText,
} from '@hub/shared-schema';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { firstFailure } from '../../common/errors/input-validation.pipe';
import { TransactionRunner } from '../../database/transaction-runner';
import { MattersService } from '../matters/matters.service';
import { OutboxEvent, OutboxService } from '../outbox/outbox.service';
import { contentHash } from './content-hash';
import { DevolvedMatterEntity } from '../matters/devolved-matter.entity';
import { UnitsService } from '../units/units.service';
import { CategoryColumns, matterCodesOf, RecordCategoryDefinition, RecordProblem } from './record-category';
import { RecordErrors } from './records.errors';
import { RecordsRepository } from './records.repository';
import { maskField } from '../personal-data/personal-data';
import { RecordChange } from './record-version.entity';
import { SharedRecordEntity } from './shared-record.entity';
import { Clock } from '../../common/time/clock';
import { RequestContext } from '../../common/context/request-context';

interface Accepted<Row extends SharedRecordEntity> {
  index: number;
  sourceId: string;
  columns: CategoryColumns<Row>;
  hash: string;
}

/**
 * A withdrawn record stays withdrawn whatever is published under its id (a nightly full push must not
 * undo a withdrawal): the publisher is told, with the withdrawal's reason, and reinstates it explicitly.
 */
const withdrawn = (
  index: number,
  current: Pick<SharedRecordEntity, 'id' | 'sourceId' | 'version' | 'revokedAt' | 'revokeReason'>,
): PublishResult => ({
  index,
  sourceId: current.sourceId,
  outcome: PublishOutcome.WITHDRAWN,
  id: current.id,
  version: current.version,
  revokedAt: current.revokedAt,
  revokeReason: current.revokeReason,
  error: {
    code: ErrorCode.CONFLICT,
    field: 'sourceId',
    message: `记录已撤回 the record was withdrawn (撤回原因：${current.revokeReason ?? ''}); nothing was stored: reinstate it with reinstateRecord (恢复) to publish it again`,
  },
});

const rejected = (index: number, sourceId: string, problem: RecordProblem): PublishResult => ({
  index,
  sourceId,
  outcome: PublishOutcome.REJECTED,
  id: null,
  version: null,
  error: { code: problem.code, field: problem.field, message: problem.message, reason: problem.reason ?? null },
});

/**
 * Publishing for every category (§4(1)): each record validated on its own so a batch keeps its valid
 * records, idempotent on the publisher's own id (same content: nothing stored; changed content: a new
 * version), history and change events written in the caller's transaction, set-based so a batch of
 * 1,000 costs a handful of statements rather than thousands.
 */
/** A record as the publisher just stored it (a new record or a new version), for a category's listeners. */
export interface StoredRecord {
  id: string;
  publisherCode: string;
  change: 'PUBLISHED' | 'REVISED';
  columns: Record<string, unknown>;
}

/** Called in the publishing transaction after a batch's records, versions and events are written, with the publication's context. */
export type StoredListener = (stored: StoredRecord[], at: Date, ctx: RequestContext) => Promise<void>;

@Injectable()
export class RecordPublisher {
  private readonly listeners = new Map<RecordCategory, StoredListener[]>();

  /**
   * Lets a workflow react to what a category stores, in the same transaction (e.g. §4(5): a penalty for
   * the party and matter of a criminal referral is flagged): whatever it writes commits with the records.
   */
  onStored(category: RecordCategory, listener: StoredListener): void {
    this.listeners.set(category, [...(this.listeners.get(category) ?? []), listener]);
  }

  constructor(
    private readonly records: RecordsRepository,
    private readonly matters: MattersService,
    private readonly units: UnitsService,
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async publish<Input extends { sourceId: string }, Row extends SharedRecordEntity>(
    ctx: RequestContext,
    definition: RecordCategoryDefinition<Input, Row>,
    raw: unknown[],
    { dryRun = false }: { dryRun?: boolean } = {},
  ): Promise<BatchPublishResult> {
    const actor = ctx.authenticatedActor;
    // A dry run does everything a publication does, the writes included (so the database's own checks
    // answer too), then rolls its savepoint back: nothing is stored and no event leaves.
    return (dryRun ? this.tx.rolledBack.bind(this.tx) : this.tx.run.bind(this.tx))(async () => {
      const results: PublishResult[] = [];
      const inputs: Array<{ index: number; input: Input }> = [];
      const seen = new Set<string>();
      raw.forEach((record, index) => {
        // What cannot be stored (a NUL, a lone surrogate, runaway nesting) is refused for this record
        // alone, before class-transformer recurses into it; the rest of the batch goes on.
        const unstorable = findUnstorable(record);
        if (unstorable) {
          const sourceId = storableText(
            typeof (record as { sourceId?: unknown })?.sourceId === 'string' ? (record as { sourceId: string }).sourceId : '',
          );
          return results.push(
            rejected(index, sourceId, { code: ErrorCode.BAD_USER_INPUT, field: unstorable.field || 'record', message: unstorable.message }),
          );
        }
        const input = plainToInstance(definition.inputClass, record);
        const errors = validateSync(input as object, { whitelist: true, forbidNonWhitelisted: true });
        const sourceId = typeof input.sourceId === 'string' ? input.sourceId : '';
        const failure = firstFailure(errors);
        if (failure) return results.push(rejected(index, sourceId, { code: ErrorCode.BAD_USER_INPUT, ...failure }));
        if (seen.has(sourceId)) {
          return results.push(
            rejected(index, sourceId, { code: ErrorCode.CONFLICT, field: 'sourceId', message: 'appears twice in this batch' }),
          );
        }
        seen.add(sourceId);
        inputs.push({ index, input });
      });

      const matters = await this.matters.findMany(inputs.flatMap(({ input }) => matterCodesOf(input)));
      const unitCodes = await this.units.activeCodes();
      const prepared = await definition.prepare?.();
      const accepted: Array<Accepted<Row>> = [];
      for (const { index, input } of inputs) {
        const problem = definition.check(input, { actor, matters, unitCodes, prepared });
        if (problem) {
          results.push(rejected(index, input.sourceId, problem));
          continue;
        }
        const columns = definition.toColumns(input, { actor, matters, unitCodes, prepared });
        accepted.push({ index, sourceId: input.sourceId, columns, hash: contentHash(columns) });
      }

      if (accepted.length) results.push(...(await this.store(ctx, definition, accepted, matters)));
      results.sort((a, b) => a.index - b.index);
      const rejectedCount = results.filter((r) => r.outcome === PublishOutcome.REJECTED).length;
      const withdrawnCount = results.filter((r) => r.outcome === PublishOutcome.WITHDRAWN).length;
      return { accepted: results.length - rejectedCount - withdrawnCount, rejected: rejectedCount, withdrawn: withdrawnCount, results };
    });
  }

  /** Publishes one record, answering its refusal (rejected or withdrawn) as an error: see SINGLE_PUBLISH_ERRORS. */
  async publishOne<Input extends { sourceId: string }, Row extends SharedRecordEntity>(
    ctx: RequestContext,
    definition: RecordCategoryDefinition<Input, Row>,
    input: Input,
  ): Promise<PublishResult> {
    const [result] = (await this.publish(ctx, definition, [input])).results;
    if (result.error) throw RecordErrors.refused(result.error);
    return result;
  }

  private async store<Input extends { sourceId: string }, Row extends SharedRecordEntity>(
    ctx: RequestContext,
    definition: RecordCategoryDefinition<Input, Row>,
    accepted: Array<Accepted<Row>>,
    matters: Map<string, DevolvedMatterEntity>,
  ): Promise<PublishResult[]> {
    const actor = ctx.authenticatedActor;
    await this.records.lockPublisher(definition.category, actor.unitCode);
    const existing = new Map(
      (
        await this.records.findBySourceIds(
          definition.entity,
          actor.unitCode,
          accepted.map((a) => a.sourceId),
          Boolean(definition.reconcile),
        )
      ).map((row) => [row.sourceId, row]),
    );
    const results: PublishResult[] = [];
    const rows: Array<Partial<Row>> = [];
    const versions: Parameters<RecordsRepository['appendVersions']>[0] = [];
    const events: OutboxEvent[] = [];
    const now = this.clock.now();
    for (const item of accepted) {
      const current = existing.get(item.sourceId);
      if (current?.revokedAt) {
        results.push(withdrawn(item.index, current));
        continue;
      }
      if (definition.reconcile) {
        const reconciled = definition.reconcile(item.columns, current ?? null);
        if ('problem' in reconciled) {
          results.push(rejected(item.index, item.sourceId, reconciled.problem));
          continue;
        }
        item.columns = reconciled.columns;
        item.hash = contentHash(reconciled.columns);
      }
      if (current && current.contentHash === item.hash) {
        results.push({
          index: item.index,
          sourceId: item.sourceId,
          outcome: PublishOutcome.UNCHANGED,
          id: current.id,
          version: current.version,
          error: null,
        });
        continue;
      }
      // A changed record becomes a new version.
      const id = current?.id ?? randomUUID();
      const version = (current?.version ?? 0) + 1;
      const change = current ? 'REVISED' : 'PUBLISHED';
      rows.push({
        ...(item.columns as Partial<Row>),
        id,
        publisherCode: actor.unitCode,
        sourceId: item.sourceId,
        version,
        contentHash: item.hash,
        revokedAt: null,
        revokeReason: null,
        // Kept by a revision's upsert (the column is not updated): the time of first publication.
        publishedAt: now,
        updatedAt: now,
      });
      const content = item.columns as unknown as Record<string, unknown>;
      versions.push({
        category: definition.category,
        recordId: id,
        version,
        change,
        content,
        contentHash: item.hash,
        actorName: actor.name,
        actorUnitCode: actor.unitCode,
      });
      events.push(
        recordEvent(definition, {
          id,
          version,
          change,
          sourceId: item.sourceId,
          publisherCode: actor.unitCode,
          columns: item.columns,
          matters,
        }),
      );
      results.push({
        index: item.index,
        sourceId: item.sourceId,
        outcome: current ? PublishOutcome.REVISED : PublishOutcome.CREATED,
        id,
        version,
        error: null,
      });
    }
    if (rows.length) {
      await this.records.upsert(definition.entity, rows);
      await this.records.appendVersions(versions, now);
      await this.outbox.appendAt(now, ...events);
      const stored = versions.map((v) => ({
        id: v.recordId,
        publisherCode: actor.unitCode,
        change: v.change as StoredRecord['change'],
        columns: v.content,
      }));
      for (const listener of this.listeners.get(definition.category) ?? []) await listener(stored, now, ctx);
    }
    return results;
  }

  /**
   * Serialises writes to one publisher's records of a category (publications, projections): a workflow
   * takes it before it changes a record it owns, so it and a concurrent publication never wait on each other.
   */
  lock<Input extends { sourceId: string }, Row extends SharedRecordEntity>(
    definition: RecordCategoryDefinition<Input, Row>,
    publisherCode: string,
  ): Promise<void> {
    return this.records.lockPublisher(definition.category, publisherCode);
  }

  /** Revocation with a reason: the record stays, marked, with a new version and a change event. */
  async revoke<Input extends { sourceId: string }, Row extends SharedRecordEntity>(
    ctx: RequestContext,
    definition: RecordCategoryDefinition<Input, Row>,
    id: string,
    reason: string,
  ): Promise<Row> {
    return this.tx.run(async () => {
      const found = await this.records.findById(definition.entity, id);
      if (!found) throw RecordErrors.notFound(definition.category, id, 'id');
      // Lock, then read again: a concurrent revision or revocation has finished by then.
      await this.records.lockPublisher(definition.category, found.publisherCode);
      const row = (await this.records.findById(definition.entity, id))!;
      if (row.revokedAt) throw RecordErrors.alreadyWithdrawn(id);
      const version = row.version + 1;
      await this.records.update(definition.entity, id, {
        revokedAt: ctx.now(),
        revokeReason: reason,
        version,
        updatedAt: ctx.now(),
      } as Partial<Row>);
      await this.recordWithdrawalChange(ctx, definition, row, version, 'REVOKED', { revokeReason: reason });
      return (await this.records.findById(definition.entity, id))!;
    });
  }

  /**
   * 恢复 Reinstatement: a withdrawn record of the caller's own unit (by id or its own sourceId) is in
   * force again as last published, with a reason, a new version and a change event like any change.
   */
  async reinstate<Input extends { sourceId: string }, Row extends SharedRecordEntity>(
    ctx: RequestContext,
    definition: RecordCategoryDefinition<Input, Row>,
    ref: { id?: string; sourceId?: string },
    reason: string,
  ): Promise<Row> {
    const actor = ctx.authenticatedActor;
    return this.tx.run(async () => {
      const field = ref.id ? 'id' : 'sourceId';
      const find = () =>
        ref.id
          ? this.records.findById(definition.entity, ref.id)
          : this.records.findBySourceId(definition.entity, actor.unitCode, ref.sourceId!);
      const found = await find();
      if (!found) throw RecordErrors.notFound(definition.category, (ref.id ?? ref.sourceId)!, field);
      // The AuthGuard checks the owner of an id; a sourceId is looked up in the caller's unit only.
      if (found.publisherCode !== actor.unitCode) throw RecordErrors.otherPublisher(actor.unitCode, found.publisherCode);
      await this.records.lockPublisher(definition.category, found.publisherCode);
      const row = (await find())!;
      if (!row.revokedAt) throw RecordErrors.notWithdrawn(row.id, field);
      const version = row.version + 1;
      await this.records.update(definition.entity, row.id, {
        revokedAt: null,
        revokeReason: null,
        version,
        updatedAt: ctx.now(),
      } as Partial<Row>);
      await this.recordWithdrawalChange(ctx, definition, row, version, 'REINSTATED', { reinstateReason: reason });
      return (await this.records.findById(definition.entity, row.id))!;
    });
  }

  /**
   * 更新 A workflow's change to a record in force that it owns or follows — the complaint handling
   * workflow's status, outcome and handling unit (§4(2)), a penalty's execution status following the
   * court's answer (§4(5)): the content as last published with `patch` over it, stored as a new version
   * by the caller (its actor in the history) under the publisher's name, with its `<prefix>.revised`
   * event and the category's listeners, in the open transaction, so subscribers learn of it as of any
   * revision. Unchanged content writes nothing.
   */
  async revise<Input extends { sourceId: string }, Row extends SharedRecordEntity>(
    ctx: RequestContext,
    definition: RecordCategoryDefinition<Input, Row>,
    id: string,
    patch: Partial<CategoryColumns<Row>>,
    field = 'id',
  ): Promise<void> {
    const actor = ctx.authenticatedActor;
    await this.tx.run(async () => {
      const found = await this.records.findById(definition.entity, id);
      if (!found) throw RecordErrors.notFound(definition.category, id, field);
      await this.records.lockPublisher(definition.category, found.publisherCode);
      const row = (await this.records.findById(definition.entity, id))!;
      if (row.revokedAt) throw RecordErrors.alreadyWithdrawn(id);
      const columns = { ...(await this.publishedColumns(definition, id)), ...patch } as CategoryColumns<Row>;
      const hash = contentHash(columns);
      if (hash === row.contentHash) return;
      const version = row.version + 1;
      const now = ctx.now();
      await this.records.update(definition.entity, id, { ...patch, contentHash: hash, version, updatedAt: now } as Partial<Row>);
      const content = columns as unknown as Record<string, unknown>;
      await this.records.appendVersions(
        [
          {
            category: definition.category,
            recordId: id,
            version,
            change: 'REVISED',
            content,
            contentHash: hash,
            actorName: actor.name,
            actorUnitCode: actor.unitCode,
          },
        ],
        now,
      );
      const matters = await this.matters.findMany(matterCodesOf(columns));
      const facts = { id, version, change: 'REVISED' as const, sourceId: row.sourceId, publisherCode: row.publisherCode, columns, matters };
      await this.outbox.appendAt(now, recordEvent(definition, facts));
      const stored = [{ id, publisherCode: row.publisherCode, change: 'REVISED' as const, columns: content }];
      for (const listener of this.listeners.get(definition.category) ?? []) await listener(stored, now, ctx);
    });
  }

  /** The content as last published: the authoritative columns, whatever the entity's relations. */
  private async publishedColumns<Input extends { sourceId: string }, Row extends SharedRecordEntity>(
    definition: RecordCategoryDefinition<Input, Row>,
    id: string,
  ): Promise<CategoryColumns<Row>> {
    const [latest] = await this.records.lastVersion(definition.category, id);
    // A withdrawal's or reinstatement's version carries its reason beside the content.
    const { revokeReason: _revoked, reinstateReason: _reinstated, ...content } = latest.content;
    return content as unknown as CategoryColumns<Row>;
  }

  /**
   * The version and the change event of a withdrawal or a reinstatement (§4(1)): the content as last
   * published with the reason beside it, so the history and the subscribers learn the same thing.
   */
  private async recordWithdrawalChange<Input extends { sourceId: string }, Row extends SharedRecordEntity>(
    ctx: RequestContext,
    definition: RecordCategoryDefinition<Input, Row>,
    row: Row,
    version: number,
    change: 'REVOKED' | 'REINSTATED',
    reasons: { revokeReason: string } | { reinstateReason: string },
  ): Promise<void> {
    const actor = ctx.authenticatedActor;
    const columns = await this.publishedColumns(definition, row.id);
    await this.records.appendVersions(
      [
        {
          category: definition.category,
          recordId: row.id,
          version,
          change,
          content: { ...columns, ...reasons },
          contentHash: row.contentHash,
          actorName: actor.name,
          actorUnitCode: actor.unitCode,
        },
      ],
      ctx.now(),
    );
    const matters = await this.matters.findMany(matterCodesOf(columns));
    await this.outbox.appendAt(
      ctx.now(),
      recordEvent(definition, {
        id: row.id,
        version,
        change,
        sourceId: row.sourceId,
        publisherCode: actor.unitCode,
        columns,
        matters,
        reasons,
      }),
    );
  }
}

/** What one record event says: the record's new version, how it changed, and its content as published. */
interface RecordEventFacts<Row extends SharedRecordEntity> {
  id: string;
  version: number;
  change: RecordChange;
  sourceId: string;
  publisherCode: string;
  columns: CategoryColumns<Row>;
  matters: Map<string, DevolvedMatterEntity>;
  reasons?: { revokeReason?: string; reinstateReason?: string };
}

/** A record's change event for the outbox: `<eventPrefix>.<change>`, keyed and addressed as its category declares. */
function recordEvent<Input extends { sourceId: string }, Row extends SharedRecordEntity>(
  definition: RecordCategoryDefinition<Input, Row>,
  { id, version, change, sourceId, publisherCode, columns, matters, reasons = {} }: RecordEventFacts<Row>,
): OutboxEvent {
  const keys = definition.eventKeys(columns);
  return {
    type: `${definition.eventPrefix}.${change.toLowerCase()}`,
    category: definition.category,
    subject: id,
    sourceUnitCode: publisherCode,
    townshipCode: keys.townshipCode,
    matterCode: keys.matterCode,
    partyKey: keys.partyKey,
    recipients: definition.recipientsOf?.(columns, matters) ?? null,
    audience: null, // shared data: every unit may receive it
    // The event's data is masked; the full personal fields ride apart and reach only readers a
    // query would show them to (the publisher, handling units, supervisors): see EventMasking.
    data: { id, version, sourceId, publisherCode, record: maskedColumns(definition, columns), ...reasons },
    privilegedUnits: [publisherCode, ...(definition.handlingUnitsOf?.(columns) ?? [])],
    personalData: personalColumns(definition, columns),
  };
}

/** The personal fields in full, or null when the record has none set. */
function personalColumns<Input extends { sourceId: string }, Row extends SharedRecordEntity>(
  definition: RecordCategoryDefinition<Input, Row>,
  columns: CategoryColumns<Row>,
): Record<string, string | null> | null {
  const values = Object.fromEntries(
    definition.personalFields.map((field) => [field, ((columns as Record<string, unknown>)[field] as string | null) ?? null]),
  );
  return Object.values(values).some((v) => v !== null) ? values : null;
}

function maskedColumns<Input extends { sourceId: string }, Row extends SharedRecordEntity>(
  definition: RecordCategoryDefinition<Input, Row>,
  columns: CategoryColumns<Row>,
): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(columns as object) };
  for (const field of definition.personalFields) copy[field] = maskField(field, (copy[field] as string | null) ?? null);
  return copy;
}
