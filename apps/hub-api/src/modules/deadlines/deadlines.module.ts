import { Module, OnModuleInit } from '@nestjs/common';
import { CalendarChanges } from '../calendar/calendar-changes';
import { CalendarModule } from '../calendar/calendar.module';
import { OutboxModule } from '../outbox/outbox.module';
import { DeadlineSweeper } from './deadline-sweeper.service';
import { DeadlinesRepository } from './deadlines.repository';
import { DeadlinesService } from './deadlines.service';

/**
 * Deadlines that mark themselves (#15 §5), for any workflow: it starts, stops and moves its items'
 * deadlines through DeadlinesService; the sweep reminds and marks them; a corrected calendar day
 * recomputes the open ones counted over it.
 */
@Module({
  imports: [CalendarModule, OutboxModule],
  providers: [DeadlinesRepository, DeadlinesService, DeadlineSweeper],
  exports: [DeadlinesService],
})
export class DeadlinesModule implements OnModuleInit {
  constructor(
    private readonly calendarChanges: CalendarChanges,
    private readonly deadlines: DeadlinesService,
  ) {}

  onModuleInit(): void {
    this.calendarChanges.onChange((ctx, change) => this.deadlines.recomputeForCalendar(ctx, change));
  }
}
