import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { LRUCache } from 'lru-cache';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ActorKind } from '@hub/shared-schema';
import { RequestContext } from '../../common/context/request-context';
import { Clock } from '../../common/time/clock';
import { PollingLoop } from '../../common/workers/polling-loop';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { EventLogRepository } from '../events/event-log.repository';
import { cloudEventJson, presentEvent } from '../events/event-presenter';
import { PersonalDataAudit } from '../personal-data/personal-data-audit.service';
import { ChangeEventEntity } from '../records/change-event.entity';
import { SubscriptionEntity } from '../subscriptions/subscription.entity';
import { filterOf } from '../subscriptions/subscription.mapper';
import { WebhookSecrets } from '../subscriptions/webhook-secrets';
import { retryDelayMs } from './backoff';
import { DeliveryRecords } from './delivery-records.service';
import { DeliveredAttempt } from './webhook-attempts.repository';
import { deliveryLatency, setLagSource, webhookAttempts, webhookDeadLetters, webhookFailures } from './webhook-metrics';
import { WebhookSender } from './webhook-sender';
import { WebhookTargetPolicy } from '../subscriptions/webhook-target-policy';
import { signedHeaders } from './webhook-signer';

const BATCH = 100;
/** Pages delivered under one claim before the subscription goes to the back of the queue. */
const PAGES_PER_CLAIM = 10;
/** Successful deliveries are recorded in runs of at most this many, or this old. */
const RUN_MAX = 50;
const RUN_MAX_MS = 200;

/**
 * Successful deliveries of one subscription since its position was last written. Its times are
 * elapsed time (`clock.monotonicMs()`), not the domain's "now": a test moving the Clock must
 * not make a run due or a lease look stale.
 */
class DeliveredRun {
  readonly attempts: DeliveredAttempt[] = [];
  private startedAt = 0;
  /** When the lease was last renewed (claimed, or a run written). */
  renewedAt: number;

  constructor(private readonly clock: Clock) {
    this.renewedAt = clock.monotonicMs();
  }

  add(attempt: DeliveredAttempt): void {
    if (!this.attempts.length) this.startedAt = this.clock.monotonicMs();
    this.attempts.push(attempt);
  }

  get due(): boolean {
    return this.attempts.length >= RUN_MAX || (this.attempts.length > 0 && this.clock.monotonicMs() - this.startedAt >= RUN_MAX_MS);
  }
}

