/**
 * Delay before retry number `attempt` (1 = the first retry): exponential with "full jitter"
 * (a uniform draw from 0 to the exponential cap), so receivers coming back from an outage are not
 * hit by every subscription at the same instant. `random` is injectable for tests.
 */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 40));
  return Math.max(1, Math.round(random() * ceiling));
}
