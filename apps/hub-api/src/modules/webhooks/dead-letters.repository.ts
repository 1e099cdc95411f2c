import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import { EVENT_COLUMNS } from '../events/event-log.repository';
import { ChangeEventEntity } from '../records/change-event.entity';
import { DeadLetterEntity } from './dead-letter.entity';

/** The `dead_letter` table: events a webhook gave up on, and whether their redelivery was asked for. */
@Injectable()
export class DeadLettersRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** Gives up on one event; a second give-up on the same event adds its attempts and waits for redelivery again. */
  async upsert(subscriptionId: string, event: ChangeEventEntity, attempts: number, error: string, now: Date): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO dead_letter (subscription_id, event_position, event_id, attempts, last_error, dead_at)
         VALUES ($1, $2, $3, $4, $5, $6::timestamptz)
         ON CONFLICT (subscription_id, event_position)
         DO UPDATE SET attempts = dead_letter.attempts + EXCLUDED.attempts, last_error = EXCLUDED.last_error, dead_at = EXCLUDED.dead_at, redeliver_requested_at = NULL`,
      [subscriptionId, event.position, event.id, attempts, error.slice(0, 500), now],
    );
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

  /** A dead letter finally delivered: gone from the list. */
  async remove(subscriptionId: string, position: string): Promise<void> {
    await this.tx.manager.getRepository(DeadLetterEntity).delete({ subscriptionId, eventPosition: position });
  }

  list(subscriptionId: string): Promise<DeadLetterEntity[]> {
    return this.tx.manager.getRepository(DeadLetterEntity).find({ where: { subscriptionId }, order: { eventPosition: 'ASC' }, take: 1000 });
  }

  /** Queues every dead letter of the subscription not yet queued; answers how many. */
  async requestRedelivery(subscriptionId: string, now: Date): Promise<number> {
    const [, count] = await this.tx.manager.query(
      `UPDATE dead_letter SET redeliver_requested_at = $2::timestamptz WHERE subscription_id = $1 AND redeliver_requested_at IS NULL`,
      [subscriptionId, now],
    );
    return count as number;
  }
}
