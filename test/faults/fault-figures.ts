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
