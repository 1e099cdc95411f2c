import { Args, ArgsType, Field, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { DeadLetter, SubscriptionIdArgs, WebhookAttempt } from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { WebhooksService } from './webhooks.service';

@ArgsType()
class WebhookAttemptsArgs extends SubscriptionIdArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Most recent attempts first, 1 to 500.' })
  @IsInt()
  @Min(1)
  @Max(500)
  first: number = 50;
}

@Resolver()
export class WebhooksResolver {
  constructor(private readonly webhooks: WebhooksService) {}

  @Query(() => [DeadLetter], { description: '死信 events this webhook gave up on' })
  @Operation('subscription.read')
  deadLetters(@Args() args: SubscriptionIdArgs) {
    return this.webhooks.deadLetters(args.id);
  }

  @Query(() => [WebhookAttempt], { description: '推送记录 recent delivery attempts, newest first' })
  @Operation('subscription.read')
  webhookAttempts(@Args() args: WebhookAttemptsArgs) {
    return this.webhooks.attempts(args.id, args.first);
  }

  @Mutation(() => Int, { description: '重新推送死信 deliver every dead letter again, in order, before new events; returns how many' })
  @Operation('deadLetters.redeliver')
  redeliverDeadLetters(@Ctx() ctx: RequestContext, @Args() args: SubscriptionIdArgs) {
    return this.webhooks.redeliver(ctx, args.id);
  }
}
