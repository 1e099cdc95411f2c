import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runHubCli } from '../setup/global-setup';
import { createTestDatabase, TestDatabase, withAdminClient } from '../setup/test-postgres';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { dataSourceOptions } from '../../apps/hub-api/src/database/data-source-options';

const tables = (url: string) =>
  withAdminClient(
    async (c) => (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.tablename),
    url,
  );

describe('migrations (medium, real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });
  afterAll(() => db.drop());

  it('run on an empty database, revert all, and run again', () => {
    return (async () => {
      const env = { DATABASE_URL: db.url, HUB_JWT_SECRET: 'x'.repeat(32) };
      expect(runHubCli('migrate.js', ['run'], env)).toContain(`${MIGRATIONS.length} migration(s) applied`);
      const afterRun = await tables(db.url);
      expect(afterRun).toEqual(expect.arrayContaining(['unit', 'api_key', 'user_account', 'audit_entry', 'schema_migration']));
      const [{ count }] = await withAdminClient(async (c) => (await c.query('SELECT count(*)::int AS count FROM unit')).rows, db.url);
      expect(count).toBeGreaterThanOrEqual(19 + 15);

      expect(runHubCli('migrate.js', ['revert', 'all'], env)).toContain(`${MIGRATIONS.length} migration(s) reverted`);
      expect(await tables(db.url)).toEqual(['schema_migration']);
      const leftovers = await withAdminClient(
        async (c) =>
          (await c.query(`SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE nspname = 'public'`)).rows,
        db.url,
      );
      expect(leftovers).toEqual([]);

      expect(runHubCli('migrate.js', ['run'], env)).toContain(`${MIGRATIONS.length} migration(s) applied`);
      expect(await tables(db.url)).toEqual(afterRun);
      // Seeding is idempotent: a second run adds nothing.
      expect(runHubCli('migrate.js', ['run'], env)).toContain('0 migration(s) applied');
    })();
  });

  it('leave nothing for the entities to change: entities and migrations describe the same schema', async () => {
    const template = await createTestDatabase();
    const dataSource = new DataSource(dataSourceOptions(template.url, 1));
    try {
      await dataSource.initialize();
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await template.drop();
    }
  });

  it('lists every migration file in migrations/index.ts', () => {
    const files = readdirSync(join(__dirname, '../../migrations'))
      .filter((f) => /^\d{13}-.+\.ts$/.test(f))
      .map((f) => f.replace(/^(\d{13})-(.+)\.ts$/, '$2$1'));
    expect(MIGRATIONS.map((m) => m.name).sort()).toEqual(files.sort());
  });
});
