import { CalendarDay, CalendarDayKind } from '@hub/shared-schema';
import { addDays, isoWeekday } from '../../common/time/shanghai-date';
import { calendarYearMissing } from './calendar.errors';

/** A day that differs from the weekday rule, as the calendar holds it. */
export interface CalendarException {
  date: string;
  kind: typeof CalendarDayKind.HOLIDAY | typeof CalendarDayKind.WORKDAY;
  name: string;
  notice: string;
}

/** A year the calendar holds: where it came from, and its exceptions by date. */
export interface HeldYear {
  year: number;
  /** The year's stable id: the subject of its `calendar.changed` events. */
  id: string;
  source: string;
  notice: string;
  loadedAt: Date;
  loadedBy: string | null;
  correctedAt: Date | null;
  correctedBy: string | null;
  exceptions: ReadonlyMap<string, CalendarException>;
}

/** The years at hand for one computation; a year absent here is one the calendar does not hold. */
export type HeldYears = ReadonlyMap<number, HeldYear>;

export const yearOf = (date: string): number => Number(date.slice(0, 4));

/**
 * What `date` is: an exception of its year, else the weekday rule (Monday to Friday work). A date in a
 * year not held is refused (CALENDAR_YEAR_MISSING), never guessed by the weekday rule.
 */
export function calendarDay(date: string, years: HeldYears, field?: string): CalendarDay {
  const held = years.get(yearOf(date));
  if (!held) throw calendarYearMissing(yearOf(date), field);
  const weekday = isoWeekday(date);
  const exception = held.exceptions.get(date);
  if (exception) {
    const working = exception.kind === CalendarDayKind.WORKDAY;
    return { date, weekday, kind: exception.kind, working, name: exception.name, notice: exception.notice };
  }
  return { date, weekday, kind: CalendarDayKind.ORDINARY, working: weekday <= 5, name: null, notice: null };
}

export interface WorkingDayCount {
  /** The n-th working day after the start. */
  dueDate: string;
  /** The working days counted, in order. */
  counted: CalendarDay[];
  /** The weekends and holidays passed over on the way. */
  skipped: CalendarDay[];
}

/**
 * DOMAIN.md "Working days", §4(3)3: the day of the triggering event is not counted; counting starts the
 * next day, and the deadline is the n-th working day (adjusted working Saturdays and Sundays count,
 * holidays and ordinary weekends do not).
 */
export function nthWorkingDayAfter(startDate: string, n: number, years: HeldYears, field?: string): WorkingDayCount {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a deadline counts at least one whole working day, not ${n}`);
  const counted: CalendarDay[] = [];
  const skipped: CalendarDay[] = [];
  let date = startDate;
  while (counted.length < n) {
    date = addDays(date, 1);
    const day = calendarDay(date, years, field);
    (day.working ? counted : skipped).push(day);
  }
  return { dueDate: date, counted, skipped };
}

/**
 * The n-th working day before `date` (that day itself not counted), counting back: §4(4)2① collects a
 * meeting's topics 5 working days before it. A day in a year not held is refused, as counting forward.
 */
export function nthWorkingDayBefore(date: string, n: number, years: HeldYears, field?: string): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`counting back takes at least one whole working day, not ${n}`);
  let counted = 0;
  let day = date;
  while (counted < n) {
    day = addDays(day, -1);
    if (calendarDay(day, years, field).working) counted++;
  }
  return day;
}

/** The years counting n working days back from `date` may look at (see yearsReachable). */
export function yearsReachableBack(date: string, n: number): number[] {
  const first = yearOf(addDays(date, -(2 * n + 30)));
  const last = yearOf(date);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Working days after `from` up to and including `to`; none when `to` is not after `from`. */
export function workingDaysAfter(from: string, to: string, years: HeldYears, field?: string): number {
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (calendarDay(date, years, field).working) count++;
  }
  return count;
}

/** The years a count of `n` working days after `startDate` can reach: enough calendar days that n working days surely fit. */
export function yearsReachable(startDate: string, n: number): number[] {
  // The longest run of days off in any notice is 9 (春节 2026) and weekends take 2 of 7, so 2n + 30 days
  // always hold n working days.
  const first = yearOf(addDays(startDate, 1));
  const last = yearOf(addDays(startDate, 2 * n + 30));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Years from the one after `from` through the one of `to`. */
export function yearsBetween(from: string, to: string): number[] {
  const first = yearOf(addDays(from, 1));
  const last = Math.max(first, yearOf(to));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Working days in a held year. */
export function workingDayCount(year: HeldYear): number {
  const years = new Map([[year.year, year]]);
  return workingDaysAfter(`${year.year - 1}-12-31`, `${year.year}-12-31`, years);
}
