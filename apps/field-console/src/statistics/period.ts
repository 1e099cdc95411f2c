import { shanghaiDate } from '../transfers/countdown';

/** The date ranges a statistician picks from; each is whole calendar units on the Shanghai calendar. */
export type RangePreset = 'THIS_MONTH' | 'LAST_MONTH' | 'THIS_QUARTER' | 'LAST_QUARTER' | 'THIS_YEAR' | 'LAST_YEAR' | 'ALL_TIME';

export const RANGE_PRESETS: ReadonlyArray<{ value: RangePreset; label: string }> = [
  { value: 'THIS_MONTH', label: '本月' },
  { value: 'LAST_MONTH', label: '上月' },
  { value: 'THIS_QUARTER', label: '本季度' },
  { value: 'LAST_QUARTER', label: '上季度' },
  { value: 'THIS_YEAR', label: '本年' },
  { value: 'LAST_YEAR', label: '上年' },
  { value: 'ALL_TIME', label: '全部' },
];

/** `from`/`to` as the statistics filter takes them (Shanghai dates, both inclusive); neither for ALL_TIME. */
export interface DateRange {
  from?: string;
  to?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of `month` (1..12) of `year`. */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** Months `first`..`first + count - 1` of `year`, where `first` may run below 1 (into the year before). */
function months(year: number, first: number, count: number): DateRange {
  const start = new Date(Date.UTC(year, first - 1, 1));
  const end = new Date(Date.UTC(year, first - 1 + count, 0));
  const y1 = start.getUTCFullYear();
  const m1 = start.getUTCMonth() + 1;
  const y2 = end.getUTCFullYear();
  const m2 = end.getUTCMonth() + 1;
  return { from: `${y1}-${pad(m1)}-01`, to: `${y2}-${pad(m2)}-${pad(lastDay(y2, m2))}` };
}

/** The range a preset names at `now`, on the Shanghai calendar (00:30 on 1 April in Shanghai is April already). */
export function presetRange(preset: RangePreset, now: Date): DateRange {
  const [year, month] = shanghaiDate(now).split('-').map(Number);
  const quarterStart = Math.floor((month - 1) / 3) * 3 + 1;
  switch (preset) {
    case 'THIS_MONTH':
      return months(year, month, 1);
    case 'LAST_MONTH':
      return months(year, month - 1, 1);
    case 'THIS_QUARTER':
      return months(year, quarterStart, 3);
    case 'LAST_QUARTER':
      return months(year, quarterStart - 3, 3);
    case 'THIS_YEAR':
      return months(year, 1, 12);
    case 'LAST_YEAR':
      return months(year - 1, 1, 12);
    case 'ALL_TIME':
      return {};
  }
}

/** The range as a line under the table: 2026-01-01 至 2026-12-31, or 全部日期. */
export function rangeText(range: DateRange): string {
  if (!range.from && !range.to) return '全部日期';
  return `${range.from ?? '最早'} 至 ${range.to ?? '今日'}`;
}
