import { migrateAndSeed } from '../database/schema-owner';
import { runCli } from './cli-runner';

/**
 * `migrate run`        applies pending migrations, then seeds the reference data (idempotent)
 * `migrate revert [n]` reverts the last n migrations (default 1; `all` reverts every one)
 * `migrate status`     lists applied and pending migrations
 */
runCli(
  async (dataSource, [command = 'run', count = '1']) => {
    switch (command) {
      case 'run': {
        const applied = await migrateAndSeed(dataSource);
        for (const migration of applied) console.log(`applied ${migration.name}`);
        console.log(`${applied.length} migration(s) applied; reference data seeded`);
        return 0;
      }
      case 'revert': {
        const executed = await dataSource.query(
          `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'schema_migration'`,
        );
        const total = executed[0].n ? (await dataSource.query('SELECT count(*)::int AS n FROM schema_migration'))[0].n : 0;
        const times = count === 'all' ? total : Math.min(Number(count), total);
        if (!Number.isInteger(times) || times < 0) throw new Error(`revert takes a number or "all", not "${count}"`);
        for (let i = 0; i < times; i++) await dataSource.undoLastMigration({ transaction: 'each' });
        console.log(`${times} migration(s) reverted`);
        return 0;
      }
      case 'status': {
        const pending = await dataSource.showMigrations();
        console.log(pending ? 'pending migrations exist' : 'up to date');
        return pending ? 2 : 0;
      }
      default:
        console.error(`unknown command "${command}": use run, revert [n|all] or status`);
        return 1;
    }
  },
  // Migrations change the schema: as its owner (DATABASE_OWNER_URL, else DATABASE_URL).
  { asOwner: true },
);
