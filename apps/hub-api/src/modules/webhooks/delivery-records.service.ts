import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/time/clock';
import { TransactionRunner } from '../../database/transaction-runner';
import { ChangeEventEntity } from '../records/change-event.entity';
import { SubscriptionEntity } from '../subscriptions/subscription.entity';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository';
import { DeadLettersRepository } from './dead-letters.repository';
import { DeliveredAttempt, WebhookAttemptsRepository } from './webhook-attempts.repository';
import { WebhookAttemptEntity } from './webhook-attempt.entity';

class LeaseLost extends Error {}

/**
 * What the webhook worker writes as it delivers: the subscription's lease, position and failures
 * (SubscriptionsRepository, the one owner of that table) together with the attempts and dead letters
 * (this module's tables). Where two writes must stand or fall together they run in one transaction;
 * every lease-checked write answers false when the lease was lost (see SubscriptionsRepository).
 * Every time these rows carry (what is due, a lease's end, a dead letter's) is the hub's Clock, read
 * once per write here.
 */
@Injectable()
export class DeliveryRecords {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly attempts: WebhookAttemptsRepository,
    private readonly deadLetters: DeadLettersRepository,
    private readonly clock: Clock,
  ) {}

  claim(owner: string, leaseMs: number, limit: number, busy: string[]): Promise<SubscriptionEntity[]> {
    return this.subscriptions.claimDue(owner, leaseMs, limit, busy, this.clock.now());
  }

  redeliveries(subscriptionId: string, limit: number): Promise<ChangeEventEntity[]> {
    return this.deadLetters.redeliveries(subscriptionId, limit);
  }

  recordAttempt(attempt: Omit<WebhookAttemptEntity, 'id' | 'subscription'>): Promise<void> {
    return this.attempts.record(attempt);
  }

  /**
   * A run of successful deliveries: their attempt rows, the position moved to `position` (the last
   * delivered event, or the head when nothing after it matched) and the lease renewed, in one
   * transaction. False when the lease was lost; the attempts are recorded either way, since they happened.
   */
  async recordDelivered(
    subscriptionId: string,
    owner: string,
    attempts: DeliveredAttempt[],
    position: string,
    leaseMs: number,
  ): Promise<boolean> {
    const now = this.clock.now();
    if (!attempts.length) return this.subscriptions.advanceCursor(subscriptionId, owner, position, leaseMs, now);
    return this.tx.run(async () => {
      await this.attempts.recordDelivered(subscriptionId, attempts);
      return this.subscriptions.advanceCursor(subscriptionId, owner, position, leaseMs, now);
    });
  }

  /** A failed attempt: when to try again, and the lease handed back. */
  scheduleRetry(subscriptionId: string, owner: string, attempts: number, nextAttemptAt: Date, error: string): Promise<void> {
    return this.subscriptions.markFailing(subscriptionId, owner, attempts, nextAttemptAt, error);
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
    const now = this.clock.now();
    return this.tx
      .run(async () => {
        await this.deadLetters.upsert(subscriptionId, event, attempts, error, now);
        // A lost lease undoes the dead letter too: the new holder delivers the event itself.
        if (!(await this.subscriptions.advanceCursor(subscriptionId, owner, event.position, leaseMs, now))) throw new LeaseLost();
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof LeaseLost) return false;
        throw error;
      });
  }

  /** A dead letter finally delivered: gone from the list, the failure count starts afresh, the lease renewed; false when it was lost. */
  async redelivered(subscriptionId: string, owner: string, position: string, leaseMs: number): Promise<boolean> {
    await this.deadLetters.remove(subscriptionId, position);
    return this.subscriptions.clearFailures(subscriptionId, owner, leaseMs, this.clock.now());
  }

  release(subscriptionId: string, owner: string): Promise<void> {
    return this.subscriptions.releaseLease(subscriptionId, owner, this.clock.now());
  }

  releaseAll(processOwner: string): Promise<void> {
    return this.subscriptions.releaseLeases(processOwner);
  }

  lag(): ReturnType<SubscriptionsRepository['lag']> {
    return this.subscriptions.lag(this.clock.now());
  }
}
