import { randomUUID } from 'node:crypto';
import { RequestContext } from '../../common/context/request-context';
import { Inject, Injectable } from '@nestjs/common';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import {
  CreateSubscriptionInput,
  DeliveryMode,
  EventPage,
  EventsArgs,
  EventSubscription,
  SubscriptionLag,
  SubscriptionStart,
  SubscriptionWithSecret,
  UpdateSubscriptionInput,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { EventLogRepository } from '../events/event-log.repository';
import { presentEvent } from '../events/event-presenter';
import { toEventSelection } from '../events/event-filter';
import { PersonalDataAudit } from '../personal-data/personal-data-audit.service';
import { WebhookTargetPolicy } from './webhook-target-policy';
import { UnitsService } from '../units/units.service';
import { SubscriptionEntity } from './subscription.entity';
import { filterOf, toSubscription } from './subscription.mapper';
import { SubscriptionErrors } from './subscriptions.errors';
import { SubscriptionsRepository } from './subscriptions.repository';
import { WebhookSecrets } from './webhook-secrets';
import { Clock } from '../../common/time/clock';

const NO_LEASE = { leaseOwner: null, leaseUntil: null };

/**
 * Subscriptions and the pull feed. A subscription is its unit's own: the AuthGuard checks ownership
 * (policies `subscription.*`, `events.*`); this service holds the rules of what a change may do.
 */
@Injectable()
export class SubscriptionsService {
  private readonly targets: WebhookTargetPolicy;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly log: EventLogRepository,
    private readonly units: UnitsService,
    private readonly secrets: WebhookSecrets,
    private readonly personalData: PersonalDataAudit,
    private readonly clock: Clock,
  ) {
    this.targets = new WebhookTargetPolicy({ hosts: config.delivery.allowedHosts, networks: config.delivery.allowedNetworks });
  }

  async create(input: CreateSubscriptionInput, actor: Actor): Promise<SubscriptionWithSecret> {
    await this.units.getActive(input.unitCode, 'input.unitCode');
    if (input.delivery === DeliveryMode.WEBHOOK && !input.webhookUrl) throw SubscriptionErrors.webhookUrlRequired();
    if (input.delivery === DeliveryMode.PULL && input.webhookUrl) throw SubscriptionErrors.webhookUrlOnlyForWebhooks();
    if (input.webhookUrl) this.checkHost(input.webhookUrl);
    if (await this.subscriptions.nameTaken(input.unitCode, input.name)) {
      throw SubscriptionErrors.nameTaken(input.unitCode, input.name);
    }
    const secret = input.delivery === DeliveryMode.WEBHOOK ? this.secrets.generate() : null;
    const id = randomUUID();
    await this.subscriptions.insert({
      id,
      unitCode: input.unitCode,
      name: input.name,
      ...toEventSelection(input),
      delivery: input.delivery,
      webhookUrl: input.webhookUrl ?? null,
      secretSealed: secret ? this.secrets.seal(secret) : null,
      position: input.startFrom === SubscriptionStart.BEGINNING ? '0' : await this.log.head(),
      createdBy: actor.name,
    });
    return { subscription: await this.get(id), webhookSecret: secret };
  }

  async update(input: UpdateSubscriptionInput): Promise<EventSubscription> {
    const row = await this.load(input.id, 'input.id');
    if (input.webhookUrl && row.delivery !== DeliveryMode.WEBHOOK) throw SubscriptionErrors.webhookUrlOnlyForWebhooks();
    if (input.webhookUrl) this.checkHost(input.webhookUrl);
    const patch: Partial<SubscriptionEntity> = {};
    for (const key of ['categories', 'eventTypes', 'townshipCodes', 'matterCodes', 'publisherCodes', 'partyKeys'] as const) {
      if (input[key] !== undefined && input[key] !== null) patch[key] = input[key];
    }
    if (input.webhookUrl) patch.webhookUrl = input.webhookUrl;
    if (input.active !== undefined && input.active !== null) patch.active = input.active;
    // A changed endpoint or a resumed subscription gets a fresh start at its next event.
    if (patch.webhookUrl || patch.active) Object.assign(patch, { attempts: 0, nextAttemptAt: this.clock.now(), lastError: null });
    // Taking the lease away makes a batch in flight stop at its next event and pick up the change.
    await this.subscriptions.update(row.id, { ...patch, ...NO_LEASE });
    return this.get(row.id);
  }

  async remove(id: string): Promise<EventSubscription> {
    const row = await this.load(id, 'id');
    await this.subscriptions.remove(id);
    return toSubscription(row, this.clock.now());
  }

  /**
   * A new secret signs from now on; the old one keeps signing beside it (Standard Webhooks allows
   * several signatures) for `overlapMinutes`, so a receiver can switch without losing a delivery.
   */
  async rotateSecret(id: string, overlapMinutes: number): Promise<SubscriptionWithSecret> {
    const row = await this.load(id, 'id');
    if (row.delivery !== DeliveryMode.WEBHOOK || !row.secretSealed) throw SubscriptionErrors.notWebhook();
    const secret = this.secrets.generate();
    await this.subscriptions.update(id, {
      ...NO_LEASE,
      secretSealed: this.secrets.seal(secret),
      previousSecretSealed: overlapMinutes > 0 ? row.secretSealed : null,
      previousSecretExpiresAt: overlapMinutes > 0 ? this.clock.after(overlapMinutes * 60_000) : null,
    });
    return { subscription: await this.get(id), webhookSecret: secret };
  }

  async acknowledge(subscriptionId: string, position: string): Promise<EventSubscription> {
    const row = await this.load(subscriptionId, 'subscriptionId');
    if (row.delivery !== DeliveryMode.PULL) throw SubscriptionErrors.webhookTracksItsOwn();
    if (BigInt(position) > BigInt(await this.log.head())) throw SubscriptionErrors.beyondHead('position');
    await this.subscriptions.acknowledge(subscriptionId, position);
    return this.get(subscriptionId);
  }

  /** Reads again from `after`: a pull consumer's position, or where the webhook worker resumes. */
  async replay(id: string, after: string): Promise<EventSubscription> {
    await this.load(id, 'id');
    if (BigInt(after) > BigInt(await this.log.head())) throw SubscriptionErrors.beyondHead('after');
    // Taking the lease away stops a worker delivering right now from moving the position forward again.
    await this.subscriptions.update(id, { position: after, attempts: 0, nextAttemptAt: this.clock.now(), lastError: null, ...NO_LEASE });
    return this.get(id);
  }

  async list(unitCode: string): Promise<EventSubscription[]> {
    return (await this.subscriptions.listByUnit(unitCode)).map((row) => toSubscription(row, this.clock.now()));
  }

  async get(id: string): Promise<EventSubscription> {
    return toSubscription(await this.load(id, 'id'), this.clock.now());
  }

  /**
   * One page of the subscription's events after `after` (default: its acknowledged position). The
   * end cursor moves past events the filter skipped, so a quiet subscription does not rescan them.
   */
  async feed(ctx: RequestContext, args: EventsArgs): Promise<EventPage> {
    const reader = ctx.authenticatedActor;
    const row = await this.load(args.subscriptionId, 'subscriptionId');
    const after = args.after ?? row.position;
    const head = await this.log.head();
    const rows = await this.log.page(filterOf(row), after, head, args.first + 1);
    const hasMore = rows.length > args.first;
    const page = rows.slice(0, args.first);
    const presented = page.map((event) => presentEvent(event, reader));
    const fullViews = page.filter((_, i) => presented[i].full).map((event) => event.subject);
    await this.personalData.recordFullView(ctx, 'events.personalData', fullViews);
    const endCursor = hasMore ? page[page.length - 1].position : BigInt(head) > BigInt(after) ? head : after;
    return { nodes: presented.map((p) => p.event), endCursor, hasMore };
  }

  /** 积压: the subscription's lag on the change log, as the /metrics gauges count it, aged by the hub clock. */
  async lag(id: string): Promise<SubscriptionLag> {
    const { events, oldestAt } = await this.subscriptions.lagOf(id);
    const oldestSeconds = oldestAt ? Math.max(0, Math.floor((this.clock.now().getTime() - oldestAt.getTime()) / 1000)) : null;
    return { events, oldestAt, oldestSeconds };
  }

  unitOf(id: string): Promise<string | null> {
    return this.subscriptions.unitOf(id);
  }

  /**
   * Webhooks go only to targets the operator allowed (WEBHOOK_ALLOWED_HOSTS, WEBHOOK_ALLOWED_NETWORKS).
   * A literal address is judged here; a name's addresses when each delivery connects (the sender
   * checks again then, so a later, narrower allow-list stops this subscription too).
   */
  private checkHost(url: string): void {
    const refusal = this.targets.refusal(url);
    if (refusal) throw SubscriptionErrors.webhookTargetRefused(refusal);
  }

  private async load(id: string, field: string): Promise<SubscriptionEntity> {
    const row = await this.subscriptions.findById(id);
    if (!row) throw SubscriptionErrors.notFound(id, field);
    return row;
  }
}
