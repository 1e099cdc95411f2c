import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ExplainSharingGapInput, SharingGap, SharingGapConnection, SharingGapsArgs } from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { SharingGapsService } from './sharing-gaps.service';

/** 共享缺失 (§6(3)): the supervisors' list of failures to share that no one reported, and their explanations. */
@Resolver()
export class SharingGapsResolver {
  constructor(private readonly service: SharingGapsService) {}

  @Query(() => SharingGapConnection, {
    description:
      '共享缺失 应共享未共享 failures to share no one reported (§6(3)), newest first: silent publishers, unpublished licences, results not reported, normative changes unacknowledged',
  })
  @Operation('sharingGap.read')
  sharingGaps(@Ctx() ctx: RequestContext, @Args() args: SharingGapsArgs) {
    return this.service.list(ctx, args);
  }

  @Mutation(() => SharingGap, { description: '说明共享缺失 mark a sharing gap as explained, with a note (audited)' })
  @Operation('sharingGap.explain')
  explainSharingGap(@Ctx() ctx: RequestContext, @Args('input') input: ExplainSharingGapInput) {
    return this.service.explain(ctx, input);
  }
}
