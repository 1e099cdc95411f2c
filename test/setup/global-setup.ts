import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startEmbeddedPostgres } from '../../apps/hub-api/src/database/embedded-postgres';
import { startEmbeddedObjectStore } from '../../apps/hub-api/src/object-store/embedded-object-store';
import { databaseUrl, uniqueName, withAdminClient } from './test-postgres';

export const ROOT = join(__dirname, '../..');

/** Runs a built CLI of the hub (dist/) as operators do; throws with its output when it fails. */
export function runHubCli(script: string, args: string[], env: Record<string, string>): string {
  return execFileSync(process.execPath, [join(ROOT, 'dist/apps/hub-api/src/cli', script), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The newest modification time under `path` (a file, or a folder walked whole). */
function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/**
 * The field console's build (served by the hub in the quick-start and console tests), made again only
 * when its sources or the schema changed since the last one: it takes seconds the other tests don't need.
 */
function buildConsoleIfStale(): void {
  const consoleDir = join(ROOT, 'apps/field-console');
  const built = join(consoleDir, 'dist/index.html');
  const sources = ['src', 'index.html', 'package.json', 'vite.config.ts', 'codegen.ts', 'tsconfig.json'].map((p) => join(consoleDir, p));
  sources.push(join(ROOT, 'libs/shared-schema/schema.graphql'));
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestChange))) return;
  // Jest's NODE_ENV=test would give Vite React's development build.
  execFileSync('npm', ['run', '--silent', 'build:console'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/**
 * Once per run: build the hub (incremental; the quick-start and CLI tests run the built code), find
 * PostgreSQL (configured, else embedded), start an S3-compatible server, and build a template database with every migration and the
 * reference data using the real migration CLI. Workers learn about it through the environment.
 *
 * Nothing decorated is imported here: classes loaded outside Jest's module registry would register
 * GraphQL metadata in a different realm from the tests'.
 */
export default async function globalSetup(): Promise<void> {
  execFileSync('npm', ['run', '--silent', 'build:hub'], { cwd: ROOT, stdio: 'inherit' });
  buildConsoleIfStale();

  const configured = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (configured) {
    process.env.HUB_TEST_ADMIN_URL = configured;
    console.log(`\n[tests] PostgreSQL: configured server ${new URL(configured).host}`);
  } else {
    const port = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339);
    // A second run beside a running one uses its server instead of stopping it.
    const embedded = await startEmbeddedPostgres({ dataDir: join(ROOT, '.data/test-pg'), port, database: 'postgres', reuseRunning: true });
    (globalThis as { hubTestPostgres?: typeof embedded }).hubTestPostgres = embedded;
    process.env.HUB_TEST_ADMIN_URL = embedded.adminUrl;
    process.env.HUB_TEST_APP_PASSWORD = embedded.appPassword;
    console.log(`\n[tests] PostgreSQL: embedded server on port ${port}`);
  }

  // One S3-compatible server for the run (tests reach it over HTTP, as the hub reaches MinIO); tests
  // that stop their store start their own.
  const s3 = await startEmbeddedObjectStore({ directory: mkdtempSync(join(tmpdir(), 'hub-test-s3-')), port: 0 });
  (globalThis as { hubTestS3?: typeof s3 }).hubTestS3 = s3;
  process.env.HUB_TEST_S3_ENDPOINT = s3.endpoint;
  process.env.HUB_TEST_S3_ACCESS_KEY = s3.credentials.accessKey;
  process.env.HUB_TEST_S3_SECRET_KEY = s3.credentials.secretKey;

  process.env.HUB_TEST_RUN = uniqueName('r')
    .slice(2)
    .replace(/[^a-z0-9]/g, '');
  const template = `hub_tpl_${process.env.HUB_TEST_RUN}`;
  await withAdminClient((c) => c.query(`CREATE DATABASE ${template}`));
  runHubCli('migrate.js', ['run'], { DATABASE_URL: databaseUrl(template), HUB_JWT_SECRET: 'x'.repeat(32) });
  process.env.HUB_TEST_TEMPLATE = template;
}
