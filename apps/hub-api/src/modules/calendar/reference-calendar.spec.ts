import { CalendarDayKind } from '@hub/shared-schema';
import { CHINESE_DAYS_SOURCE, referenceCalendarYears } from './reference-calendar';

describe('the calendar seeded from chinese-days', () => {
  const years = referenceCalendarYears();
  const year = (y: number) => years.find((entry) => entry.year === y)!;
  const adjusted = (y: number) => year(y).exceptions.filter((e) => e.kind === CalendarDayKind.WORKDAY);

  it('names the package version package.json pins', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pinned = (require('../../../../../package.json') as { dependencies: Record<string, string> }).dependencies['chinese-days'];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const installed = (require('chinese-days/package.json') as { version: string }).version;
    expect(CHINESE_DAYS_SOURCE).toBe(`chinese-days ${pinned}`);
    expect(installed).toBe(pinned);
  });

  it('holds every year the package holds, 2004 to 2026, and not 2027', () => {
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it('holds 2025 as 国办发明电〔2024〕12号 has it', () => {
    expect(year(2025).notice).toBe('国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）');
    expect(adjusted(2025).map((e) => [e.date, e.name])).toEqual([
      ['2025-01-26', '春节'],
      ['2025-02-08', '春节'],
      ['2025-04-27', '劳动节'],
      ['2025-09-28', '国庆节'],
      ['2025-10-11', '国庆节'],
    ]);
    expect(year(2025).exceptions.filter((e) => e.kind === CalendarDayKind.HOLIDAY)).toHaveLength(28);
  });

  it('holds 2026 as the notice of 4 November 2025 has it', () => {
    expect(adjusted(2026).map((e) => e.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    const springFestival = year(2026).exceptions.filter((e) => e.name === '春节' && e.kind === CalendarDayKind.HOLIDAY);
    expect(springFestival.map((e) => e.date)).toEqual(Array.from({ length: 9 }, (_, i) => `2026-02-${15 + i}`));
  });
});
