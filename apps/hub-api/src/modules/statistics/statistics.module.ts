import { Module } from '@nestjs/common';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

/** Ledgers and statistics over the shared records (§4(1)4 statistical data; the supervisors' overview, §4(4)1②). */
@Module({
  providers: [StatisticsService, StatisticsResolver],
})
export class StatisticsModule {}
