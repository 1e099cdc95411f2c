import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
export const CONNECTOR_BIN = join(ROOT, 'libs/connectors/bin/hub-connector.cjs');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The built `hub-connector`, run as an operator runs it: its own process (the hub under test runs in this one). */
export function startCli(args: string[], apiKey: string, env: Record<string, string> = {}) {
  return startConnectorProgram(CONNECTOR_BIN, args, apiKey, env);
}

/** Any built program of the connectors (the CLI, a worked example) in its own process, with HUB_API_KEY set. */
export function startConnectorProgram(script: string, args: string[], apiKey: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HUB_API_KEY: apiKey, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done, output: () => ({ stdout, stderr }) };
}

/** The first line a push prints: what this run did. */
export const THIS_RUN = (pushed: number, rejected: number, skipped: number) =>
  `本次 this run: 推送 pushed ${pushed}，拒收 rejected ${rejected}，跳过（此前已完成）skipped (already done) ${skipped}`;

/** The second: the file's totals over every run. */
export const ALL_RUNS = (pushed: number, rejected: number) => `累计 all runs: 推送 pushed ${pushed}，拒收 rejected ${rejected}`;
