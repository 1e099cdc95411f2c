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
import { Actor } from '../../common/auth/actor';
import { CurrentActor, Operation } from '../../common/auth/auth.decorators';
import { OtherInfoKindsService } from './other-info-kinds.service';
import { OtherInfoService } from './other-info.service';

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
  publishOtherEnforcementInfo(@Args('input') input: OtherEnforcementInfoInput, @CurrentActor() actor: Actor) {
    return this.otherInfo.publish(input, actor);
  }

  @Mutation(() => BatchPublishResult, { description: '批量推送其他执法信息 up to 1,000; each answered on its own' })
  @Operation('otherInfo.publish')
  publishOtherEnforcementInfos(@Args() args: PublishOtherInfoBatchArgs, @CurrentActor() actor: Actor) {
    return this.otherInfo.publishBatch(args.records, actor, args.dryRun);
  }

  @Query(() => OtherEnforcementInfoConnection, { description: '其他执法信息查询' })
  @Operation('records.read')
  otherEnforcementInfo(@Args() args: OtherEnforcementInfoArgs) {
    return this.otherInfo.list(args);
  }
}
