import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import {
  SupervisionItemConnection,
  SupervisionItemsArgs,
  SupervisionLeague,
  SupervisionPeriodArgs,
  SupervisionReport,
  SupervisionSummaryArgs,
  SupervisionUnitSummary,
} from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { selectedFields } from '../../graphql/selection';
import { SupervisionService } from './supervision.service';

/** 督查 for the supervisors (§6(3), §4(4)1②): SUPERVISOR and ADMIN only. */
@Resolver()
export class SupervisionResolver {
  constructor(private readonly service: SupervisionService) {}

  @Query(() => SupervisionItemConnection, {
    description: '督办清单 open deadlines overdue or due soon by 责任单位, longest overdue first, with working days overdue',
  })
  @Operation('supervision.read')
  supervisionItems(@Ctx() ctx: RequestContext, @Args() args: SupervisionItemsArgs) {
    return this.service.items(ctx, args);
  }

  @Query(() => [SupervisionUnitSummary], { description: '督办汇总 per 责任单位: overdue, due soon, most working days overdue' })
  @Operation('supervision.read')
  supervisionSummary(@Ctx() ctx: RequestContext, @Args() args: SupervisionSummaryArgs) {
    return this.service.summary(ctx, args);
  }

  @Query(() => SupervisionReport, {
    description: '督查报表 per unit and period: on-time rates with their counts, declines, escalations, refusals, criminal referrals',
  })
  @Operation('supervision.read')
  supervisionReport(@Ctx() ctx: RequestContext, @Args() args: SupervisionPeriodArgs, @Info() info: GraphQLResolveInfo) {
    // Each count beyond the rates is a statement of its own: run only those asked for.
    const asked = selectedFields(info, ['units']);
    return this.service.report(ctx, args, {
      declines: asked.has('declines') || asked.has('escalations'),
      refusals: asked.has('refusals') || asked.has('refusalGrounds'),
      referrals: asked.has('criminalReferralsOpen') || asked.has('criminalReferralsFlagged'),
    });
  }

  @Query(() => SupervisionLeague, {
    description: '通报排名 units ranked on their on-time rate, with the change against the previous period',
  })
  @Operation('supervision.read')
  supervisionLeague(@Ctx() ctx: RequestContext, @Args() args: SupervisionPeriodArgs) {
    return this.service.league(ctx, args);
  }
}
