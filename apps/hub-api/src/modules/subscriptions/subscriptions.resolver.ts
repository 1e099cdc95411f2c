import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AcknowledgeEventsArgs,
  CreateSubscriptionInput,
  EventPage,
  EventsArgs,
  ReplaySubscriptionArgs,
  RotateWebhookSecretArgs,
  EventSubscription,
  SubscriptionIdArgs,
  SubscriptionLag,
  SubscriptionWithSecret,
  UnitCodeArgs,
  UpdateSubscriptionInput,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { CurrentActor, Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { SubscriptionsService } from './subscriptions.service';

@Resolver(() => EventSubscription)
export class SubscriptionsResolver {
  constructor(private readonly service: SubscriptionsService) {}

  @Mutation(() => SubscriptionWithSecret, { description: '新建订阅 subscribe a unit to the change log; a webhook secret is shown once' })
  @Operation('subscription.create')
  createSubscription(@Args('input') input: CreateSubscriptionInput, @CurrentActor() actor: Actor) {
    return this.service.create(input, actor);
  }

  @Mutation(() => EventSubscription, { description: '修改订阅 change filters or endpoint, pause or resume' })
  @Operation('subscription.update')
  updateSubscription(@Args('input') input: UpdateSubscriptionInput) {
    return this.service.update(input);
  }

  @Mutation(() => EventSubscription, { description: '删除订阅 stop and remove a subscription with its delivery records' })
  @Operation('subscription.delete')
  deleteSubscription(@Args() args: SubscriptionIdArgs) {
    return this.service.remove(args.id);
  }

  @Mutation(() => SubscriptionWithSecret, { description: '轮换密钥 new webhook secret; the old one keeps signing during the overlap' })
  @Operation('subscription.rotateSecret')
  rotateWebhookSecret(@Args() args: RotateWebhookSecretArgs) {
    return this.service.rotateSecret(args.id, args.overlapMinutes);
  }

  @Mutation(() => EventSubscription, { description: '重放 deliver (or offer to pull) again every matching event after a position' })
  @Operation('subscription.replay')
  replaySubscription(@Args() args: ReplaySubscriptionArgs) {
    return this.service.replay(args.id, args.after);
  }

  // Whoever was handed the subscription may see how far behind it is (the console's 对接健康).
  @ResolveField(() => SubscriptionLag, { description: '积压 events after its position and the age of the oldest one' })
  lag(@Parent() subscription: EventSubscription) {
    return this.service.lag(subscription.id);
  }

  @Query(() => [EventSubscription], { description: '本单位订阅 the subscriptions of a unit' })
  @Operation('subscription.list')
  subscriptions(@Args() args: UnitCodeArgs) {
    return this.service.list(args.unitCode);
  }

  @Query(() => EventSubscription, { description: '订阅 one subscription and its delivery state' })
  @Operation('subscription.read')
  subscription(@Args() args: SubscriptionIdArgs) {
    return this.service.get(args.id);
  }

  @Query(() => EventPage, { description: "拉取事件 the pull feed: a subscription's events in log order" })
  @Operation('events.read')
  events(@Ctx() ctx: RequestContext, @Args() args: EventsArgs) {
    return this.service.feed(ctx, args);
  }

  @Mutation(() => EventSubscription, { description: '确认已处理 acknowledge every event up to a position (pull feed)' })
  @Operation('events.acknowledge')
  acknowledgeEvents(@Args() args: AcknowledgeEventsArgs) {
    return this.service.acknowledge(args.subscriptionId, args.position);
  }
}
