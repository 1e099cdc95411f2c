import { Args, Query, Resolver } from '@nestjs/graphql';
import { StatisticsArgs, StatisticsTable } from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { StatisticsService } from './statistics.service';

const DESCRIPTION =
  '统计 counts, sums and distributions of shared records grouped by township, unit, matter, category, status … and period';

@Resolver()
export class StatisticsResolver {
  constructor(private readonly service: StatisticsService) {}

  @Query(() => StatisticsTable, { description: DESCRIPTION })
  @Operation('statistics.read')
  statistics(@Ctx() ctx: RequestContext, @Args() args: StatisticsArgs) {
    return this.service.table(ctx, args);
  }

  /** The first release's name; 台账 (ledger) now names only the §4(1)4 ledger entries (`ledgerEntries`). */
  @Query(() => StatisticsTable, {
    name: 'ledger',
    description: DESCRIPTION,
    deprecationReason: 'Use `statistics`: 台账 (ledger) names the §4(1)4 ledger entries (`ledgerEntries`). Kept for one release.',
  })
  @Operation('statistics.read')
  ledger(@Ctx() ctx: RequestContext, @Args() args: StatisticsArgs) {
    return this.service.table(ctx, args);
  }
}
