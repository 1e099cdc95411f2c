import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The built hub's entry point (global setup builds before any test runs). */
export const HUB_MAIN = join(__dirname, '../../dist/apps/hub-api/src/main.js');

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface HubProcess {
  child: ChildProcess;
  output: () => string;
  /** What it wrote to stdout alone (the JSON log lines, when stdout is not a terminal). */
  stdout: () => string;
  url: string;
  seconds: number;
}

/** Starts the built hub as its own process (node flags such as --cpu-prof first) and resolves once it prints its GraphQL URL. */
export function startHubProcess(env: Record<string, string>, timeoutMs = 60_000, nodeArgs: string[] = []): Promise<HubProcess> {
  const began = Date.now();
  const child = spawn(process.execPath, [...nodeArgs, HUB_MAIN], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no GraphQL URL within ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL API: (http:\/\/\S+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, output: () => output, stdout: () => stdout, url: match[1], seconds: (Date.now() - began) / 1000 });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`hub exited with ${code}:\n${output}`)));
  });
}

export const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

/**
 * Runs a built CLI of the hub (dist/apps/hub-api/src/cli) without blocking this process: a CLI that
 * talks to a server living in the test process (the run's S3 store) would deadlock a synchronous run.
 */
export function runHubCliAsync(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(__dirname, '../../dist/apps/hub-api/src/cli', script), ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
