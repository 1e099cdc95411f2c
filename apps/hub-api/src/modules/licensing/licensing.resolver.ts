import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  BatchPublishResult,
  LicensingDecisionConnection,
  LicensingDecisionInput,
  LicensingDecisionsArgs,
  PermitStatus,
  PermitStatusArgs,
  PublishLicensingBatchArgs,
  PublishResult,
  SINGLE_PUBLISH_ERRORS,
} from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { LicensingService } from './licensing.service';

@Resolver()
export class LicensingResolver {
  constructor(private readonly licensing: LicensingService) {}

  @Mutation(() => PublishResult, {
    description: '推送许可信息 publish one licensing decision of your department (§4(1)2)' + SINGLE_PUBLISH_ERRORS,
  })
  @Operation('licensing.publish')
  publishLicensingDecision(@Ctx() ctx: RequestContext, @Args('input') input: LicensingDecisionInput) {
    return this.licensing.publish(ctx, input);
  }

  @Mutation(() => BatchPublishResult, { description: '批量推送许可信息 publish up to 1,000 licensing decisions; each answered on its own' })
  @Operation('licensing.publish')
  publishLicensingDecisions(@Ctx() ctx: RequestContext, @Args() args: PublishLicensingBatchArgs) {
    return this.licensing.publishBatch(ctx, args.records, args.dryRun);
  }

  @Query(() => LicensingDecisionConnection, { description: '许可信息查询 licensing decisions, newest decision first' })
  @Operation('records.read')
  licensingDecisions(@Ctx() ctx: RequestContext, @Args() args: LicensingDecisionsArgs) {
    return this.licensing.list(ctx, args);
  }

  @Query(() => PermitStatus, { description: '许可核验 does a valid licence cover this matter for this party on this date?' })
  @Operation('records.read')
  permitStatus(@Ctx() ctx: RequestContext, @Args() args: PermitStatusArgs) {
    return this.licensing.permitStatus(ctx, args.uscc, args.matterCode, args.at);
  }
}
