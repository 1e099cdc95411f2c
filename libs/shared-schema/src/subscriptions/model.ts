import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RecordCategory } from '../records/enums';
import { DeliveryMode } from './enums';

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

@ObjectType({ description: '积压 how far a subscription is behind the change log (as /metrics counts it)' })
export class SubscriptionLag {
  @Field(() => Int, { description: 'Events of the log after its position (all categories, counted up to 100000).' })
  events!: number;

  @Field(() => Date, { nullable: true, description: 'When the oldest event after its position happened; null when caught up.' })
  oldestAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Age in seconds of that event by the hub clock; null when caught up.' })
  oldestSeconds!: number | null;
}

@ObjectType({ description: '订阅及密钥 a subscription with its webhook signing secret, shown only this once' })
export class SubscriptionWithSecret {
  @Field(() => EventSubscription)
  subscription!: EventSubscription;

  @Field(() => String, { nullable: true, description: 'Standard Webhooks secret (`whsec_…`) for WEBHOOK delivery; keep it safe.' })
  webhookSecret!: string | null;
}
