import { Module } from '@nestjs/common';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsService } from './statistics.service';

/** Statistics over the shared records (§4(1)4 statistical data; the supervisors' overview, §4(4)1②); 台账 entries are `ledgers/`. */
@Module({
  providers: [StatisticsRepository, StatisticsService, StatisticsResolver],
})
export class StatisticsModule {}
