import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { entityColumns } from '../../database/entity-columns';
import { TransactionRunner } from '../../database/transaction-runner';
import { DeadlineChangeEntity } from './deadline-change.entity';
import { DeadlineEntity } from './deadline.entity';

/** A deadline's new times after a move; the sweep's marks are cleared where the new times lie ahead. */
export type DeadlineTimes = Pick<DeadlineEntity, 'ruleWorkingDays' | 'ruleHours' | 'dueAt' | 'remindAt' | 'remindedAt' | 'overdueAt'>;

/** `deadline` and its append-only history `deadline_change`. */
@Injectable()
export class DeadlinesRepository {
  constructor(private readonly tx: TransactionRunner) {}

  private get deadlines() {
    return this.tx.manager.getRepository(DeadlineEntity);
  }

  private get columns(): string {
    return entityColumns(this.tx.manager, DeadlineEntity, 'd');
  }

  async insert(row: DeadlineEntity): Promise<void> {
    await this.deadlines.insert(row);
  }

  /** The open deadline of an item's kind, locked for the open transaction (a move or a close waits for the sweep's batch). */
  lockOpen(itemType: string, itemId: string, kind: string): Promise<DeadlineEntity | null> {
    return this.deadlines.findOne({ where: { itemType, itemId, kind, closedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }

  async close(id: string, closedAt: Date, outcome: 'MET' | 'CANCELLED'): Promise<void> {
    await this.deadlines.update({ id }, { closedAt, outcome });
  }

  async setTimes(id: string, times: DeadlineTimes): Promise<void> {
    await this.deadlines.update({ id }, times);
  }

  /** Every deadline of the items, open or closed, oldest first (started together: the one due first first). */
  ofItems(itemType: string, itemIds: string[]): Promise<DeadlineEntity[]> {
    if (!itemIds.length) return Promise.resolve([]);
    return this.deadlines.find({ where: { itemType, itemId: In(itemIds) }, order: { createdAt: 'ASC', dueAt: 'ASC', id: 'ASC' } });
  }

  async insertChange(change: Omit<DeadlineChangeEntity, 'id' | 'deadline'>): Promise<void> {
    await this.tx.manager.getRepository(DeadlineChangeEntity).insert(change);
  }

  /**
   * Open working-day deadlines whose span (the Shanghai day of the start to that of the due time)
   * meets the dates `from`..`to`, locked for the open transaction. Two index-friendly halves: those the
   * sweep has not marked (its due index), and the overdue ones still open.
   */
  lockWorkingDaySpanning(from: string, to: string): Promise<DeadlineEntity[]> {
    return this.tx.manager.query<DeadlineEntity[]>(
      `SELECT ${this.columns} FROM deadline d
        WHERE d.closed_at IS NULL AND d.rule_working_days IS NOT NULL
          AND d.due_at >= ($1::date::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND d.started_at < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
        ORDER BY d.due_at, d.id
        FOR UPDATE`,
      [from, to],
    );
  }

  /**
   * The sweep's overdue batch, one statement: up to `limit` open deadlines due by `now`, locked with
   * SKIP LOCKED so hub processes sweeping at once take disjoint rows, marked `overdue_at = now` only
   * where it is still null (a row another sweep marked and committed meanwhile is left alone).
   */
  markOverdue(now: Date, limit: number): Promise<DeadlineEntity[]> {
    return this.tx.manager.query<DeadlineEntity[]>(
      `WITH due AS (
         SELECT id FROM deadline
          WHERE closed_at IS NULL AND overdue_at IS NULL AND due_at <= $1::timestamptz
          ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED
       ), marked AS (
         UPDATE deadline d SET overdue_at = $1::timestamptz FROM due
          WHERE d.id = due.id AND d.overdue_at IS NULL AND d.closed_at IS NULL
         RETURNING ${this.columns}
       )
       SELECT * FROM marked ORDER BY "dueAt", id`,
      [now, limit],
    );
  }

  /**
   * The sweep's reminder batch, as markOverdue: open deadlines whose reminder time has come and that
   * are not yet due (one past due gets its overdue mark instead), marked `reminded_at = now` once.
   */
  markReminded(now: Date, limit: number): Promise<DeadlineEntity[]> {
    return this.tx.manager.query<DeadlineEntity[]>(
      `WITH due AS (
         SELECT id FROM deadline
          WHERE closed_at IS NULL AND overdue_at IS NULL AND reminded_at IS NULL AND remind_at IS NOT NULL
            AND remind_at <= $1::timestamptz AND due_at > $1::timestamptz
          ORDER BY remind_at LIMIT $2 FOR UPDATE SKIP LOCKED
       ), marked AS (
         UPDATE deadline d SET reminded_at = $1::timestamptz FROM due
          WHERE d.id = due.id AND d.reminded_at IS NULL AND d.overdue_at IS NULL AND d.closed_at IS NULL
         RETURNING ${this.columns}
       )
       SELECT * FROM marked ORDER BY "remindAt", id`,
      [now, limit],
    );
  }
}
