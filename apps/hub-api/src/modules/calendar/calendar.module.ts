import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { CalendarChanges } from './calendar-changes';
import { CalendarRepository } from './calendar.repository';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { HeldCalendar } from './held-calendar';
import { WorkingCalendar } from './working-calendar.service';

/** The working-day calendar (工作日历): held years, working-day arithmetic, its administration, and who hears of a change. */
@Module({
  imports: [OutboxModule],
  providers: [CalendarRepository, HeldCalendar, WorkingCalendar, CalendarChanges, CalendarService, CalendarResolver],
  exports: [WorkingCalendar, CalendarChanges],
})
export class CalendarModule {}
