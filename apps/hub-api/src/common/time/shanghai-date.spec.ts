import { addDays, endOfShanghaiDay, isoWeekday, shanghaiDateOf, shanghaiToday } from './shanghai-date';

describe('shanghaiToday', () => {
  it('turns the date at midnight in Shanghai (16:00 UTC), whatever order it is asked in', () => {
    expect(shanghaiToday(new Date('2026-11-24T15:59:59.999Z'))).toBe('2026-11-24');
    expect(shanghaiToday(new Date('2026-11-24T16:00:00.000Z'))).toBe('2026-11-25');
    expect(shanghaiToday(new Date('2026-11-24T16:00:59.999Z'))).toBe('2026-11-25');
    expect(shanghaiToday(new Date('2026-11-24T15:59:00.000Z'))).toBe('2026-11-24');
    expect(shanghaiToday(new Date('2024-02-28T16:00:00.000Z'))).toBe('2024-02-29');
  });
});

describe('Shanghai day arithmetic', () => {
  it('dates an instant in Shanghai, the day turning at 16:00 UTC', () => {
    expect(shanghaiDateOf(new Date('2025-12-31T15:59:59.999Z'))).toBe('2025-12-31');
    expect(shanghaiDateOf(new Date('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01');
  });

  it('ends a day at 23:59:59.999 Shanghai time', () => {
    expect(endOfShanghaiDay('2026-02-24').toISOString()).toBe('2026-02-24T15:59:59.999Z');
  });

  it('steps dates across months, leap days and years, and names the ISO weekday', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoWeekday('2026-02-14')).toBe(6); // a Saturday
    expect(isoWeekday('2026-01-04')).toBe(7); // a Sunday
    expect(isoWeekday('2026-02-24')).toBe(2); // a Tuesday
  });
});
