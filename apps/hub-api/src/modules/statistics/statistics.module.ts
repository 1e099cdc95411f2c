import { Module } from '@nestjs/common';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsService } from './statistics.service';

/** Statistics (§4(1)4 统计): aggregates over the shared records; 台账 entries are `ledgers/`. */
@Module({
  providers: [StatisticsRepository, StatisticsService, StatisticsResolver],
})
export class StatisticsModule {}
