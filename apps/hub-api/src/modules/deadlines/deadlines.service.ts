import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RecordCategory } from '@hub/shared-schema';
import { isUUID } from 'class-validator';
import { RequestContext } from '../../common/context/request-context';
import { TransactionRunner } from '../../database/transaction-runner';
import { WorkingCalendar } from '../calendar/working-calendar.service';
import { OutboxEvent, OutboxService } from '../outbox/outbox.service';
import { DeadlineEntity } from './deadline.entity';
import { DeadlineRule, hoursDueAt, isValidRule, isWorkingDayRule, reminderAt, ruleColumns, ruleOf } from './deadline-times';
import { DeadlineErrors } from './deadlines.errors';
import { DeadlinesRepository } from './deadlines.repository';

export type { DeadlineRule } from './deadline-times';

/** A deadline to start, as the workflow that owns the item names it. */
export interface DeadlineSpec {
  /** The workflow's item type, also its events' prefix: `transfer` → transfer.reminder, transfer.overdue, transfer.deadline_moved. */
  itemType: string;
  itemId: string;
  /** What it waits for, in the workflow's own names: 'SEND' | 'ANSWER' | 'RESULT' … */
  kind: string;
  /** The clause that sets it, e.g. '§4(3)3①'. */
  clause: string;
  /** The triggering event (discovery, receipt …): the day it falls on is not counted. */
  startedAt: Date;
  rule: DeadlineRule;
  /** 责任单位 the unit whose act it waits for: the one supervision holds accountable when it passes (§6(3)). */
  ownerUnitCode: string;
  /** Units told of its reminder, overdue and moved events (sender and receiver); the first is named as their source. */
  unitCodes: string[];
  /** The category its events carry. */
  category: RecordCategory;
}

/** A deadline as the workflow reads it back: what it was started with, the times computed, and what happened to it. */
export interface DeadlineView extends Pick<
  DeadlineSpec,
  'itemType' | 'itemId' | 'kind' | 'clause' | 'startedAt' | 'rule' | 'ownerUnitCode'
> {
  id: string;
  dueAt: Date;
  remindAt: Date | null;
  remindedAt: Date | null;
  overdueAt: Date | null;
  closedAt: Date | null;
  outcome: 'MET' | 'CANCELLED' | null;
}

/** Event types, after the item type's prefix. */
const REMINDER = 'reminder';
const OVERDUE = 'overdue';
const MOVED = 'deadline_moved';
/** An item type names events (`<itemType>.overdue`): a lower-case word, short enough for the longest type to fit the log's column. */
const ITEM_TYPE = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * Deadlines of any workflow's items (#15 §5): started, stopped and moved by the workflow in its own
 * transaction, reminded and marked overdue by the sweep (DeadlineSweeper), every reminder, mark and
 * move published to the item's units through the outbox in the transaction that writes it.
 */
