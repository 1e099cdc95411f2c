import { retryDelayMs } from './backoff';

describe('retryDelayMs', () => {
  it('doubles its ceiling per attempt up to the maximum', () => {
    const top = () => 1;
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, 100, 10_000, top))).toEqual([100, 200, 400, 800]);
    expect(retryDelayMs(20, 100, 10_000, top)).toBe(10_000);
    expect(retryDelayMs(1000, 100, 10_000, top)).toBe(10_000);
  });

  it('draws uniformly below the ceiling (full jitter), never zero', () => {
    expect(retryDelayMs(3, 100, 10_000, () => 0.5)).toBe(200);
    expect(retryDelayMs(3, 100, 10_000, () => 0)).toBe(1);
    const draws = Array.from({ length: 200 }, () => retryDelayMs(5, 100, 10_000));
    expect(Math.max(...draws)).toBeLessThanOrEqual(1600);
    expect(new Set(draws).size).toBeGreaterThan(50);
  });
});
