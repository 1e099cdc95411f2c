import { Injectable } from '@nestjs/common';
import { endOfShanghaiDay, shanghaiDateOf } from '../../common/time/shanghai-date';
import { HeldCalendar } from './held-calendar';
import {
  calendarDay,
  nthWorkingDayAfter,
  nthWorkingDayBefore,
  WorkingDayCount,
  workingDaysAfter,
  yearOf,
  yearsBetween,
  yearsReachable,
  yearsReachableBack,
} from './working-days';

/** A deadline with its arithmetic: the start's Shanghai date, the due time and the days counted and skipped. */
export interface WorkingDeadlineCount extends WorkingDayCount {
  startDate: string;
  dueAt: Date;
}

/**
 * Working-day arithmetic on the official calendar (DOMAIN.md "Working days"), in Asia/Shanghai, from
 * the years the hub holds. A count that must look at a year not held is refused with
 * CALENDAR_YEAR_MISSING naming the year. `field`, where given, names the caller's argument at fault.
 */
@Injectable()
export class WorkingCalendar {
  constructor(private readonly held: HeldCalendar) {}

  /**
   * §4(3)3: the end (23:59:59.999 Asia/Shanghai) of the n-th working day after the Shanghai date of
   * `from`; the day of `from` itself is not counted (n >= 1).
   */
  async addWorkingDays(from: Date, n: number, field?: string): Promise<Date> {
    return (await this.deadline(from, n, field)).dueAt;
  }

  /** As addWorkingDays, with the days it counted and skipped (the `deadline` query shows them). */
  async deadline(from: Date, n: number, field?: string): Promise<WorkingDeadlineCount> {
    const startDate = shanghaiDateOf(from);
    const years = await this.held.years(yearsReachable(startDate, n));
    const count = nthWorkingDayAfter(startDate, n, years, field);
    return { ...count, startDate, dueAt: endOfShanghaiDay(count.dueDate) };
  }

  /** Working days after the Shanghai date `from` up to and including `to` (YYYY-MM-DD); 0 when `to` is not after `from`. */
  async workingDaysBetween(from: string, to: string, field?: string): Promise<number> {
    return workingDaysAfter(from, to, await this.held.years(yearsBetween(from, to)), field);
  }

  /** The n-th working day before the date (YYYY-MM-DD), that day not counted (§4(4)2①: topics 5 working days before a meeting). */
  async workingDaysBefore(date: string, n: number, field?: string): Promise<string> {
    return nthWorkingDayBefore(date, n, await this.held.years(yearsReachableBack(date, n)), field);
  }

  async isWorkingDay(date: string, field?: string): Promise<boolean> {
    return calendarDay(date, await this.held.years([yearOf(date)]), field).working;
  }
}
