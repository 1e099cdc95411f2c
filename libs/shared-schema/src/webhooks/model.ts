import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

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
