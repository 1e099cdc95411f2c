/**
 * Strict dates and date-times. JavaScript's Date parser is lenient — `2026-04-31T10:00:00Z` becomes
 * 1 May, `2026-02-30` becomes 2 March — so a value is accepted only when the calendar date exists and
 * reads back exactly as written.
 */

/** RFC 3339 date-time: date, `T`, time with optional fraction, and a zone (`Z` or ±HH:MM) — never local time. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether year-month-day is a day of the (proleptic Gregorian) calendar. */
export function isRealCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** `YYYY-MM-DD` naming a day that exists (2024-02-30 does not). */
export function isStrictDate(text: unknown): text is string {
  const match = typeof text === 'string' ? DATE.exec(text) : null;
  return match !== null && isRealCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The instant an RFC 3339 date-time names, or null when it is malformed or names a day or time that does not exist. */
export function parseStrictDateTime(text: unknown): Date | null {
  const match = typeof text === 'string' ? DATE_TIME.exec(text) : null;
  if (!match) return null;
  const [, year, month, day, hour, minute, second, , , zoneHours, zoneMinutes] = match;
  if (!isRealCalendarDate(Number(year), Number(month), Number(day))) return null;
  // No leap seconds: PostgreSQL's timestamptz has none either.
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  if (zoneHours !== undefined && (Number(zoneHours) > 23 || Number(zoneMinutes) > 59)) return null;
  const instant = new Date(text as string);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
