import chineseDays from 'chinese-days/dist/chinese-days.json';
import { CalendarDayKind } from '@hub/shared-schema';
import { CalendarException, yearOf } from './working-days';

/**
 * The package the calendar is seeded from, as `calendar_year.source` names it. Pinned exactly in
 * package.json (a spec checks the two agree): its 2025 and 2026 data match the State Council notices day
 * for day (ECOSYSTEM.md). It answers every year it lacks by the weekday rule, so it is never asked at run
 * time: its data is loaded into our own table, and a year it lacks is one the hub does not hold.
 */
export const CHINESE_DAYS_SOURCE = 'chinese-days 1.5.7';

/** A year of the package's data, as the seed writes it. */
export interface ReferenceCalendarYear {
  year: number;
  source: string;
  notice: string;
  exceptions: CalendarException[];
}

/** The notices' numbers or dates where we checked them against the notice itself; other years by title. */
const NOTICE_DETAIL: Record<number, string> = {
  2025: '（国办发明电〔2024〕12号）',
  2026: '（2025年11月4日）',
};

/** The notice a year follows: 国务院办公厅关于YYYY年部分节假日安排的通知. */
export function noticeOf(year: number): string {
  return `国务院办公厅关于${year}年部分节假日安排的通知${NOTICE_DETAIL[year] ?? ''}`;
}

type DayTable = Record<string, string>;

/** chinese-days writes a day as `English name,中文名,days`: the Chinese name is the holiday's. */
const chineseName = (entry: string): string => entry.split(',')[1] ?? entry;

/** Every year the package holds, its holidays (weekend days of a holiday's range included) and adjusted working days. */
export function referenceCalendarYears(): ReferenceCalendarYear[] {
  const tables = chineseDays as { holidays: DayTable; workdays: DayTable };
  const byYear = new Map<number, CalendarException[]>();
  const add = (table: DayTable, kind: CalendarException['kind']) => {
    for (const [date, entry] of Object.entries(table)) {
      const year = yearOf(date);
      const days = byYear.get(year) ?? [];
      byYear.set(year, days);
      days.push({ date, kind, name: chineseName(entry), notice: noticeOf(year) });
    }
  };
  add(tables.holidays, CalendarDayKind.HOLIDAY);
  add(tables.workdays, CalendarDayKind.WORKDAY);
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, exceptions]) => ({
      year,
      source: CHINESE_DAYS_SOURCE,
      notice: noticeOf(year),
      exceptions: exceptions.sort((a, b) => a.date.localeCompare(b.date)),
    }));
}
