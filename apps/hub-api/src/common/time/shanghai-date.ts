const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const MINUTE_MS = 60_000;

/** The last minute formatted: Intl formatting was a measurable share of a permit check's CPU. */
let memo = { minute: Number.NaN, date: '' };

/**
 * `now`'s date in Asia/Shanghai as YYYY-MM-DD (today's: `clock.today()`): the day a licence's validity is judged by. Shanghai is
 * a whole number of hours from UTC, so the date only changes on a minute boundary and one formatting
 * per minute is exact.
 */
export function shanghaiToday(now: Date): string {
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  if (minute !== memo.minute) memo = { minute, date: SHANGHAI_DATE.format(now) };
  return memo.date;
}

/*
 * Day arithmetic in Asia/Shanghai for the working calendar. China has kept UTC+8 without daylight
 * saving since 1992, so a Shanghai date is the UTC date of the instant 8 hours later, exactly, for
 * every year the calendar holds; dates (YYYY-MM-DD) are stepped as UTC days, which have no zone.
 */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The date in Asia/Shanghai (YYYY-MM-DD) of any instant. */
export function shanghaiDateOf(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The last millisecond (23:59:59.999 Asia/Shanghai) of `date`: a deadline that ends with its day. */
export function endOfShanghaiDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS - 1 - SHANGHAI_OFFSET_MS);
}

/** `date` moved by `days` (negative: back), YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}
