/** An instant as the officer reads it: Shanghai time, 24-hour (2026/6/8 23:59:59). */
export const dateTime = (iso: string): string => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** The browser's local time as a datetime-local input's value (to the minute), for a form's "now". */
export function localMinutes(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}
