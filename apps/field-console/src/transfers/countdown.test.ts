import { describe, expect, it } from 'vitest';
import { countdownText, heldCalendar, shanghaiDate, workingDayCountdown } from './countdown';

// 2026-09-30 is a Wednesday; 国庆节 2026: 10-01 to 10-07 off, Sunday 10-11 (and Saturday 09-26) worked.
const NATIONAL_DAY = [
  { date: '2026-09-26', working: true },
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, working: false })),
  { date: '2026-10-11', working: true },
];

const at = (iso: string) => new Date(iso);
/** The hub holds 2026 only (as on 2026-12-04, before 2027's notice was imported). */
const held = (exceptions: Array<{ date: string; working: boolean }> = []) => ({ years: new Set([2026]), exceptions });

describe('working-day countdown', () => {
  it('counts the working days after today up to the due date, by Shanghai dates', () => {
    // Monday 2026-12-07 10:00 Shanghai, due Thursday 2026-12-10 17:30 Shanghai: Tue, Wed, Thu.
    expect(workingDayCountdown(at('2026-12-07T02:00:00Z'), at('2026-12-10T09:30:00Z'), held())).toEqual({ kind: 'LEFT', workingDays: 3 });
    // Friday to the next Tuesday: the weekend does not count.
    expect(workingDayCountdown(at('2026-12-11T02:00:00Z'), at('2026-12-15T09:30:00Z'), held())).toEqual({ kind: 'LEFT', workingDays: 2 });
    // 23:30 UTC is already the next day in Shanghai.
    expect(shanghaiDate(at('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
  });

  it('skips the holidays the calendar holds and counts its adjusted working days', () => {
    // From Wednesday 09-30 to Monday 10-12: 10-08 Thu, 10-09 Fri, 10-11 Sun (worked), 10-12 Mon.
    const countdown = workingDayCountdown(at('2026-09-30T02:00:00Z'), at('2026-10-12T09:00:00Z'), held(NATIONAL_DAY));
    expect(countdown).toEqual({ kind: 'LEFT', workingDays: 4 });
    // Without the calendar the weekday rule alone would say 8.
    expect(workingDayCountdown(at('2026-09-30T02:00:00Z'), at('2026-10-12T09:00:00Z'), held())).toEqual({ kind: 'LEFT', workingDays: 8 });
  });

  it('does not count into a year the calendar does not hold: it says which year is missing', () => {
    // Wednesday 2026-12-30 to Monday 2027-01-04: 2027's holidays are not known, so no number is guessed.
    const countdown = workingDayCountdown(at('2026-12-30T02:00:00Z'), at('2027-01-04T09:00:00Z'), held());
    expect(countdown).toEqual({ kind: 'CALENDAR_MISSING', year: 2027 });
    expect(countdownText(countdown)).toBe('工作日历缺少2027年');
    // With 2027 held, the same days count: 12-31, then 01-04 (01-01 New Year off).
    const both = { years: new Set([2026, 2027]), exceptions: [{ date: '2027-01-01', working: false }] };
    expect(workingDayCountdown(at('2026-12-30T02:00:00Z'), at('2027-01-04T09:00:00Z'), both)).toEqual({ kind: 'LEFT', workingDays: 2 });
  });

  it('is due today when the deadline falls later today, overdue once it has passed', () => {
    expect(workingDayCountdown(at('2026-12-07T01:00:00Z'), at('2026-12-07T09:00:00Z'), held())).toEqual({ kind: 'TODAY' });
    expect(workingDayCountdown(at('2026-12-07T09:00:01Z'), at('2026-12-07T09:00:00Z'), held())).toEqual({ kind: 'OVERDUE' });
    expect(countdownText({ kind: 'LEFT', workingDays: 3 })).toBe('剩余 3 个工作日');
    expect(countdownText({ kind: 'TODAY' })).toBe('今日到期');
    expect(countdownText({ kind: 'OVERDUE' })).toBe('已逾期');
  });
});

describe('the calendar a screen holds', () => {
  it('counts only the years the hub answered, with their exceptions', () => {
    const thisYear = { exceptions: [{ date: '2026-10-01', working: false }] };
    expect(heldCalendar(2026, thisYear, null)).toEqual({ years: new Set([2026]), exceptions: thisYear.exceptions });
    const nextYear = { exceptions: [{ date: '2027-01-01', working: false }] };
    expect(heldCalendar(2026, thisYear, nextYear)).toEqual({
      years: new Set([2026, 2027]),
      exceptions: [...thisYear.exceptions, ...nextYear.exceptions],
    });
    // Nothing loaded yet: no year is held, so no countdown guesses one.
    expect(heldCalendar(2026, undefined, undefined)).toEqual({ years: new Set(), exceptions: [] });
  });
});
