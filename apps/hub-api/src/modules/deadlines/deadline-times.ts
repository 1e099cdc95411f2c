import { endOfShanghaiDay, shanghaiDateOf } from '../../common/time/shanghai-date';

/** How long a deadline runs: working days of the official calendar, or clock hours ("24 hours" is clock time). */
export type DeadlineRule = { workingDays: number } | { hours: number };

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Longest rule accepted: a year of days or hours; anything longer is a caller's mistake, not a deadline. */
const MAX_WORKING_DAYS = 260;
const MAX_HOURS = 24 * 366;

export function isWorkingDayRule(rule: DeadlineRule): rule is { workingDays: number } {
  return 'workingDays' in rule;
}

/** A rule has exactly one of its two lengths, a whole positive number within a year. */
export function isValidRule(rule: unknown): rule is DeadlineRule {
  if (typeof rule !== 'object' || rule === null) return false;
  const keys = Object.keys(rule);
  if (keys.length !== 1) return false;
  const [key] = keys;
  const value = (rule as Record<string, unknown>)[key];
  const max = key === 'workingDays' ? MAX_WORKING_DAYS : key === 'hours' ? MAX_HOURS : 0;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
}

/** The rule as its two columns, and back. */
export function ruleColumns(rule: DeadlineRule): { ruleWorkingDays: number | null; ruleHours: number | null } {
  return isWorkingDayRule(rule) ? { ruleWorkingDays: rule.workingDays, ruleHours: null } : { ruleWorkingDays: null, ruleHours: rule.hours };
}

export function ruleOf(row: { ruleWorkingDays: number | null; ruleHours: number | null }): DeadlineRule {
  if (row.ruleWorkingDays !== null) return { workingDays: row.ruleWorkingDays };
  if (row.ruleHours !== null) return { hours: row.ruleHours };
  throw new Error('a deadline row without a rule (the table check forbids it)');
}

/** An hours rule's due time: clock time from the triggering event, whatever the calendar says. */
export function hoursDueAt(startedAt: Date, hours: number): Date {
  return new Date(startedAt.getTime() + hours * HOUR_MS);
}

/**
 * When the reminder goes out, one working day before the deadline:
 * - a working-day rule ends at 23:59:59.999 of its last working day, so the reminder comes at 00:00
 *   Asia/Shanghai of that day: the unit has that whole working day left to act (a deadline due on a
 *   Monday is reminded on Monday at 00:00, not over the weekend);
 * - an hours rule is clock time, so its reminder is too: when three quarters of it have passed and at
 *   most 24 hours before the end (24 h, urgent transfers: 18 h after the event, 6 h before it is due;
 *   96 h or more: 24 h before).
 * None when that moment would not come after the start.
 */
export function reminderAt(rule: DeadlineRule, startedAt: Date, dueAt: Date): Date | null {
  const remindAt = isWorkingDayRule(rule)
    ? new Date(endOfShanghaiDay(shanghaiDateOf(dueAt)).getTime() + 1 - DAY_MS)
    : new Date(dueAt.getTime() - Math.min(DAY_MS, (rule.hours * HOUR_MS) / 4));
  return remindAt.getTime() > startedAt.getTime() ? remindAt : null;
}
