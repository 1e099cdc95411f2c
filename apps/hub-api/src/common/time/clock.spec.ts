import { SystemClock, TestClock } from './clock';

describe('Clock', () => {
  it('the system clock reads the wall clock', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('today is the date in Asia/Shanghai, eight hours ahead of UTC', () => {
    const clock = new TestClock().set('2026-03-31T16:00:00Z');
    expect(clock.today()).toBe('2026-04-01');
    expect(clock.advance(-1).today()).toBe('2026-03-31');
  });

  it('a test clock follows the system time until set, then moves only when told', () => {
    const clock = new TestClock();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
    clock.set(new Date('2026-06-15T04:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-06-15T04:00:00.000Z');
    clock.advance(3_600_000);
    expect(clock.now().toISOString()).toBe('2026-06-15T05:00:00.000Z');
    expect(clock.after(60_000).toISOString()).toBe('2026-06-15T05:01:00.000Z');
    clock.reset();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('advanced while following the system time, it keeps running that far ahead', () => {
    const clock = new TestClock().advance(86_400_000);
    expect(Math.abs(clock.now().getTime() - (Date.now() + 86_400_000))).toBeLessThan(1000);
    clock.offsetBy(-60_000);
    expect(Math.abs(clock.now().getTime() - (Date.now() - 60_000))).toBeLessThan(1000);
  });
});
