import { Injectable } from '@nestjs/common';
import { DeadLetter, DeliveryMode, WebhookAttempt } from '@hub/shared-schema';
import { RequestContext } from '../../common/context/request-context';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository';
import { DeadLettersRepository } from './dead-letters.repository';
import { WebhookAttemptsRepository } from './webhook-attempts.repository';
import { WebhookErrors } from './webhooks.errors';

/** What a unit sees of and does with its webhook deliveries: attempts, dead letters, redelivery. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly deadLetterRows: DeadLettersRepository,
    private readonly attemptRows: WebhookAttemptsRepository,
    private readonly subscriptions: SubscriptionsRepository,
  ) {}

  async deadLetters(subscriptionId: string): Promise<DeadLetter[]> {
    await this.webhookSubscription(subscriptionId);
    return (await this.deadLetterRows.list(subscriptionId)).map((row) => ({
      eventPosition: row.eventPosition,
      eventId: row.eventId,
      attempts: row.attempts,
      lastError: row.lastError,
      deadAt: row.deadAt,
      redeliverRequestedAt: row.redeliverRequestedAt,
    }));
  }

  /** Queues every dead letter of the subscription for delivery, ahead of new events; returns how many. */
  async redeliver(ctx: RequestContext, subscriptionId: string): Promise<number> {
    await this.webhookSubscription(subscriptionId);
    const queued = await this.deadLetterRows.requestRedelivery(subscriptionId, ctx.now());
    await this.subscriptions.dueNow(subscriptionId, ctx.now());
    return queued;
  }

  async attempts(subscriptionId: string, first: number): Promise<WebhookAttempt[]> {
    await this.webhookSubscription(subscriptionId);
    return (await this.attemptRows.recent(subscriptionId, first)).map((row) => ({
      eventPosition: row.eventPosition,
      eventId: row.eventId,
      attempt: row.attempt,
      succeeded: row.succeeded,
      statusCode: row.statusCode,
      error: row.error,
      durationMs: row.durationMs,
      attemptedAt: row.attemptedAt,
    }));
  }

  private async webhookSubscription(id: string): Promise<void> {
    const row = await this.subscriptions.findById(id);
    if (!row) throw WebhookErrors.subscriptionNotFound(id);
    if (row.delivery !== DeliveryMode.WEBHOOK) throw WebhookErrors.notWebhook();
  }
}
