import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import { SubscriptionEntity } from './subscription.entity';
import { Clock } from '../../common/time/clock';

/** A subscription further behind than this reads as this many events behind on /metrics. */
const LAG_COUNT_LIMIT = 100_000;

/**
 * The `subscription` table, and only this repository writes it: what units subscribe to, a pull
 * consumer's position, and for webhooks the delivery state the worker keeps (lease, position,
 * failures). A worker leases a subscription (SKIP LOCKED, so two workers never pick the same one) and
 * every later write checks it still holds the lease: a worker that stalled past its lease finds its
 * writes refused and stops, and the next holder carries on from the last recorded position (at least
 * once, in order).
 */
@Injectable()
export class SubscriptionsRepository {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private get repo() {
    return this.tx.manager.getRepository(SubscriptionEntity);
  }

  findById(id: string): Promise<SubscriptionEntity | null> {
    return this.repo.findOneBy({ id });
  }

  listByUnit(unitCode: string): Promise<SubscriptionEntity[]> {
    return this.repo.find({ where: { unitCode }, order: { createdAt: 'ASC' } });
  }

  async nameTaken(unitCode: string, name: string): Promise<boolean> {
    return this.repo.exists({ where: { unitCode, name } });
  }

  async insert(row: Partial<SubscriptionEntity>): Promise<void> {
    const now = this.clock.now();
    await this.repo.insert({ nextAttemptAt: now, createdAt: now, updatedAt: now, ...row });
  }

  async update(id: string, patch: Partial<SubscriptionEntity>): Promise<void> {
    await this.repo.update({ id }, { ...patch, updatedAt: this.clock.now() });
  }

  async remove(id: string): Promise<void> {
    await this.repo.delete({ id });
  }

  /** Moves a pull consumer's acknowledged position forward only: a late, older ack changes nothing. */
  async acknowledge(id: string, position: string): Promise<void> {
    await this.tx.manager.query(
      `UPDATE subscription SET position = greatest(position, $2::bigint), updated_at = $3::timestamptz WHERE id = $1`,
      [id, position, this.clock.now()],
    );
  }

  unitOf(id: string): Promise<string | null> {
    return this.repo.findOne({ where: { id }, select: { unitCode: true } }).then((row) => row?.unitCode ?? null);
  }

  /**
   * Leases up to `limit` webhook subscriptions that are due and have something to deliver (events
   * after the position, or dead letters whose redelivery was asked for), skipping those this process
   * is still delivering. `owner` is unique per claim, so a lapsed lease re-claimed by the same process
   * is told apart from the earlier one. `now` (the hub's Clock) judges what is due and which leases lapsed.
   */
  async claimDue(owner: string, leaseMs: number, limit: number, busy: string[], now: Date): Promise<SubscriptionEntity[]> {
    // An UPDATE through TypeORM's pg driver answers [rows, affected count].
    const [ids] = await this.tx.manager.query<[Array<{ id: string }>, number]>(
      `UPDATE subscription s SET lease_owner = $1, lease_until = $5::timestamptz + make_interval(secs => $2::double precision / 1000)
         FROM (SELECT id FROM subscription c
                WHERE delivery = 'WEBHOOK' AND active AND next_attempt_at <= $5::timestamptz AND NOT (id = ANY($4::uuid[]))
                  AND (lease_until IS NULL OR lease_until < $5::timestamptz)
                  AND (position < (SELECT coalesce(max(position), 0) FROM change_event)
                       OR EXISTS (SELECT 1 FROM dead_letter d WHERE d.subscription_id = c.id AND d.redeliver_requested_at IS NOT NULL))
                ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED) due
        WHERE s.id = due.id RETURNING s.id`,
      [owner, leaseMs, limit, busy, now],
    );
    if (!ids.length) return [];
    return this.repo.find({ where: ids.map(({ id }) => ({ id })) });
  }

  /** Records delivery up to `position` (never backwards) and renews the lease; false when the lease was lost. */
  async advanceCursor(id: string, owner: string, position: string, leaseMs: number, now: Date): Promise<boolean> {
    const [, count] = await this.tx.manager.query(
      `UPDATE subscription SET position = greatest(position, $3::bigint), attempts = 0, last_error = NULL,
              lease_until = $5::timestamptz + make_interval(secs => $4::double precision / 1000), next_attempt_at = $5::timestamptz
        WHERE id = $1 AND lease_owner = $2`,
      [id, owner, position, leaseMs, now],
    );
    return count === 1;
  }

