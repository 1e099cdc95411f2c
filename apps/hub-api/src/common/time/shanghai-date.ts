const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Asia/Shanghai as YYYY-MM-DD: the day a licence's validity is judged by. */
export function shanghaiToday(now: Date = new Date()): string {
  return SHANGHAI_DATE.format(now);
}
