import { DataSource, Migration } from 'typeorm';
import { SystemClock } from '../common/time/clock';
import { referenceUnits } from '../modules/units/reference-units';
import { UnitsRepository } from '../modules/units/units.repository';
import { dataSourceOptions } from './data-source-options';
import { TransactionRunner } from './transaction-runner';

/**
 * What only the schema owner may do: apply pending migrations, then seed the reference units
 * (idempotent). The hub at start-up (HUB_RUN_MIGRATIONS, over DATABASE_OWNER_URL) and the migrate CLI
 * both call this, each with its own short-lived connection, so the hub's own pool stays hub_app's.
 */
export async function migrateAndSeed(dataSource: DataSource): Promise<Migration[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  // Before any hub exists (and in the migrate CLI): the wall clock dates a refreshed unit.
  await new UnitsRepository(new TransactionRunner(dataSource), new SystemClock()).upsertReference(referenceUnits());
  return applied;
}

export async function migrateAndSeedAt(ownerUrl: string): Promise<Migration[]> {
  const dataSource = new DataSource(dataSourceOptions(ownerUrl, 1));
  await dataSource.initialize();
  try {
    return await migrateAndSeed(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
