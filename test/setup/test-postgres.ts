import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Where the tests find PostgreSQL: TEST_DATABASE_URL or DATABASE_URL when given (any database on the
 * server: it is only used to create and drop the per-file databases), else the embedded server that
 * global-setup started. Each test file works in its own database cloned from a migrated template.
 */
export function adminUrl(): string {
  const url = process.env.HUB_TEST_ADMIN_URL;
  if (!url) throw new Error('HUB_TEST_ADMIN_URL is not set: run the tests through jest (global-setup)');
  return url;
}

export function databaseUrl(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * The same database as the hub's runtime role hub_app (the HubAppRole migration creates it): the
 * machine's PostgreSQL trusts loopback, so no password; the embedded test server's generated one comes
 * from the global setup (HUB_TEST_APP_PASSWORD, which a password-checking configured server needs too).
 */
export function appDatabaseUrl(database: string): string {
  const url = new URL(databaseUrl(database));
  url.username = 'hub_app';
  url.password = process.env.HUB_TEST_APP_PASSWORD ?? '';
  return url.toString();
}

export async function withAdminClient<T>(work: (client: Client) => Promise<T>, url = adminUrl()): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export interface TestDatabase {
  name: string;
  /** As the superuser (the schema owner): migrations and the tests' own fixture SQL. */
  url: string;
  /** As hub_app: what the hub under test connects with. */
  appUrl: string;
  drop(): Promise<void>;
}

/** A fresh database: a clone of the migrated, seeded template, or empty when `empty` is set. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const template = process.env.HUB_TEST_TEMPLATE;
  if (!template) throw new Error('HUB_TEST_TEMPLATE is not set: run the tests through jest (global-setup)');
  const name = uniqueName(`hub_t_${process.env.HUB_TEST_RUN ?? 'x'}`);
  await withAdminClient((c) => c.query(options.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    name,
    url: databaseUrl(name),
    appUrl: appDatabaseUrl(name),
    drop: () => withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
