import { LoginLimits } from '../../config/hub-config';
import { throttleVerdict } from './login-throttle.policy';

const limits: LoginLimits = {
  user: { freeFailures: 5, lockoutFailures: 10 },
  address: { freeFailures: 20, lockoutFailures: 30 },
  windowSeconds: 900,
  lockoutSeconds: 900,
  delayBaseMs: 1000,
};
const t0 = new Date('2026-03-01T02:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const state = (failures: number, lastFailureSecond = 0, windowStartSecond = 0) => ({
  failures,
  lastFailureAt: at(lastFailureSecond),
  windowStartedAt: at(windowStartSecond),
});

describe('throttleVerdict', () => {
  it('allows a key with no failures or fewer than the free ones', () => {
    expect(throttleVerdict(undefined, limits.user, limits, t0)).toEqual({ allowed: true });
    expect(throttleVerdict(state(4), limits.user, limits, t0)).toEqual({ allowed: true });
  });

  it('doubles the wait for every failure from the free ones on, counted from the last failure', () => {
    const waits = [5, 6, 7, 8, 9].map((n) => throttleVerdict(state(n), limits.user, limits, t0));
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000].map((ms) => ({ allowed: false, locked: false, retryAfterMs: ms })));
    expect(throttleVerdict(state(7, 0), limits.user, limits, at(3))).toEqual({ allowed: false, locked: false, retryAfterMs: 1000 });
    expect(throttleVerdict(state(7, 0), limits.user, limits, at(4))).toEqual({ allowed: true });
  });

  it('never waits longer than the lockout', () => {
    expect(throttleVerdict(state(29), limits.address, limits, t0)).toEqual({ allowed: false, locked: false, retryAfterMs: 512_000 });
    expect(throttleVerdict(state(9), limits.user, { ...limits, delayBaseMs: 3_600_000 }, t0)).toEqual({
      allowed: false,
      locked: false,
      retryAfterMs: 900_000,
    });
  });

  it('locks at the lockout count for the lockout after the last failure, even past the window', () => {
    expect(throttleVerdict(state(10, 600), limits.user, limits, at(600))).toEqual({ allowed: false, locked: true, retryAfterMs: 900_000 });
    expect(throttleVerdict(state(10, 600), limits.user, limits, at(1400))).toEqual({ allowed: false, locked: true, retryAfterMs: 100_000 });
    expect(throttleVerdict(state(10, 600), limits.user, limits, at(1500))).toEqual({ allowed: true });
  });

  it('forgets failures once their window has passed', () => {
    expect(throttleVerdict(state(9, 899), limits.user, limits, at(900))).toEqual({ allowed: true });
  });

  it('applies each key its own counts: 10 failures lock a user name, not an address', () => {
    expect(throttleVerdict(state(10), limits.address, limits, t0)).toEqual({ allowed: true });
  });
});
