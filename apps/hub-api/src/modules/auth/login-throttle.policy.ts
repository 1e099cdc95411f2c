import { LoginLimits } from '../../config/hub-config';

/** What the database holds for one throttle key (`user:<name>` or `addr:<address>`). */
export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  lastFailureAt: Date;
}

export interface KeyLimits {
  freeFailures: number;
  lockoutFailures: number;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; locked: boolean; retryAfterMs: number };

const ALLOWED: ThrottleVerdict = { allowed: true };

/**
 * Whether a log-in may be tried now, given a key's failures (OWASP Authentication Cheat Sheet,
 * "Protect against automated attacks": growing delay, then a temporary lockout rather than a
 * permanent one, so an attacker cannot lock a person out for good):
 * - `lockoutFailures` failures lock the key for `lockoutSeconds` after the last of them;
 * - otherwise, after `freeFailures` failures within the window, each further attempt waits
 *   `delayBaseMs` doubled for every failure past the free ones (never longer than the lockout);
 * - a window older than `windowSeconds` counts for nothing.
 */
export function throttleVerdict(state: ThrottleState | undefined, key: KeyLimits, limits: LoginLimits, now: Date): ThrottleVerdict {
  if (!state) return ALLOWED;
  const lockoutMs = limits.lockoutSeconds * 1000;
  const sinceLast = now.getTime() - state.lastFailureAt.getTime();
  if (state.failures >= key.lockoutFailures) {
    const left = lockoutMs - sinceLast;
    return left > 0 ? { allowed: false, locked: true, retryAfterMs: left } : ALLOWED;
  }
  if (now.getTime() - state.windowStartedAt.getTime() >= limits.windowSeconds * 1000) return ALLOWED;
  if (state.failures < key.freeFailures) return ALLOWED;
  const wait = Math.min(limits.delayBaseMs * 2 ** (state.failures - key.freeFailures), lockoutMs);
  const left = wait - sinceLast;
  return left > 0 ? { allowed: false, locked: false, retryAfterMs: left } : ALLOWED;
}
