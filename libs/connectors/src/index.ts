export { HubClient } from './hub-client';
export type { HubClientOptions } from './hub-client';
export { HubError } from './hub-error';
export {
  AuthErrorCode,
  ERROR_REASON_FAMILY,
  EvidenceErrorCode,
  ExportErrorCode,
  IdNumberSearchErrorCode,
  RecordErrorCode,
  SubscriptionErrorCode,
  UnitErrorCode,
} from '@hub/shared-schema/errors/error-reasons';
export type { ErrorReason } from '@hub/shared-schema/errors/error-reasons';
export { MAX_PUBLISH_BATCH, PUBLISH_CATEGORIES, PUBLISH_CATEGORY_NAMES, isPublishCategory } from './publish-categories';
export type { PublishCategory, PublishInputs, PublishMutation } from './publish-categories';
export type { PublishOptions } from './hub-client';
export type { RecordOutcome } from './record-outcome';
export { DEFAULT_RETRY_POLICY, backoffDelay, withRetries } from './retry-policy';
export type { RetryHooks, RetryPolicy } from './retry-policy';
export { publishAll, publishInBatches } from './publish-in-batches';
export type { BatchOptions, PublishedBatch } from './publish-in-batches';
export { FileCheckpoint } from './checkpoint';
export type { Checkpoint } from './checkpoint';
export { FeedSubscriber } from './feed-subscriber';
export type { FeedSubscriberOptions } from './feed-subscriber';
export type { HubEvent } from './hub-event';
export { MemorySeenIds, WebhookReceiver } from './webhook-receiver';
export type { ReceiveOutcome, SeenIds, WebhookReceiverOptions } from './webhook-receiver';
