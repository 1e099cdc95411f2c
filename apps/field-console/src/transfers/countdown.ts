/**
 * 工作日倒计时: how many working days are left before a deadline, counted on the hub's working-day
 * calendar (the weekday rule with the year's exceptions: holidays off, adjusted weekend days on), by
 * Asia/Shanghai dates as every deadline of the regulation is.
 */
export interface CalendarException {
  date: string;
  working: boolean;
}

/** The years the hub's calendar holds (calendarYear answered) and their exceptions. */
export interface HeldCalendar {
  years: ReadonlySet<number>;
  exceptions: readonly CalendarException[];
}

/** CALENDAR_MISSING: the count reaches a year the hub does not hold, which is never guessed by the weekday rule. */
export type Countdown =
  { kind: 'OVERDUE' } | { kind: 'TODAY' } | { kind: 'LEFT'; workingDays: number } | { kind: 'CALENDAR_MISSING'; year: number };

const DAY = 86_400_000;

/** The Asia/Shanghai date (YYYY-MM-DD) of an instant (UTC+8, no daylight saving). */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function isWorking(date: string, exceptions: ReadonlyMap<string, boolean>): boolean {
  const held = exceptions.get(date);
  if (held !== undefined) return held;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/**
 * The working days after today up to and including the deadline's date; TODAY when the deadline falls
 * later today (or on the next working day's count of zero), OVERDUE once it has passed, CALENDAR_MISSING
 * when a day to count lies in a year the calendar does not hold.
 */
export function workingDayCountdown(now: Date, dueAt: Date, calendar: HeldCalendar): Countdown {
  if (dueAt.getTime() <= now.getTime()) return { kind: 'OVERDUE' };
  const held = new Map(calendar.exceptions.map((day) => [day.date, day.working]));
  const today = shanghaiDate(now);
  const dueDate = shanghaiDate(dueAt);
  let workingDays = 0;
  for (let t = new Date(`${today}T00:00:00Z`).getTime() + DAY; t <= new Date(`${dueDate}T00:00:00Z`).getTime(); t += DAY) {
    const date = new Date(t).toISOString().slice(0, 10);
    const year = Number(date.slice(0, 4));
    if (!calendar.years.has(year)) return { kind: 'CALENDAR_MISSING', year };
    if (isWorking(date, held)) workingDays++;
  }
  return workingDays === 0 ? { kind: 'TODAY' } : { kind: 'LEFT', workingDays };
}

/** The countdown as the officer reads it. */
export function countdownText(countdown: Countdown): string {
  switch (countdown.kind) {
    case 'OVERDUE':
      return '已逾期';
    case 'TODAY':
      return '今日到期';
    case 'LEFT':
      return `剩余 ${countdown.workingDays} 个工作日`;
    case 'CALENDAR_MISSING':
      return `工作日历缺少${countdown.year}年`;
  }
}

type HeldYear = { exceptions: readonly CalendarException[] } | null | undefined;

/**
 * The calendar as a screen asked for it: `calendarYear` of this year and the next, each null when the hub
 * does not hold that year (it is then not counted: its days show 工作日历缺少…).
 */
export function heldCalendar(year: number, thisYear: HeldYear, nextYear: HeldYear): HeldCalendar {
  const years = [thisYear ? year : null, nextYear ? year + 1 : null].filter((y): y is number => y !== null);
  return { years: new Set(years), exceptions: [...(thisYear?.exceptions ?? []), ...(nextYear?.exceptions ?? [])] };
}
