import { DeliveryMode, RecordCategory, EventSubscription } from '@hub/shared-schema';
import { EventFilter } from '../events/event-filter';
import { SubscriptionEntity } from './subscription.entity';

/** `now`: the previous secret's overlap shows only while it lasts, by the hub's Clock. */
export function toSubscription(row: SubscriptionEntity, now: Date): EventSubscription {
  return {
    id: row.id,
    unitCode: row.unitCode,
    name: row.name,
    delivery: row.delivery,
    webhookUrl: row.webhookUrl,
    categories: row.categories as RecordCategory[],
    eventTypes: row.eventTypes,
    townshipCodes: row.townshipCodes,
    matterCodes: row.matterCodes,
    publisherCodes: row.publisherCodes,
    partyKeys: row.partyKeys,
    active: row.active,
    position: row.position,
    attempts: row.attempts,
    nextAttemptAt: row.delivery === DeliveryMode.WEBHOOK && row.attempts > 0 ? row.nextAttemptAt : null,
    lastError: row.lastError,
    previousSecretExpiresAt:
      row.previousSecretSealed && row.previousSecretExpiresAt && row.previousSecretExpiresAt > now ? row.previousSecretExpiresAt : null,
    createdAt: row.createdAt,
  };
}

export function filterOf(row: SubscriptionEntity): EventFilter {
  return {
    categories: row.categories,
    eventTypes: row.eventTypes,
    townshipCodes: row.townshipCodes,
    matterCodes: row.matterCodes,
    publisherCodes: row.publisherCodes,
    partyKeys: row.partyKeys,
    // A subscription receives with its unit's rights.
    readerUnit: row.unitCode,
  };
}
