import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import { EVENT_COLUMNS } from '../events/event-log.repository';
import { ChangeEventEntity } from '../records/change-event.entity';
import { SubscriptionEntity } from '../subscriptions/subscription.entity';
import { DeadLetterEntity } from './dead-letter.entity';
import { WebhookAttemptEntity } from './webhook-attempt.entity';

class LeaseLost extends Error {}

/** A successful attempt not yet written (see DeliveryWorker: successes are recorded in runs). */
export type DeliveredAttempt = Pick<
  WebhookAttemptEntity,
  'eventPosition' | 'eventId' | 'attempt' | 'statusCode' | 'durationMs' | 'attemptedAt'
>;

/**
 * The webhook worker's storage. A worker leases a subscription (SKIP LOCKED, so two workers never
 * pick the same one) and every later write checks it still holds the lease: a worker that stalled
 * past its lease finds its writes refused and stops, and the next holder carries on from the last
 * recorded position (at least once, in order).
 */
/** A subscription further behind than this reads as this many events behind on /metrics. */
const LAG_COUNT_LIMIT = 100_000;

@Injectable()
export class DeliveryRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /**
   * Leases up to `limit` webhook subscriptions that are due and have something to deliver, skipping
   * those this process is still delivering. `owner` is unique per claim, so a lapsed lease re-claimed
   * by the same process is told apart from the earlier one.
   */
  async claim(owner: string, leaseMs: number, limit: number, busy: string[]): Promise<SubscriptionEntity[]> {
    // An UPDATE through TypeORM's pg driver answers [rows, affected count].
    const [ids] = await this.tx.manager.query<[Array<{ id: string }>, number]>(
      `UPDATE subscription s SET lease_owner = $1, lease_until = now() + make_interval(secs => $2::double precision / 1000)
         FROM (SELECT id FROM subscription c
                WHERE delivery = 'WEBHOOK' AND active AND next_attempt_at <= now() AND NOT (id = ANY($4::uuid[]))
                  AND (lease_until IS NULL OR lease_until < now())
                  AND (position < (SELECT coalesce(max(position), 0) FROM change_event)
                       OR EXISTS (SELECT 1 FROM dead_letter d WHERE d.subscription_id = c.id AND d.redeliver_requested_at IS NOT NULL))
                ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED) due
        WHERE s.id = due.id RETURNING s.id`,
      [owner, leaseMs, limit, busy],
    );
    if (!ids.length) return [];
    return this.tx.manager.getRepository(SubscriptionEntity).find({ where: ids.map(({ id }) => ({ id })) });
  }

  /** Dead letters whose redelivery was asked for, oldest position first, with their events. */
  async redeliveries(subscriptionId: string, limit: number): Promise<ChangeEventEntity[]> {
    return this.tx.manager.query<ChangeEventEntity[]>(
      `SELECT ${EVENT_COLUMNS}
         FROM dead_letter d JOIN change_event e ON e.position = d.event_position
        WHERE d.subscription_id = $1 AND d.redeliver_requested_at IS NOT NULL
        ORDER BY d.event_position LIMIT $2`,
      [subscriptionId, limit],
    );
  }

  async recordAttempt(attempt: Omit<WebhookAttemptEntity, 'id' | 'attemptedAt' | 'subscription'>): Promise<void> {
    await this.tx.manager.getRepository(WebhookAttemptEntity).insert(attempt);
  }

  /**
   * A run of successful deliveries in one statement: their attempt rows, the position moved to
   * `position` (the last delivered event, or the head when nothing after it matched) and the lease
   * renewed. False when the lease was lost; the attempts are recorded either way, since they happened.
   */
  async recordDelivered(
    subscriptionId: string,
    owner: string,
    attempts: DeliveredAttempt[],
    position: string,
    leaseMs: number,
  ): Promise<boolean> {
    const [, count] = await this.tx.manager.query(
      `WITH recorded AS (
         INSERT INTO webhook_attempt (subscription_id, event_position, event_id, attempt, succeeded, status_code, duration_ms, attempted_at)
         SELECT $1, a.position, a.event_id, a.attempt, true, a.status_code, a.duration_ms, a.attempted_at
           FROM unnest($5::bigint[], $6::uuid[], $7::int[], $8::int[], $9::int[], $10::timestamptz[]) AS a(position, event_id, attempt, status_code, duration_ms, attempted_at)
       )
       UPDATE subscription SET position = greatest(position, $3::bigint), attempts = 0, last_error = NULL,
              lease_until = now() + make_interval(secs => $4::double precision / 1000), next_attempt_at = now()
        WHERE id = $1 AND lease_owner = $2`,
      [
        subscriptionId,
        owner,
        position,
        leaseMs,
        attempts.map((a) => a.eventPosition),
        attempts.map((a) => a.eventId),
        attempts.map((a) => a.attempt),
        attempts.map((a) => a.statusCode),
        attempts.map((a) => a.durationMs),
        attempts.map((a) => a.attemptedAt),
      ],
    );
    return count === 1;
  }

  /** Records delivery up to `position` and renews the lease; false when the lease was lost. */
  async advance(subscriptionId: string, owner: string, position: string, leaseMs: number): Promise<boolean> {
    const [, count] = await this.tx.manager.query(
      `UPDATE subscription SET position = greatest(position, $3::bigint), attempts = 0, last_error = NULL,
              lease_until = now() + make_interval(secs => $4::double precision / 1000), next_attempt_at = now()
        WHERE id = $1 AND lease_owner = $2`,
      [subscriptionId, owner, position, leaseMs],
    );
    return count === 1;
  }

  /** A failed attempt: when to try again, and the lease handed back. */
  async scheduleRetry(subscriptionId: string, owner: string, attempts: number, nextAttemptAt: Date, error: string): Promise<void> {
    await this.tx.manager.query(
      `UPDATE subscription SET attempts = $3, next_attempt_at = $4, last_error = $5, lease_owner = NULL, lease_until = NULL
        WHERE id = $1 AND lease_owner = $2`,
      [subscriptionId, owner, attempts, nextAttemptAt, error.slice(0, 500)],
    );
  }

  /** Gives up on one event: a dead letter, and the subscription moves on past it. */
  async deadLetter(
    subscriptionId: string,
    owner: string,
    event: ChangeEventEntity,
    attempts: number,
    error: string,
    leaseMs: number,
  ): Promise<boolean> {
    return this.tx
      .run(async () => {
        await this.tx.manager.query(
          `INSERT INTO dead_letter (subscription_id, event_position, event_id, attempts, last_error)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (subscription_id, event_position)
         DO UPDATE SET attempts = dead_letter.attempts + EXCLUDED.attempts, last_error = EXCLUDED.last_error, dead_at = now(), redeliver_requested_at = NULL`,
          [subscriptionId, event.position, event.id, attempts, error.slice(0, 500)],
        );
        // A lost lease undoes the dead letter too: the new holder delivers the event itself.
        if (!(await this.advance(subscriptionId, owner, event.position, leaseMs))) throw new LeaseLost();
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof LeaseLost) return false;
        throw error;
      });
  }

  /** A dead letter finally delivered: gone from the list, the failure count starts afresh, the lease renewed; false when it was lost. */
  async redelivered(subscriptionId: string, owner: string, position: string, leaseMs: number): Promise<boolean> {
    await this.tx.manager.getRepository(DeadLetterEntity).delete({ subscriptionId, eventPosition: position });
    const [, count] = await this.tx.manager.query(
      `UPDATE subscription SET attempts = 0, last_error = NULL, lease_until = now() + make_interval(secs => $3::double precision / 1000)
        WHERE id = $1 AND lease_owner = $2`,
      [subscriptionId, owner, leaseMs],
    );
    return count === 1;
  }

  /** Hands the lease back; the subscription goes to the back of the queue so every one gets its turn. */
  async release(subscriptionId: string, owner: string): Promise<void> {
    await this.tx.manager.query(
      `UPDATE subscription SET lease_owner = NULL, lease_until = NULL, next_attempt_at = now() WHERE id = $1 AND lease_owner = $2`,
      [subscriptionId, owner],
    );
  }

  /** Every lease this process holds (owners are `<process>:<claim>`). */
  async releaseAll(processOwner: string): Promise<void> {
    await this.tx.manager.query(`UPDATE subscription SET lease_owner = NULL, lease_until = NULL WHERE starts_with(lease_owner, $1)`, [
      `${processOwner}:`,
    ]);
  }

  deadLetters(subscriptionId: string): Promise<DeadLetterEntity[]> {
    return this.tx.manager.getRepository(DeadLetterEntity).find({ where: { subscriptionId }, order: { eventPosition: 'ASC' }, take: 1000 });
  }

  async requestRedelivery(subscriptionId: string): Promise<number> {
    const [, count] = await this.tx.manager.query(
      `UPDATE dead_letter SET redeliver_requested_at = now() WHERE subscription_id = $1 AND redeliver_requested_at IS NULL`,
      [subscriptionId],
    );
    await this.tx.manager.query(`UPDATE subscription SET next_attempt_at = now(), attempts = 0 WHERE id = $1`, [subscriptionId]);
    return count as number;
  }

  attempts(subscriptionId: string, limit: number): Promise<WebhookAttemptEntity[]> {
    return this.tx.manager.getRepository(WebhookAttemptEntity).find({ where: { subscriptionId }, order: { id: 'DESC' }, take: limit });
  }

  /**
   * Per active subscription, for /metrics: the events of the log after its position (counted, not
   * subtracted: positions have gaps, from rolled-back changes and because the column's default draws
   * before the ordering trigger does; counted up to LAG_COUNT_LIMIT, an index-only scan) and the age
   * of the next event it has not consumed.
   */
  lag(): Promise<Array<{ id: string; unit_code: string; name: string; events: number; oldest_seconds: number | null }>> {
    return this.tx.manager.query(
      `SELECT s.id, s.unit_code, s.name,
              (SELECT count(*) FROM (SELECT 1 FROM change_event e WHERE e.position > s.position LIMIT ${LAG_COUNT_LIMIT}) behind)::float AS events,
              extract(epoch FROM now() - next.occurred_at)::float AS oldest_seconds
         FROM subscription s
         LEFT JOIN LATERAL (SELECT occurred_at FROM change_event e WHERE e.position > s.position ORDER BY e.position LIMIT 1) next ON true
        WHERE s.active`,
    );
  }
}
