import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ActorKind } from '@hub/shared-schema';
import { PollingLoop } from '../../common/workers/polling-loop';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { EventLogRepository } from '../events/event-log.repository';
import { cloudEventJson, presentEvent } from '../events/event-presenter';
import { PersonalDataAudit } from '../records/personal-data-audit.service';
import { ChangeEventEntity } from '../records/change-event.entity';
import { SubscriptionEntity } from '../subscriptions/subscription.entity';
import { filterOf } from '../subscriptions/subscription.mapper';
import { WebhookSecrets } from '../subscriptions/webhook-secrets';
import { retryDelayMs } from './backoff';
import { DeliveryRepository } from './delivery.repository';
import { deliveryLatency, setLagSource, webhookAttempts, webhookDeadLetters, webhookFailures } from './webhook-metrics';
import { sendWebhook } from './webhook-sender';
import { signedHeaders } from './webhook-signer';

const BATCH = 100;

/**
 * Delivers the change log to webhook subscriptions. Each tick leases the subscriptions that are due
 * (several hub processes share the work: a lease is taken with SKIP LOCKED) and delivers each one's
 * events strictly in log order, one at a time; a failure stops that subscription until its backoff
 * has passed, without holding up any other. The position is recorded after every delivery, so a
 * crash re-sends at most the event in flight (at least once; receivers deduplicate by webhook-id).
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly inFlight = new Map<string, Promise<void>>();
  private claims = 0;
  private readonly leaseMs: number;
  private readonly loop: PollingLoop;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly deliveries: DeliveryRepository,
    private readonly log: EventLogRepository,
    private readonly secrets: WebhookSecrets,
    private readonly personalData: PersonalDataAudit,
  ) {
    // Long enough for a whole batch of slow receivers between two renewals.
    this.leaseMs = Math.max(5_000, config.delivery.timeoutMs * 3);
    this.loop = new PollingLoop(this.logger, 'webhook claim', config.delivery.pollMs, () => this.tick());
  }

  onApplicationBootstrap(): void {
    setLagSource(() => this.deliveries.lag());
    if (this.config.delivery.enabled) this.loop.start(0);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    await Promise.allSettled([...this.inFlight.values()]);
    await this.deliveries.releaseAll(this.owner).catch(() => undefined);
    setLagSource(null);
  }

  /** Leases as many due subscriptions as there are free delivery slots; deliveries run on after the tick. */
  private async tick(): Promise<void> {
    const free = this.config.delivery.concurrency - this.inFlight.size;
    if (free <= 0) return;
    const lease = `${this.owner}:${++this.claims}`;
    for (const subscription of await this.deliveries.claim(lease, this.leaseMs, free, [...this.inFlight.keys()])) {
      const run: Promise<void> = this.deliver(subscription, lease)
        .catch((error: unknown) => this.logger.error(`delivery to subscription ${subscription.id} failed: ${String(error)}`))
        .finally(() => this.inFlight.delete(subscription.id));
      this.inFlight.set(subscription.id, run);
    }
  }

  private async deliver(subscription: SubscriptionEntity, lease: string): Promise<void> {
    const redeliveries = await this.deliveries.redeliveries(subscription.id, BATCH);
    for (const event of redeliveries) {
      if (this.loop.stopped || !(await this.attempt(subscription, lease, event, true))) return;
    }
    if (!redeliveries.length) {
      const head = await this.log.head();
      const events = await this.log.page(filterOf(subscription), subscription.position, head, BATCH);
      for (const event of events) {
        if (this.loop.stopped || !(await this.attempt(subscription, lease, event, false))) return;
      }
      // Nothing else matched up to the head: skip the filtered-out events for good.
      if (events.length < BATCH && !(await this.deliveries.advance(subscription.id, lease, head, this.leaseMs))) return;
    }
    await this.deliveries.release(subscription.id, lease);
  }

  /** One attempt at one event; true to go on with the next event, false to stop this subscription for now. */
  private async attempt(subscription: SubscriptionEntity, lease: string, event: ChangeEventEntity, redelivery: boolean): Promise<boolean> {
    const { event: presented, full } = presentEvent(event, { unitCode: subscription.unitCode, roles: [] });
    const body = cloudEventJson(presented);
    let secrets: string[];
    try {
      secrets = this.signingSecrets(subscription);
    } catch {
      // Sealed under another hub secret (HUB_JWT_SECRET changed): say so where the unit looks, and
      // wait; rotating the webhook secret mends it.
      const delay = this.config.delivery.retryMaxMs;
      await this.deliveries.scheduleRetry(subscription.id, lease, subscription.attempts, new Date(Date.now() + delay), 'the signing secret cannot be opened: rotate the webhook secret');
      return false;
    }
    // Audited before the bytes leave the hub, so no crash can leave a full view unrecorded; each
    // attempt carrying personal data counts (the receiver may have read one it answered 500 to).
    if (full) await this.auditFullView(subscription, event);
    const result = await sendWebhook(subscription.webhookUrl!, body, signedHeaders(secrets, event.id, body), this.config.delivery.timeoutMs);
    const attempt = subscription.attempts + 1;
    await this.deliveries.recordAttempt({
      subscriptionId: subscription.id,
      eventPosition: event.position,
      eventId: event.id,
      attempt,
      succeeded: result.ok,
      statusCode: result.statusCode,
      error: result.error?.slice(0, 500) ?? null,
      durationMs: result.durationMs,
    });
    webhookAttempts.inc({ outcome: result.ok ? 'delivered' : 'failed' });
    const labels = { subscription: subscription.id, unit: subscription.unitCode };

    if (result.ok) {
      deliveryLatency.observe((Date.now() - new Date(event.occurredAt).getTime()) / 1000);
      subscription.attempts = 0;
      if (redelivery) return this.deliveries.redelivered(subscription.id, lease, event.position, this.leaseMs);
      return this.deliveries.advance(subscription.id, lease, event.position, this.leaseMs);
    }

    webhookFailures.inc(labels);
    if (attempt >= this.config.delivery.maxAttempts) {
      webhookDeadLetters.inc(labels);
      this.logger.warn(`subscription ${subscription.id}: event ${event.position} dead-lettered after ${attempt} attempts (${result.error})`);
      subscription.attempts = 0;
      return this.deliveries.deadLetter(subscription.id, lease, event, attempt, result.error ?? 'failed', this.leaseMs);
    }
    const delay = retryDelayMs(attempt, this.config.delivery.retryBaseMs, this.config.delivery.retryMaxMs);
    await this.deliveries.scheduleRetry(subscription.id, lease, attempt, new Date(Date.now() + delay), result.error ?? 'failed');
    return false;
  }

  private signingSecrets(subscription: SubscriptionEntity): string[] {
    const secrets = [this.secrets.open(subscription.secretSealed!)];
    const previousValid = subscription.previousSecretSealed && subscription.previousSecretExpiresAt && subscription.previousSecretExpiresAt > new Date();
    if (previousValid) secrets.push(this.secrets.open(subscription.previousSecretSealed!));
    return secrets;
  }

  /** A webhook carrying personal data in full is a full view by the subscribing unit: audited. */
  private auditFullView(subscription: SubscriptionEntity, event: ChangeEventEntity): Promise<void> {
    const actor = { kind: ActorKind.SYSTEM, id: subscription.id, name: `webhook:${subscription.name}`.slice(0, 100), unitCode: subscription.unitCode, roles: [] };
    return this.personalData.recordFullView(actor, 'webhook.personalData', [event.subject], null);
  }
}
