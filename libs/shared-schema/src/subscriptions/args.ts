import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Matches, Max, Min } from 'class-validator';
import { POSITION_MESSAGE, POSITION_PATTERN } from './inputs';

@ArgsType()
export class SubscriptionIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a subscription id' })
  id!: string;
}

@ArgsType()
export class RotateWebhookSecretArgs extends SubscriptionIdArgs {
  @Field(() => Int, { defaultValue: 1440, description: 'Minutes the old secret keeps signing beside the new one (0 to 10080).' })
  @IsInt()
  @Min(0)
  @Max(10080)
  overlapMinutes: number = 1440;
}

@ArgsType()
export class ReplaySubscriptionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a subscription id' })
  id!: string;

  @Field({ description: 'Deliver again every matching event after this position ("0": from the start).' })
  @Matches(POSITION_PATTERN, { message: POSITION_MESSAGE })
  after!: string;
}