  /** A failed attempt: how many in a row, when to try again, and the lease handed back. */
  async markFailing(id: string, owner: string, attempts: number, nextAttemptAt: Date, error: string): Promise<void> {
    await this.tx.manager.query(
      `UPDATE subscription SET attempts = $3, next_attempt_at = $4, last_error = $5, lease_owner = NULL, lease_until = NULL
        WHERE id = $1 AND lease_owner = $2`,
      [id, owner, attempts, nextAttemptAt, error.slice(0, 500)],
    );
  }

  /** After a dead letter was delivered: the failure count starts afresh and the lease is renewed; false when it was lost. */
  async clearFailures(id: string, owner: string, leaseMs: number, now: Date): Promise<boolean> {
    const [, count] = await this.tx.manager.query(
      `UPDATE subscription SET attempts = 0, last_error = NULL, lease_until = $4::timestamptz + make_interval(secs => $3::double precision / 1000)
        WHERE id = $1 AND lease_owner = $2`,
      [id, owner, leaseMs, now],
    );
    return count === 1;
  }

  /** Hands the lease back; the subscription goes to the back of the queue so every one gets its turn. */
  async releaseLease(id: string, owner: string, now: Date): Promise<void> {
    await this.tx.manager.query(
      `UPDATE subscription SET lease_owner = NULL, lease_until = NULL, next_attempt_at = $3::timestamptz WHERE id = $1 AND lease_owner = $2`,
      [id, owner, now],
    );
  }

  /** Every lease this process holds (owners are `<process>:<claim>`). */
  async releaseLeases(processOwner: string): Promise<void> {
    await this.tx.manager.query(`UPDATE subscription SET lease_owner = NULL, lease_until = NULL WHERE starts_with(lease_owner, $1)`, [
      `${processOwner}:`,
    ]);
  }

  /** Due at once with a fresh failure count (its dead letters were queued for redelivery). */
  async dueNow(id: string, now: Date): Promise<void> {
    await this.tx.manager.query(`UPDATE subscription SET next_attempt_at = $2::timestamptz, attempts = 0 WHERE id = $1`, [id, now]);
  }

  /**
   * Per active subscription, for /metrics: the events of the log after its position (counted, not
   * subtracted: positions have gaps, from rolled-back changes and because the column's default draws
   * before the ordering trigger does; counted up to LAG_COUNT_LIMIT, an index-only scan) and the age
   * of the next event it has not consumed, by `now`.
   */
  lag(now: Date): Promise<Array<{ id: string; unit_code: string; name: string; events: number; oldest_seconds: number | null }>> {
    return this.tx.manager.query(
      `SELECT s.id, s.unit_code, s.name,
              (SELECT count(*) FROM (SELECT 1 FROM change_event e WHERE e.position > s.position LIMIT ${LAG_COUNT_LIMIT}) behind)::float AS events,
              extract(epoch FROM $1::timestamptz - next.occurred_at)::float AS oldest_seconds
         FROM subscription s
         LEFT JOIN LATERAL (SELECT occurred_at FROM change_event e WHERE e.position > s.position ORDER BY e.position LIMIT 1) next ON true
        WHERE s.active`,
      [now],
    );
  }

  /** lag() for one subscription, active or not: the events after its position and the oldest one's time. */
  async lagOf(id: string): Promise<{ events: number; oldestAt: Date | null }> {
    const [row]: Array<{ events: number; oldest_at: Date | null }> = await this.tx.manager.query(
      `SELECT (SELECT count(*) FROM (SELECT 1 FROM change_event e WHERE e.position > s.position LIMIT ${LAG_COUNT_LIMIT}) behind)::int AS events,
              (SELECT occurred_at FROM change_event e WHERE e.position > s.position ORDER BY e.position LIMIT 1) AS oldest_at
         FROM subscription s WHERE s.id = $1`,
      [id],
    );
    return { events: row?.events ?? 0, oldestAt: row?.oldest_at ?? null };
  }
}
