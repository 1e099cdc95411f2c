import { CalendarDayKind, CalendarErrorCode } from '@hub/shared-schema';
import { DomainError } from '../../common/errors/domain-error';
import { referenceCalendarYears } from './reference-calendar';
import {
  HeldYear,
  HeldYears,
  nthWorkingDayAfter,
  nthWorkingDayBefore,
  workingDayCount,
  workingDaysAfter,
  yearsReachable,
  yearsReachableBack,
} from './working-days';

/** The years as the seed holds them (chinese-days 1.5.7: 2004–2026, no 2027). */
const HELD: HeldYears = new Map(
  referenceCalendarYears().map((y): [number, HeldYear] => [
    y.year,
    {
      ...y,
      id: `year-${y.year}`,
      loadedAt: new Date(0),
      loadedBy: null,
      correctedAt: null,
      correctedBy: null,
      exceptions: new Map(y.exceptions.map((e) => [e.date, e])),
    },
  ]),
);

const due = (start: string, n: number) => nthWorkingDayAfter(start, n, HELD).dueDate;
const dates = (days: { date: string }[]) => days.map((d) => d.date);

/**
 * Dates checked by hand against the notices: 2025 国办发明电〔2024〕12号 (春节 1月28日至2月4日, 1月26日周日、
 * 2月8日周六上班; 国庆中秋 10月1日至8日, 9月28日周日、10月11日周六上班) and 2026 (2025年11月4日: 元旦 1月1日至3日,
 * 1月4日周日上班; 春节 2月15日至23日, 2月14日周六、2月28日周六上班; 国庆 10月1日至7日, 9月20日周日、10月10日周六上班).
 */
