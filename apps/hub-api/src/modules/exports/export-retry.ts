/** The first wait after the store was found down, and the longest. */
export const EXPORT_RETRY_BASE_MS = 1000;
export const EXPORT_RETRY_MAX_MS = 60_000;

/**
 * How long an export waits before its next try after `attempts` tries met the object store down:
 * doubling from one second to a minute, with up to a fifth taken off at random so that the jobs queued
 * during one outage do not all come back in the same instant.
 */
export function exportRetryDelayMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(EXPORT_RETRY_MAX_MS, EXPORT_RETRY_BASE_MS * 2 ** Math.min(Math.max(attempts, 0), 16));
  return Math.round(ceiling * (1 - 0.2 * random()));
}
