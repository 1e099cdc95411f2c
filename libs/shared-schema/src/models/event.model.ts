import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DeliveryMode } from '../enums/delivery-mode.enum';
import { RecordCategory } from '../enums/record.enums';

/**
 * 变更事件: one entry of the hub's change log in CloudEvents 1.0 shape (specversion, id, source,
 * type, subject, time, datacontenttype, data) plus the log's own position and routing keys. A webhook
 * body is exactly these fields as JSON, so an event reads the same however it is delivered.
 */
@ObjectType({ description: '变更事件 a change to shared data, CloudEvents-shaped; a webhook receives the same fields as JSON' })
export class HubEvent {
  @Field({ description: 'Place in the change log; read after it to continue. A decimal number as a string.' })
  position!: string;

  @Field(() => ID, { description: 'Unique event id: deduplicate on it (webhook-id carries the same).' })
  id!: string;

  @Field({ description: 'CloudEvents specversion, always 1.0.' })
  specversion!: string;

  @Field({ description: 'Who made the change: `urn:jinjiang-hub:unit:<code>`.' })
  source!: string;

  @Field({ description: 'e.g. `licensing.published`, `penalty.revised`, `complaint.revoked`.' })
  type!: string;

  @Field({ description: 'The hub id of the record that changed.' })
  subject!: string;

  @Field({ description: 'When the change was made.' })
  time!: Date;

  @Field({ description: 'CloudEvents datacontenttype of `data`, always application/json.' })
  datacontenttype!: string;

  @Field(() => RecordCategory)
  category!: RecordCategory;

  @Field(() => String, { nullable: true })
  townshipCode!: string | null;

  @Field(() => String, { nullable: true })
  matterCode!: string | null;

  @Field(() => GraphQLJSON, { description: 'The record as published, personal data masked unless this reader may see it.' })
  data!: Record<string, unknown>;
}

@ObjectType({ description: "事件页 one page of a subscription's events, in log order" })
export class EventPage {
  @Field(() => [HubEvent])
  nodes!: HubEvent[];

  @Field({ description: 'Pass as `after` for the next page, and acknowledge it once the page is processed.' })
  endCursor!: string;

  @Field({ description: 'More events are already waiting.' })
  hasMore!: boolean;
}

@ObjectType({ description: '订阅 what a unit receives from the change log, and how' })
export class EventSubscription {
  @Field(() => ID)
  id!: string;

  @Field()
  unitCode!: string;

  @Field()
  name!: string;

  @Field(() => DeliveryMode)
  delivery!: DeliveryMode;

  @Field(() => String, { nullable: true })
  webhookUrl!: string | null;

  @Field(() => [RecordCategory])
  categories!: RecordCategory[];

  @Field(() => [String])
  eventTypes!: string[];

  @Field(() => [String])
  townshipCodes!: string[];

  @Field(() => [String])
  matterCodes!: string[];

  @Field(() => [String])
  publisherCodes!: string[];

  @Field(() => [String])
  partyKeys!: string[];

  @Field()
  active!: boolean;

  @Field({ description: 'Last event consumed: acknowledged (PULL) or delivered or dead-lettered (WEBHOOK).' })
  position!: string;

  @Field(() => Int, { description: 'Failed attempts at the next event (WEBHOOK).' })
  attempts!: number;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (WEBHOOK, after a failure).' })
  nextAttemptAt!: Date | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'The previous secret still signs beside the current one until then (after a rotation).',
  })
  previousSecretExpiresAt!: Date | null;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: '订阅及密钥 a subscription with its webhook signing secret, shown only this once' })
export class SubscriptionWithSecret {
  @Field(() => EventSubscription)
  subscription!: EventSubscription;

  @Field(() => String, { nullable: true, description: 'Standard Webhooks secret (`whsec_…`) for WEBHOOK delivery; keep it safe.' })
  webhookSecret!: string | null;
}

@ObjectType({ description: '死信 an event a webhook gave up on after the attempt limit' })
export class DeadLetter {
  @Field()
  eventPosition!: string;

  @Field(() => ID)
  eventId!: string;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field()
  deadAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set when a redelivery was asked for and is pending.' })
  redeliverRequestedAt!: Date | null;
}

@ObjectType({ description: '推送尝试 one HTTP attempt to deliver an event' })
export class WebhookAttempt {
  @Field()
  eventPosition!: string;

  @Field(() => ID)
  eventId!: string;

  @Field(() => Int)
  attempt!: number;

  @Field()
  succeeded!: boolean;

  @Field(() => Int, { nullable: true })
  statusCode!: number | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => Int)
  durationMs!: number;

  @Field()
  attemptedAt!: Date;
}