@Injectable()
export class DeadlinesService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repository: DeadlinesRepository,
    private readonly calendar: WorkingCalendar,
    private readonly outbox: OutboxService,
  ) {}

  /** Starts a deadline in the open transaction (or a new one); its due time and reminder time are fixed now. */
  async start(ctx: RequestContext, spec: DeadlineSpec): Promise<DeadlineView> {
    if (!ITEM_TYPE.test(spec.itemType)) throw DeadlineErrors.invalidItemType(spec.itemType);
    if (!isValidRule(spec.rule)) throw DeadlineErrors.invalidRule('rule');
    if (!isUUID(spec.itemId) || !spec.unitCodes.length || !spec.ownerUnitCode) throw DeadlineErrors.invalidItem(spec.itemType, spec.itemId);
    return this.tx.run(async () => {
      if (await this.repository.lockOpen(spec.itemType, spec.itemId, spec.kind)) {
        throw DeadlineErrors.alreadyOpen(spec.itemType, spec.itemId, spec.kind);
      }
      const dueAt = await this.dueAt(spec.startedAt, spec.rule);
      const row: DeadlineEntity = {
        id: randomUUID(),
        itemType: spec.itemType,
        itemId: spec.itemId,
        kind: spec.kind,
        clause: spec.clause,
        startedAt: spec.startedAt,
        ...ruleColumns(spec.rule),
        dueAt,
        remindAt: reminderAt(spec.rule, spec.startedAt, dueAt),
        remindedAt: null,
        overdueAt: null,
        closedAt: null,
        outcome: null,
        ownerUnitCode: spec.ownerUnitCode,
        unitCodes: [...new Set(spec.unitCodes)],
        category: spec.category,
        createdAt: ctx.now(),
      };
      await this.repository.insert(row);
      return toView(row);
    });
  }

  /** Closes the open deadline of the item's kind (the act it waited for was done, or is no longer needed); null when none is open. */
  stop(ctx: RequestContext, itemType: string, itemId: string, kind: string, outcome: 'MET' | 'CANCELLED'): Promise<DeadlineView | null> {
    return this.tx.run(async () => {
      const row = await this.repository.lockOpen(itemType, itemId, kind);
      if (!row) return null;
      const closedAt = ctx.now();
      await this.repository.close(row.id, closedAt, outcome);
      return toView({ ...row, closedAt, outcome });
    });
  }

  /**
   * Gives the open deadline a new rule, its due time recomputed from the original start (an extension
   * counts from discovery too, §4(3)3②: the workflow checks the limit and the notice). Recorded with
   * its reason and published as `<itemType>.deadline_moved`.
   */
  async move(
    ctx: RequestContext,
    itemType: string,
    itemId: string,
    kind: string,
    rule: DeadlineRule,
    reason: string,
  ): Promise<DeadlineView> {
    if (!isValidRule(rule)) throw DeadlineErrors.invalidRule('rule');
    return this.tx.run(async () => {
      const row = await this.repository.lockOpen(itemType, itemId, kind);
      if (!row) throw DeadlineErrors.notOpen(itemType, itemId, kind);
      return this.reschedule(ctx, row, rule, await this.dueAt(row.startedAt, rule), 'EXTENSION', reason);
    });
  }

  async forItem(itemType: string, itemId: string): Promise<DeadlineView[]> {
    return (await this.repository.ofItems(itemType, [itemId])).map(toView);
  }

  /** Every deadline of each item, oldest first (then the one due first); an item without any maps to an empty list. */
  async forItems(itemType: string, itemIds: string[]): Promise<Map<string, DeadlineView[]>> {
    const byItem = new Map<string, DeadlineView[]>(itemIds.map((id) => [id, []]));
    for (const row of await this.repository.ofItems(itemType, [...byItem.keys()])) byItem.get(row.itemId)?.push(toView(row));
    return byItem;
  }

  /**
   * The calendar's days `from`..`to` changed (an admin corrected them, in that mutation's transaction):
   * every open working-day deadline counted over those days is counted again from its start, and each
   * that moves is recorded and published, so no deadline is left silently wrong (#15 §1).
   */
  async recomputeForCalendar(ctx: RequestContext, change: { from: string; to: string }): Promise<void> {
    await this.tx.run(async () => {
      for (const row of await this.repository.lockWorkingDaySpanning(change.from, change.to)) {
        const rule = ruleOf(row);
        const dueAt = await this.dueAt(row.startedAt, rule);
        if (dueAt.getTime() === row.dueAt.getTime()) continue;
        await this.reschedule(ctx, row, rule, dueAt, 'CALENDAR', `工作日历更正 calendar corrected: ${change.from}..${change.to}`);
      }
    });
  }

  /**
   * One batch of the overdue sweep: marks up to `limit` open deadlines that have passed, at the
   * Clock's now, and writes their `<itemType>.overdue` events in the same transaction. Answers how many
   * it marked (fewer than `limit`: nothing more is due now).
   */
  sweepOverdue(ctx: RequestContext, limit: number): Promise<number> {
    return this.tx.run(async () => {
      const now = ctx.now();
      const marked = await this.repository.markOverdue(now, limit);
      await this.outbox.appendAt(now, ...marked.map((row) => deadlineEvent(row, OVERDUE, {})));
      return marked.length;
    });
  }

  /** One batch of the reminder sweep, as sweepOverdue: `<itemType>.reminder` one working day before each deadline. */
  sweepReminders(ctx: RequestContext, limit: number): Promise<number> {
    return this.tx.run(async () => {
      const now = ctx.now();
      const reminded = await this.repository.markReminded(now, limit);
      await this.outbox.appendAt(now, ...reminded.map((row) => deadlineEvent(row, REMINDER, {})));
      return reminded.length;
    });
  }

  /** §4(3)3: working days end at 23:59:59 of the n-th working day after the event's day; "24 hours" is clock time. */
  private dueAt(startedAt: Date, rule: DeadlineRule): Promise<Date> {
    return isWorkingDayRule(rule)
      ? this.calendar.addWorkingDays(startedAt, rule.workingDays)
      : Promise.resolve(hoursDueAt(startedAt, rule.hours));
  }

  /**
   * New times for an open deadline, its change row and its event. A reminder already sent is sent
   * again for the new time when that lies ahead; an overdue mark is taken back when the new due time
   * lies ahead (it was made against a time that no longer holds), so the sweep marks it again only if
   * the new time passes too.
   */
  private async reschedule(
    ctx: RequestContext,
    row: DeadlineEntity,
    rule: DeadlineRule,
    dueAt: Date,
    cause: 'EXTENSION' | 'CALENDAR',
    reason: string,
  ): Promise<DeadlineView> {
    const now = ctx.now();
    const remindAt = reminderAt(rule, row.startedAt, dueAt);
    const times = {
      ...ruleColumns(rule),
      dueAt,
      remindAt,
      remindedAt: remindAt && remindAt > now ? null : row.remindedAt,
      overdueAt: dueAt > now ? null : row.overdueAt,
    };
    await this.repository.setTimes(row.id, times);
    await this.repository.insertChange({
      deadlineId: row.id,
      cause,
      fromRule: ruleOf(row),
      toRule: rule,
      fromDueAt: row.dueAt,
      toDueAt: dueAt,
      reason,
      unitCode: ctx.unitCode,
      actor: ctx.actor?.name ?? ctx.system ?? 'hub',
      requestId: ctx.requestId,
      changedAt: now,
    });
    const moved = { ...row, ...times };
    await this.outbox.appendAt(now, deadlineEvent(moved, MOVED, { fromDueAt: row.dueAt.toISOString(), cause, reason }));
    return toView(moved);
  }
}

function toView(row: DeadlineEntity): DeadlineView {
  return {
    id: row.id,
    itemType: row.itemType,
    itemId: row.itemId,
    kind: row.kind,
    clause: row.clause,
    startedAt: row.startedAt,
    rule: ruleOf(row),
    ownerUnitCode: row.ownerUnitCode,
    dueAt: row.dueAt,
    remindAt: row.remindAt,
    remindedAt: row.remindedAt,
    overdueAt: row.overdueAt,
    closedAt: row.closedAt,
    outcome: row.outcome,
  };
}

/**
 * A deadline's event: to its units only (the item is theirs, not shared data), about the item, named
 * by the first of them (the unit whose item it is); `data` says which deadline, under which clause, due when.
 */
function deadlineEvent(row: DeadlineEntity, change: string, data: Record<string, unknown>): OutboxEvent {
  return {
    type: `${row.itemType}.${change}`,
    category: row.category as RecordCategory,
    subject: row.itemId,
    sourceUnitCode: row.unitCodes[0],
    recipients: row.unitCodes,
    audience: row.unitCodes,
    data: { deadlineId: row.id, kind: row.kind, clause: row.clause, dueAt: row.dueAt.toISOString(), ...data },
  };
}