/**
 * Delivers the change log to webhook subscriptions. Each tick leases the subscriptions that are due
 * (several hub processes share the work: a lease is taken with SKIP LOCKED) and delivers each one's
 * events strictly in log order, one at a time; a failure stops that subscription until its backoff
 * has passed, without holding up any other. Successful deliveries are recorded in runs (at most
 * RUN_MAX events or RUN_MAX_MS old: one statement for their attempts, the position and the lease),
 * since a write per delivery capped fan-out at the database's commit rate. So a crash re-sends at
 * most the current run: at least once and in order, and receivers deduplicate by webhook-id.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly ctx: RequestContext;
  private claims = 0;
  private readonly leaseMs: number;
  private readonly loop: PollingLoop;
  private readonly sender: WebhookSender;
  /** Opened signing secrets by their sealed form: opening one per delivery was a fifth of the fan-out's crypto. */
  private readonly opened = new LRUCache<string, string>({ max: 1_000 });

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly deliveries: DeliveryRecords,
    private readonly log: EventLogRepository,
    private readonly secrets: WebhookSecrets,
    private readonly personalData: PersonalDataAudit,
    private readonly clock: Clock,
  ) {
    this.ctx = RequestContext.forSystem(clock, 'delivery-worker');
    // Long enough for a whole batch of slow receivers between two renewals.
    this.leaseMs = Math.max(5_000, config.delivery.timeoutMs * 3);
    const policy = new WebhookTargetPolicy({ hosts: config.delivery.allowedHosts, networks: config.delivery.allowedNetworks });
    this.sender = new WebhookSender(config.delivery.timeoutMs, policy, clock);
    this.loop = new PollingLoop(this.logger, 'webhook claim', config.delivery.pollMs, () => this.tick(), clock);
  }

  onApplicationBootstrap(): void {
    setLagSource(() => this.deliveries.lag());
    if (this.config.delivery.enabled) this.loop.start(0);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    await Promise.allSettled([...this.inFlight.values()]);
    await this.deliveries.releaseAll(this.owner).catch(() => undefined);
    await this.sender.close();
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
      if (this.loop.stopped || !(await this.attempt(subscription, lease, event, null))) return;
    }
    if (!redeliveries.length && !(await this.deliverLog(subscription, lease))) return;
    await this.deliveries.release(subscription.id, lease);
  }

  /** The log after the subscription's position, page by page; false when the subscription stops here for now. */
  private async deliverLog(subscription: SubscriptionEntity, lease: string): Promise<boolean> {
    const run = new DeliveredRun(this.clock);
    try {
      for (let page = 0; page < PAGES_PER_CLAIM; page++) {
        const head = await this.log.head();
        const events = await this.log.page(filterOf(subscription), subscription.position, head, BATCH);
        for (const event of events) {
          if (this.loop.stopped) return this.flush(subscription, lease, run, subscription.position);
          // Slow receivers: the lease is renewed before it can lapse, even with no run due.
          if (
            this.clock.monotonicMs() - run.renewedAt > this.leaseMs / 3 &&
            !(await this.flush(subscription, lease, run, subscription.position))
          )
            return false;
          if (!(await this.attempt(subscription, lease, event, run))) return false;
        }
        // Nothing else matched up to the head: skip the filtered-out events for good.
        if (events.length < BATCH) return this.flush(subscription, lease, run, head);
      }
      return this.flush(subscription, lease, run, subscription.position);
    } catch (error) {
      // What was sent is recorded even so, rather than sent again after the lease lapses.
      await this.flush(subscription, lease, run, subscription.position).catch(() => undefined);
      throw error;
    }
  }

  /** Writes the run's attempts, moves the position to `position` and renews the lease; false when the lease was lost. */
  private async flush(subscription: SubscriptionEntity, lease: string, run: DeliveredRun, position: string): Promise<boolean> {
    const held = await this.deliveries.recordDelivered(subscription.id, lease, run.attempts, position, this.leaseMs);
    run.attempts.length = 0; // only once written: a failed write leaves them for the next try
    run.renewedAt = this.clock.monotonicMs();
    return held;
  }

  /**
   * One attempt at one event; true to go on with the next event, false to stop this subscription for
   * now. A success from the log joins `run` (written when the run is due); a redelivered dead letter
   * (`run` null) is recorded at once.
   */
  private async attempt(
    subscription: SubscriptionEntity,
    lease: string,
    event: ChangeEventEntity,
    run: DeliveredRun | null,
  ): Promise<boolean> {
    const { event: presented, full } = presentEvent(event, { unitCode: subscription.unitCode, roles: [] });
    const body = cloudEventJson(presented);
    let secrets: string[];
    try {
      secrets = this.signingSecrets(subscription);
    } catch {
      // Sealed under another hub secret (HUB_JWT_SECRET changed): say so where the unit looks, and
      // wait; rotating the webhook secret mends it.
      if (run && !(await this.flush(subscription, lease, run, subscription.position))) return false;
      const delay = this.config.delivery.retryMaxMs;
      await this.deliveries.scheduleRetry(
        subscription.id,
        lease,
        subscription.attempts,
        this.clock.after(delay),
        'the signing secret cannot be opened: rotate the webhook secret',
      );
      return false;
    }
    // Audited before the bytes leave the hub, so no crash can leave a full view unrecorded; each
    // attempt carrying personal data counts (the receiver may have read one it answered 500 to).
    if (full) await this.auditFullView(subscription, event);
    const attemptedAt = this.clock.now();
    const result = await this.sender.send(subscription.webhookUrl!, body, signedHeaders(secrets, event.id, body, attemptedAt));
    const attempt = subscription.attempts + 1;
    // A refused target is a failed attempt like any other (backoff, then dead letter), recorded with
    // the fixed reason the sender gave instead of anything the target said.
    webhookAttempts.inc({ outcome: result.ok ? 'delivered' : result.refused ? 'refused' : 'failed' });
    const record = {
      eventPosition: event.position,
      eventId: event.id,
      attempt,
      statusCode: result.statusCode,
      durationMs: result.durationMs,
      attemptedAt,
    };

    if (result.ok) {
      deliveryLatency.observe((this.clock.now().getTime() - new Date(event.occurredAt).getTime()) / 1000);
      subscription.attempts = 0;
      if (!run) {
        await this.deliveries.recordAttempt({ ...record, subscriptionId: subscription.id, succeeded: true, error: null });
        return this.deliveries.redelivered(subscription.id, lease, event.position, this.leaseMs);
      }
      run.add(record);
      subscription.position = event.position;
      return run.due ? this.flush(subscription, lease, run, event.position) : true;
    }

    // The deliveries before this one are written first: the position must not run ahead of them.
    if (run && !(await this.flush(subscription, lease, run, subscription.position))) return false;
    await this.deliveries.recordAttempt({
      ...record,
      subscriptionId: subscription.id,
      succeeded: false,
      error: result.error?.slice(0, 500) ?? null,
    });
    const labels = { subscription: subscription.id, unit: subscription.unitCode };
    webhookFailures.inc(labels);
    if (attempt >= this.config.delivery.maxAttempts) {
      webhookDeadLetters.inc(labels);
      this.logger.warn(
        `subscription ${subscription.id}: event ${event.position} dead-lettered after ${attempt} attempts (${result.error})`,
      );
      subscription.attempts = 0;
      if (!(await this.deliveries.deadLetter(subscription.id, lease, event, attempt, result.error ?? 'failed', this.leaseMs))) return false;
      if (run) subscription.position = event.position;
      return true;
    }
    const delay = retryDelayMs(attempt, this.config.delivery.retryBaseMs, this.config.delivery.retryMaxMs);
    await this.deliveries.scheduleRetry(subscription.id, lease, attempt, this.clock.after(delay), result.error ?? 'failed');
    return false;
  }

  private signingSecrets(subscription: SubscriptionEntity): string[] {
    const open = (sealed: string) => {
      let secret = this.opened.get(sealed);
      if (secret === undefined) this.opened.set(sealed, (secret = this.secrets.open(sealed)));
      return secret;
    };
    const secrets = [open(subscription.secretSealed!)];
    const previousValid =
      subscription.previousSecretSealed && subscription.previousSecretExpiresAt && subscription.previousSecretExpiresAt > this.clock.now();
    if (previousValid) secrets.push(open(subscription.previousSecretSealed!));
    return secrets;
  }

  /** A webhook carrying personal data in full is a full view by the subscribing unit: audited. */
  private auditFullView(subscription: SubscriptionEntity, event: ChangeEventEntity): Promise<void> {
    const actor = {
      kind: ActorKind.SYSTEM,
      id: subscription.id,
      name: `webhook:${subscription.name}`.slice(0, 100),
      unitCode: subscription.unitCode,
      roles: [],
    };
    return this.personalData.recordFullView(this.ctx, 'webhook.personalData', [event.subject], actor);
  }
}
