import { setTimeout as sleep } from 'node:timers/promises';
import { HubError } from './hub-error';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Ceiling of the wait before the first retry; it doubles with each further retry. */
  baseDelayMs: number;
  /** Highest ceiling of any wait. */
  maxDelayMs: number;
}

/** Up to a minute and a half of waiting in all (about half that on average): enough for the hub to restart. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 8, baseDelayMs: 1000, maxDelayMs: 30_000 };

export interface RetryHooks {
  /** Told before each wait, e.g. to log it. `attempt` is the one that failed (1-based). */
  onRetry?(error: HubError, attempt: number, delayMs: number): void;
  /** For tests. */
  sleep?(ms: number): Promise<unknown>;
  random?(): number;
}

/**
 * The wait before retry number `retry` (1-based): "full jitter", a uniformly random wait below an
 * exponentially growing ceiling, so that many connectors that failed together (the hub restarted) do
 * not come back together.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Runs `operation` until it succeeds, retrying only retryable HubErrors (the hub or the network
 * unavailable, transport failures included) at most `policy.attempts` times in all. Only for
 * operations that are safe to repeat: publishing is, being idempotent on the publisher's sourceId.
 */
export async function withRetries<T>(
  operation: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  hooks: RetryHooks = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof HubError) || !error.retryable || attempt >= policy.attempts) throw error;
      const delayMs = backoffDelay(attempt, policy, hooks.random);
      hooks.onRetry?.(error, attempt, delayMs);
      await (hooks.sleep ?? sleep)(delayMs);
    }
  }
}
