import { ReportSchedule, SupervisionPeriodKind } from '@hub/shared-schema';
import { isoDate, PERIOD_MONTHS, periodStartingOn } from '../supervision/supervision-period';

/** A report's period: Shanghai calendar dates, both inclusive. */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** The calendar period each schedule reports: a quarterly report, the quarter just ended. */
export const PERIOD_KIND_OF: Record<ReportSchedule, SupervisionPeriodKind> = {
  MONTHLY: SupervisionPeriodKind.MONTH,
  QUARTERLY: SupervisionPeriodKind.QUARTER,
  HALF_YEARLY: SupervisionPeriodKind.HALF_YEAR,
  YEARLY: SupervisionPeriodKind.YEAR,
};
const MONTHS = Object.fromEntries(Object.entries(PERIOD_KIND_OF).map(([s, kind]) => [s, PERIOD_MONTHS[kind]])) as Record<
  ReportSchedule,
  number
>;
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
  return periodStartingOn(PERIOD_KIND_OF[schedule], period.from)!.label;
}
