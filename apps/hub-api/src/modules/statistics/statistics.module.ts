import { Module } from '@nestjs/common';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

/** Ledgers and statistics over the shared records (issue #6). */
@Module({
  providers: [StatisticsService, StatisticsResolver],
})
export class StatisticsModule {}
