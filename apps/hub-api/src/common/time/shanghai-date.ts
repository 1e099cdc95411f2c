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
