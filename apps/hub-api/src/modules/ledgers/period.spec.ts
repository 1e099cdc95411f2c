import { periodBounds } from './period';

describe('periodBounds', () => {
  it.each([
    ['2026', '2026-01-01', '2026-12-31'],
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2026-02', '2026-02-01', '2026-02-28'],
  ])('%s', (period, start, end) => expect(periodBounds(period)).toEqual({ start, end }));
});
