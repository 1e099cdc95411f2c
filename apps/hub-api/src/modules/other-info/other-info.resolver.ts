import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  BatchPublishResult,
  OtherEnforcementInfoArgs,
  OtherEnforcementInfoConnection,
  OtherEnforcementInfoInput,
  OtherInfoKind,
  OtherInfoKindInput,
  PublishOtherInfoBatchArgs,
  PublishResult,
  SINGLE_PUBLISH_ERRORS,
} from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { OtherInfoKindsService } from './other-info-kinds.service';
import { OtherInfoService } from './other-info.service';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';

@Resolver()
export class OtherInfoResolver {
  constructor(
    private readonly otherInfo: OtherInfoService,
    private readonly kinds: OtherInfoKindsService,
  ) {}

  @Mutation(() => OtherInfoKind, {
    description: '登记信息类型 declare a kind of other enforcement information and its JSON Schema (admin)',
  })
  @Operation('otherInfoKind.save')
  saveOtherInfoKind(@Args('input') input: OtherInfoKindInput) {
    return this.kinds.save(input);
  }

  @Query(() => [OtherInfoKind], { description: '信息类型 declared kinds of other enforcement information' })
  @Operation('records.read')
  otherInfoKinds() {
    return this.kinds.list();
  }

  @Mutation(() => PublishResult, { description: '推送其他执法信息 publish other enforcement information (§4(1)7)' + SINGLE_PUBLISH_ERRORS })
  @Operation('otherInfo.publish')
  publishOtherEnforcementInfo(@Ctx() ctx: RequestContext, @Args('input') input: OtherEnforcementInfoInput) {
    return this.otherInfo.publish(ctx, input);
  }

  @Mutation(() => BatchPublishResult, { description: '批量推送其他执法信息 up to 1,000; each answered on its own' })
  @Operation('otherInfo.publish')
  publishOtherEnforcementInfos(@Ctx() ctx: RequestContext, @Args() args: PublishOtherInfoBatchArgs) {
    return this.otherInfo.publishBatch(ctx, args.records, args.dryRun);
  }

  @Query(() => OtherEnforcementInfoConnection, { description: '其他执法信息查询' })
  @Operation('records.read')
  otherEnforcementInfo(@Args() args: OtherEnforcementInfoArgs) {
    return this.otherInfo.list(args);
  }
}
