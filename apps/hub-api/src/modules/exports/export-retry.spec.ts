import { EXPORT_RETRY_MAX_MS, exportRetryDelayMs } from './export-retry';

describe('exportRetryDelayMs', () => {
  it('doubles from one second and stops at a minute', () => {
    const none = () => 0;
    expect([0, 1, 2, 3, 5].map((n) => exportRetryDelayMs(n, none))).toEqual([1000, 2000, 4000, 8000, 32_000]);
    expect(exportRetryDelayMs(6, none)).toBe(EXPORT_RETRY_MAX_MS);
    expect(exportRetryDelayMs(10_000, none)).toBe(EXPORT_RETRY_MAX_MS);
  });

  it('takes at most a fifth off at random', () => {
    expect(exportRetryDelayMs(2, () => 0.999_999)).toBe(3200);
    expect(exportRetryDelayMs(2, () => 0.5)).toBe(3600);
  });
});
