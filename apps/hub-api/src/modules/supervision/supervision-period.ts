import { SupervisionPeriodKind } from '@hub/shared-schema';

/**
 * A supervision period on the Shanghai calendar: `from`..`to` its dates (both inclusive), `start`..`end`
 * the instants bounding it (start inclusive, end exclusive: Shanghai midnight of the day after `to`).
 * Shanghai keeps UTC+8 without daylight saving, so midnight there is 16:00 UTC the day before.
 */
export interface SupervisionPeriodBounds {
  kind: SupervisionPeriodKind;
  year: number;
  index: number;
  from: string;
  to: string;
  start: Date;
  end: Date;
  label: string;
}

/** Months per period kind, and how many periods of it a year holds. */
export const PERIOD_MONTHS: Record<SupervisionPeriodKind, number> = { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 };
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export const periodsPerYear = (kind: SupervisionPeriodKind): number => 12 / PERIOD_MONTHS[kind];

/** YYYY-MM-DD of a calendar day (Date.UTC rolls months and days over). */
export const isoDate = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
const shanghaiMidnight = (year: number, month: number) => new Date(Date.UTC(year, month, 1) - SHANGHAI_OFFSET_MS);

function label(kind: SupervisionPeriodKind, year: number, index: number): string {
  switch (kind) {
    case 'MONTH':
      return `${year}-${String(index).padStart(2, '0')}`;
    case 'QUARTER':
      return `${year}-Q${index}`;
    case 'HALF_YEAR':
      return `${year}-H${index}`;
    default:
      return `${year}`;
  }
}

/** The period's bounds; null when `index` is not one of the kind's (month 1-12, quarter 1-4, half 1-2, year 1). */
export function periodBounds(kind: SupervisionPeriodKind, year: number, index: number): SupervisionPeriodBounds | null {
  if (!Number.isInteger(index) || index < 1 || index > periodsPerYear(kind)) return null;
  const months = PERIOD_MONTHS[kind];
  const firstMonth = (index - 1) * months;
  return {
    kind,
    year,
    index,
    from: isoDate(year, firstMonth, 1),
    to: isoDate(year, firstMonth + months, 0),
    start: shanghaiMidnight(year, firstMonth),
    end: shanghaiMidnight(year, firstMonth + months),
    label: label(kind, year, index),
  };
}

/** The period of the same kind just before (Q1 2027 → Q4 2026). */
export function previousPeriod(period: Pick<SupervisionPeriodBounds, 'kind' | 'year' | 'index'>): SupervisionPeriodBounds {
  const previous =
    period.index > 1
      ? periodBounds(period.kind, period.year, period.index - 1)
      : periodBounds(period.kind, period.year - 1, periodsPerYear(period.kind));
  return previous!;
}

/** The period of `kind` whose first Shanghai day is `from` (YYYY-MM-DD, the first of a month): what a saved report's run reports. */
export function periodStartingOn(kind: SupervisionPeriodKind, from: string): SupervisionPeriodBounds | null {
  const [year, month] = from.split('-').map(Number);
  const months = PERIOD_MONTHS[kind];
  if ((month - 1) % months !== 0) return null;
  return periodBounds(kind, year, (month - 1) / months + 1);
}
