import { HubError } from '../api/client';
import type { ConsoleExportJobQuery } from '../gql/graphql';

export type ExportJobState = ConsoleExportJobQuery['exportJob'];

/** DONE and FAILED are final: nothing more comes of polling. */
export const isFinished = (job: Pick<ExportJobState, 'status'>) => job.status === 'DONE' || job.status === 'FAILED';

/**
 * How long to wait before the `attempt`-th look at a job (0-based): often at first (the hub's worker claims
 * jobs every half second and a statistics table is written in a moment), then every 2 s for a long export
 * waiting behind another.
 */
export function pollDelay(attempt: number): number {
  return attempt < 20 ? 500 : 2000;
}

/** Failures that may pass (the phone's network, the hub restarting) are borne this many times in a row. */
export const PASSING_FAILURES = 3;
const PASSING = new Set(['NETWORK', 'UNAVAILABLE', 'BAD_RESPONSE']);

/**
 * Follows an export job until it is DONE or FAILED: `read` asks the hub for the job (exportJob), `onUpdate`
 * hears each answer. Resolves with the final job; rejects with the failure when one is not passing (or
 * passing ones came PASSING_FAILURES times in a row), and stops quietly (resolving null) once `signal` aborts.
 */
export async function followExportJob(
  read: () => Promise<ExportJobState>,
  onUpdate: (job: ExportJobState) => void,
  {
    signal,
    wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  }: { signal: AbortSignal; wait?: (ms: number) => Promise<void> },
): Promise<ExportJobState | null> {
  let failures = 0;
  for (let attempt = 0; ; attempt++) {
    await wait(pollDelay(attempt));
    if (signal.aborted) return null;
    let job: ExportJobState;
    try {
      job = await read();
    } catch (error) {
      if (signal.aborted) return null;
      failures++;
      if (!(error instanceof HubError) || !PASSING.has(error.code) || failures >= PASSING_FAILURES) throw error;
      continue;
    }
    if (signal.aborted) return null;
    failures = 0;
    onUpdate(job);
    if (isFinished(job)) return job;
  }
}

/** What the progress line says: the state in Chinese and the groups written (排队中, 导出中 1/3 组 …). */
export function progressText(job: ExportJobState, statusName: string): string {
  const counted = job.totalRows === null || job.totalRows === undefined ? '' : `，已写出 ${job.rowsWritten}/${job.totalRows} 组`;
  return `${statusName}${counted}`;
}

/** The bar's percentage: the hub's progress (0 to 1), whole, 100 once DONE. */
export function progressPercent(job: Pick<ExportJobState, 'status' | 'progress'>): number {
  if (job.status === 'DONE') return 100;
  return Math.max(0, Math.min(100, Math.round(job.progress * 100)));
}
