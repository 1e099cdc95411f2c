import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { POSITION_MESSAGE, POSITION_PATTERN } from '../subscriptions/inputs';

@ArgsType()
export class EventsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a subscription id' })
  subscriptionId!: string;

  @Field(() => String, { nullable: true, description: 'Read after this position; absent: after the acknowledged position.' })
  @IsOptional()
  @Matches(POSITION_PATTERN, { message: POSITION_MESSAGE })
  after?: string | null;

  @Field(() => Int, { defaultValue: 100, description: 'Page size, 1 to 1000.' })
  @IsInt()
  @Min(1)
  @Max(1000)
  first: number = 100;
}

@ArgsType()
export class AcknowledgeEventsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a subscription id' })
  subscriptionId!: string;

  @Field({ description: 'Every event up to this position has been processed.' })
  @Matches(POSITION_PATTERN, { message: POSITION_MESSAGE })
  position!: string;
}
