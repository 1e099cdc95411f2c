import { appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where this run's fault figures go; figures-reporter.js prints them when the run ends. */
export function figuresFile(run = process.env.HUB_TEST_RUN): string {
  return join(tmpdir(), `hub-fault-figures-${run}.jsonl`);
}

/** Records what a fault test did: requests made, faults injected, records checked, lost … */
export function recordFigures(fault: string, figures: Record<string, number>): void {
  appendFileSync(figuresFile(), `${JSON.stringify({ fault, ...figures })}\n`);
}

/**
 * Records a group of attacks from the security review (e.g. `security: SSRF`): how many were tried and
 * how many were mishandled (answered with anything but the refusal the test expects). The reporter
 * adds every group up into one line, `attacks tried N, mishandled M`.
 */
export function recordAttacks(group: string, figures: { tried: number; mishandled: number }): void {
  recordFigures(`attacks: ${group}`, { attacksTried: figures.tried, attacksMishandled: figures.mishandled });
}

/**
 * Records tamperings done with the database owner's (or the object store's) credentials and how many
 * of them the hub's verifiers reported; the reporter adds them up as `tamperings tried N, detected M`.
 */
export function recordTamperings(group: string, figures: { tried: number; detected: number }): void {
  recordFigures(`tamperings: ${group}`, { tamperingsTried: figures.tried, tamperingsDetected: figures.detected });
}
