import { withAdminClient } from './test-postgres';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.HUB_TEST_TEMPLATE;
  if (template) {
    // Per-file databases are dropped by their tests; sweep any a crashed worker left behind.
    await withAdminClient(async (c) => {
      const { rows } = await c.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)`,
        [template, `hub_t_${process.env.HUB_TEST_RUN}_`],
      );
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    });
  }
  const embedded = (globalThis as { hubTestPostgres?: { stop(): Promise<void> } }).hubTestPostgres;
  await embedded?.stop();
  await (globalThis as { hubTestS3?: { stop(): Promise<void> } }).hubTestS3?.stop();
}
