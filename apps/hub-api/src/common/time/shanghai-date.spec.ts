import { shanghaiToday } from './shanghai-date';

describe('shanghaiToday', () => {
  it('turns the date at midnight in Shanghai (16:00 UTC), whatever order it is asked in', () => {
    expect(shanghaiToday(new Date('2026-11-24T15:59:59.999Z'))).toBe('2026-11-24');
    expect(shanghaiToday(new Date('2026-11-24T16:00:00.000Z'))).toBe('2026-11-25');
    expect(shanghaiToday(new Date('2026-11-24T16:00:59.999Z'))).toBe('2026-11-25');
    expect(shanghaiToday(new Date('2026-11-24T15:59:00.000Z'))).toBe('2026-11-24');
    expect(shanghaiToday(new Date('2024-02-28T16:00:00.000Z'))).toBe('2024-02-29');
  });
});
