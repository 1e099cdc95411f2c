import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import { WebhookAttemptEntity } from './webhook-attempt.entity';

/** A successful attempt not yet written (see DeliveryWorker: successes are recorded in runs). */
export type DeliveredAttempt = Pick<
  WebhookAttemptEntity,
  'eventPosition' | 'eventId' | 'attempt' | 'statusCode' | 'durationMs' | 'attemptedAt'
>;

/** The `webhook_attempt` table: every delivery attempt, kept for the unit to read (`webhookAttempts`). */
@Injectable()
export class WebhookAttemptsRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** `attemptedAt` is the hub's Clock at the attempt (the column's default is only a fallback). */
  async record(attempt: Omit<WebhookAttemptEntity, 'id' | 'subscription'>): Promise<void> {
    await this.tx.manager.getRepository(WebhookAttemptEntity).insert(attempt);
  }

  /** A run of successful deliveries in one statement. */
  async recordDelivered(subscriptionId: string, attempts: DeliveredAttempt[]): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO webhook_attempt (subscription_id, event_position, event_id, attempt, succeeded, status_code, duration_ms, attempted_at)
       SELECT $1, a.position, a.event_id, a.attempt, true, a.status_code, a.duration_ms, a.attempted_at
         FROM unnest($2::bigint[], $3::uuid[], $4::int[], $5::int[], $6::int[], $7::timestamptz[]) AS a(position, event_id, attempt, status_code, duration_ms, attempted_at)`,
      [
        subscriptionId,
        attempts.map((a) => a.eventPosition),
        attempts.map((a) => a.eventId),
        attempts.map((a) => a.attempt),
        attempts.map((a) => a.statusCode),
        attempts.map((a) => a.durationMs),
        attempts.map((a) => a.attemptedAt),
      ],
    );
  }

  recent(subscriptionId: string, limit: number): Promise<WebhookAttemptEntity[]> {
    return this.tx.manager.getRepository(WebhookAttemptEntity).find({ where: { subscriptionId }, order: { id: 'DESC' }, take: limit });
  }
}
