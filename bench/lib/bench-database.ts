import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Client } from 'pg';
import { withAdminClient } from '../../test/setup/test-postgres';

const ROOT = join(__dirname, '../..');

/** The PostgreSQL the benchmarks use: BENCH_DATABASE_URL, else DATABASE_URL, else the local server. */
export function adminUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** A client on `url` for `work`, closed afterwards (the tests' helper, with the URL given). */
export function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  return withAdminClient(work, url);
}

/** A new database for one scenario, migrated by the hub's own CLI (reference units included). */
export async function freshDatabase(name: string): Promise<string> {
  await withClient(adminUrl(), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  const url = databaseUrl(name);
  execFileSync(process.execPath, [join(ROOT, 'dist/apps/hub-api/src/cli/migrate.js'), 'run'], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: url, HUB_JWT_SECRET: 'bench-'.padEnd(40, 'x'), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return url;
}

export async function dropDatabase(name: string): Promise<void> {
  await withClient(adminUrl(), (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
