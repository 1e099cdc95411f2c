import { ReportSchedule } from '@hub/shared-schema';

/** A report's period: Shanghai calendar dates, both inclusive. */
export interface ReportPeriod {
  from: string;
  to: string;
}

const MONTHS: Record<ReportSchedule, number> = { MONTHLY: 1, QUARTERLY: 3, HALF_YEARLY: 6, YEARLY: 12 };
/**
 * Reports run at 02:00 Asia/Shanghai on the first day after their period, not at midnight: a
 * department's nightly push of the last day has landed by then. Shanghai keeps no daylight saving,
 * so the offset is a constant.
 */
const RUN_HOUR = 2;
const SHANGHAI_OFFSET_HOURS = 8;

/** Year and month (0-11) of an instant on the Shanghai calendar. */
function shanghaiMonth(at: Date): { year: number; month: number } {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_HOURS * 3_600_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() };
}

/** The run time for the period starting in this month (Date.UTC rolls months past 11 over). */
function runAt(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1, RUN_HOUR - SHANGHAI_OFFSET_HOURS));
}

function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

/** When a report saved at `now` first runs: just after the period `now` falls in has ended. */
export function firstRunAfter(now: Date, schedule: ReportSchedule): Date {
  const { year, month } = shanghaiMonth(now);
  const periodStart = month - (month % MONTHS[schedule]);
  return runAt(year, periodStart + MONTHS[schedule]);
}

/** The period a run at `run` (a time given by firstRunAfter or nextRunAfter) reports: the one just ended. */
export function periodBefore(run: Date, schedule: ReportSchedule): ReportPeriod {
  const { year, month } = shanghaiMonth(run);
  return { from: isoDate(year, month - MONTHS[schedule], 1), to: isoDate(year, month, 0) };
}

/** The run after `run`, one period later. */
export function nextRunAfter(run: Date, schedule: ReportSchedule): Date {
  const { year, month } = shanghaiMonth(run);
  return runAt(year, month + MONTHS[schedule]);
}

/** A period as its report's title names it: `2026-11` for a month, `2026-Q4` a quarter, `2026-H2` a half year, `2026` a year. */
export function periodLabel(period: ReportPeriod, schedule: ReportSchedule): string {
  const [year, month] = period.from.split('-');
  const index = Math.floor((Number(month) - 1) / MONTHS[schedule]) + 1;
  switch (schedule) {
    case ReportSchedule.MONTHLY:
      return `${year}-${month}`;
    case ReportSchedule.QUARTERLY:
      return `${year}-Q${index}`;
    case ReportSchedule.HALF_YEARLY:
      return `${year}-H${index}`;
    default:
      return year;
  }
}