describe('working days on the official calendar', () => {
  it('does not count the triggering day, and ends on the n-th working day', () => {
    expect(due('2026-03-02', 1)).toBe('2026-03-03'); // Monday → Tuesday
    expect(due('2026-03-06', 1)).toBe('2026-03-09'); // Friday → Monday: an ordinary weekend is skipped
    expect(due('2026-03-02', 5)).toBe('2026-03-09');
  });

  it('2025 Spring Festival: the adjusted Sunday 26 January counts, 28 January – 4 February are skipped', () => {
    const count = nthWorkingDayAfter('2025-01-24', 5, HELD);
    expect(count.dueDate).toBe('2025-02-07');
    expect(dates(count.counted)).toEqual(['2025-01-26', '2025-01-27', '2025-02-05', '2025-02-06', '2025-02-07']);
    expect(count.counted[0]).toMatchObject({ kind: CalendarDayKind.WORKDAY, name: '春节', weekday: 7, working: true });
    expect(dates(count.skipped)).toEqual([
      '2025-01-25',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
    ]);
    expect(count.skipped[0]).toMatchObject({ kind: CalendarDayKind.ORDINARY, weekday: 6, working: false, name: null });
    expect(count.skipped[1]).toMatchObject({ kind: CalendarDayKind.HOLIDAY, name: '春节', working: false });
    expect(due('2025-02-05', 3)).toBe('2025-02-08'); // the adjusted Saturday 8 February is a working day
  });

  it('2026 Spring Festival: Saturdays 14 and 28 February work, 15–23 February are off', () => {
    const count = nthWorkingDayAfter('2026-02-12', 5, HELD);
    expect(dates(count.counted)).toEqual(['2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26']);
    expect(count.skipped).toHaveLength(9);
    expect(count.skipped.every((d) => d.kind === CalendarDayKind.HOLIDAY && d.name === '春节')).toBe(true);
    expect(due('2026-02-24', 4)).toBe('2026-02-28');
  });

  it('2025 National Day and Mid-autumn: Sunday 28 September and Saturday 11 October work, 1–8 October are off', () => {
    const count = nthWorkingDayAfter('2025-09-26', 5, HELD);
    expect(dates(count.counted)).toEqual(['2025-09-28', '2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10']);
    expect(dates(count.skipped)).toEqual([
      '2025-09-27',
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ]);
    expect(due('2025-10-09', 2)).toBe('2025-10-11');
  });

  it('2026 National Day: Sunday 20 September and Saturday 10 October work, 1–7 October are off', () => {
    expect(due('2026-09-18', 1)).toBe('2026-09-20');
    const count = nthWorkingDayAfter('2026-09-29', 5, HELD);
    expect(dates(count.counted)).toEqual(['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12']);
    expect(dates(count.skipped)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-11',
    ]);
  });

  it('across New Year: 1 January 2025 is off; 2026 is off 1–3 January and works Sunday 4 January', () => {
    expect(due('2024-12-31', 1)).toBe('2025-01-02');
    const count = nthWorkingDayAfter('2025-12-30', 5, HELD);
    expect(dates(count.counted)).toEqual(['2025-12-31', '2026-01-04', '2026-01-05', '2026-01-06', '2026-01-07']);
    expect(dates(count.skipped)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
  });

  it('refuses a count that reaches a year the calendar does not hold, naming it, and only then', () => {
    expect(due('2026-12-28', 3)).toBe('2026-12-31'); // 2027 is never looked at
    let refusal: unknown;
    try {
      due('2026-12-28', 4);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ reason: CalendarErrorCode.CALENDAR_YEAR_MISSING, extensions: { year: 2027 }, field: 'year' });
    expect(() => nthWorkingDayAfter('2026-12-31', 1, HELD, 'start')).toThrow(expect.objectContaining({ field: 'start' }));
    expect(() => workingDaysAfter('2026-12-01', '2027-01-05', HELD)).toThrow(expect.objectContaining({ extensions: { year: 2027 } }));
  });

  it('counts working days between two dates, the first not included', () => {
    expect(workingDaysAfter('2026-02-13', '2026-02-28', HELD)).toBe(6);
    expect(workingDaysAfter('2025-09-30', '2025-10-12', HELD)).toBe(3);
    expect(workingDaysAfter('2026-03-02', '2026-03-02', HELD)).toBe(0);
    expect(workingDaysAfter('2026-03-09', '2026-03-02', HELD)).toBe(0);
  });

  it('counts 248 working days in 2025 and in 2026', () => {
    // 261 weekdays each; 2025: 18 of them holidays, 5 adjusted weekend days; 2026: 19 and 6.
    expect(workingDayCount(HELD.get(2025)!)).toBe(248);
    expect(workingDayCount(HELD.get(2026)!)).toBe(248);
  });

  it('looks ahead far enough for the longest count', () => {
    expect(yearsReachable('2026-12-20', 5)).toEqual([2026, 2027]);
    expect(yearsReachable('2026-06-01', 5)).toEqual([2026]);
    // Every count of up to 250 working days from any day of 2005–2025 stays within the years it was given.
    for (let n = 1; n <= 250; n += 83) {
      for (const start of ['2005-01-20', '2013-09-30', '2025-01-24']) {
        const years = new Map([...HELD].filter(([year]) => yearsReachable(start, n).includes(year)));
        expect(nthWorkingDayAfter(start, n, years).dueDate).toBe(due(start, n));
      }
    }
  });

  it('counts back from a day (§4(4)2①: topics 5 working days before a meeting), over 国庆 and its adjusted Saturday', () => {
    expect(nthWorkingDayBefore('2026-03-16', 5, HELD)).toBe('2026-03-09'); // Monday → the Monday before
    expect(nthWorkingDayBefore('2026-03-13', 1, HELD)).toBe('2026-03-12');
    // 12 October 2026: Saturday 10 October works, 1–7 October are off.
    expect(nthWorkingDayBefore('2026-10-12', 5, HELD)).toBe('2026-09-29');
    expect(yearsReachableBack('2026-01-05', 5)).toEqual([2025, 2026]);
    expect(() => nthWorkingDayBefore('2027-01-20', 5, HELD, 'input.meetingOn')).toThrow(
      expect.objectContaining({ field: 'input.meetingOn', extensions: { year: 2027 } }),
    );
  });
});
