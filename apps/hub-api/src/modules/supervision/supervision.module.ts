import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { SupervisionRepository } from './supervision.repository';
import { SupervisionResolver } from './supervision.resolver';
import { SupervisionService } from './supervision.service';

/** Supervision (督查, §6(3), §4(4)1②): overdue items by 责任单位, timeliness per unit and period, the league table. */
@Module({
  imports: [CalendarModule],
  providers: [SupervisionRepository, SupervisionService, SupervisionResolver],
})
export class SupervisionModule {}
