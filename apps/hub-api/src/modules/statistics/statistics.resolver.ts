import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ledger, LedgerArgs } from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { StatisticsService } from './statistics.service';

@Resolver()
export class StatisticsResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @Query(() => Ledger, {
    description:
      '统计台账 counts, sums and distributions of shared records grouped by township, unit, matter, category, status … and period',
  })
  @Operation('statistics.read')
  ledger(@Args() args: LedgerArgs) {
    return this.statistics.ledger(args);
  }
}
