import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  BatchPublishResult,
  PenaltyDecisionConnection,
  PenaltyDecisionInput,
  PenaltyDecisionsArgs,
  PublishPenaltyBatchArgs,
  PublishResult,
  SINGLE_PUBLISH_ERRORS,
} from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { PenaltiesService } from './penalties.service';

@Resolver()
export class PenaltiesResolver {
  constructor(private readonly penaltiesService: PenaltiesService) {}

  @Mutation(() => PublishResult, {
    description: '推送处罚信息 publish one penalty or compulsory measure of your town (§4(1)3)' + SINGLE_PUBLISH_ERRORS,
  })
  @Operation('penalty.publish')
  publishPenaltyDecision(@Ctx() ctx: RequestContext, @Args('input') input: PenaltyDecisionInput) {
    return this.penaltiesService.publish(ctx, input);
  }

  @Mutation(() => BatchPublishResult, { description: '批量推送处罚信息 publish up to 1,000; each answered on its own' })
  @Operation('penalty.publish')
  publishPenaltyDecisions(@Ctx() ctx: RequestContext, @Args() args: PublishPenaltyBatchArgs) {
    return this.penaltiesService.publishBatch(ctx, args.records, args.dryRun);
  }

  @Query(() => PenaltyDecisionConnection, { description: '处罚信息查询 penalties and compulsory measures, newest decision first' })
  @Operation('records.read')
  penaltyDecisions(@Ctx() ctx: RequestContext, @Args() args: PenaltyDecisionsArgs) {
    return this.penaltiesService.list(ctx, args);
  }
}
