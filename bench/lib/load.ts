import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LoadSpec {
  url: string;
  connections: number;
  durationSeconds: number;
  headers: Record<string, string>;
  bodies: string[];
  /** Requests per second across all connections; unset: as fast as they go. */
  overallRate?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  total: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

/** Runs autocannon in a separate process (see load-worker.ts) and returns what it measured. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-load-'));
  const file = join(dir, 'spec.json');
  writeFileSync(file, JSON.stringify(spec));
  return new Promise<LoadResult>((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'load-worker.ts'), file],
      { maxBuffer: 10 * 2 ** 20 },
      (error, stdout, stderr) => {
        rmSync(dir, { recursive: true, force: true });
        if (error) reject(new Error(`load generator failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout) as LoadResult);
      },
    );
  });
}
