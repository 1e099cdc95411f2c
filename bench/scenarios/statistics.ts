import { dropDatabase, freshDatabase, withClient } from '../lib/bench-database';
import { gql, issueApiKey, startBenchHub } from '../lib/hub';
import { note } from '../lib/report';
import { Scenario } from '../lib/scenario';
import { seedRecords, sizeAt } from '../lib/seed';
import { medianMs } from '../lib/timing';

const STATISTICS = `{ statistics(source: PENALTY, groupBy: [TOWNSHIP], period: MONTH, measures: [COUNT, FINE_TOTAL]) { rows { keys values } totals } }`;
/** The same aggregation written by hand: what a statistician with psql would run. */
const RAW = `SELECT township_code, to_char(decision_date, 'YYYY-MM') AS month, count(*), sum(fine_amount)
               FROM penalty_decision WHERE revoked_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2`;
const RUNS = 7;

export const statistics: Scenario = {
  name: 'statistics',
  describe: 'penalties per township per month over the penalty table through GraphQL vs the raw SQL aggregation',
  async run(ctx) {
    const name = 'hub_bench_statistics';
    const url = await freshDatabase(name);
    const size = sizeAt(ctx.scale);
    ctx.log(note('statistics', `seeding ${size.penalties.toLocaleString()} penalties`));
    const key = await withClient(url, async (client) => {
      await seedRecords(client, { ...size, licences: 1 });
      return issueApiKey(client, 'dept-justice', ['READ']);
    });
    const hub = await startBenchHub(url);
    try {
      const { statistics: answer } = await gql<{ statistics: { rows: unknown[]; totals: string[] } }>(hub.url, key, STATISTICS);
      const raw = await withClient(url, async (client) => {
        const rows = (await client.query<{ count: string }>(RAW)).rows;
        const ceiling = await medianMs(RUNS, () => client.query(RAW));
        return { rows, ceiling };
      });
      // The figure only counts if both give the same answer.
      const rawTotal = raw.rows.reduce((sum, row) => sum + Number(row.count), 0);
      if (answer.rows.length !== raw.rows.length || Number(answer.totals[0]) !== rawTotal) {
        throw new Error(
          `statistics and raw SQL disagree: ${answer.rows.length} vs ${raw.rows.length} groups, ${answer.totals[0]} vs ${rawTotal} penalties`,
        );
      }
      const hubMs = await medianMs(RUNS, () => gql(hub.url, key, STATISTICS));
      ctx.log(
        note(
          'statistics',
          `${raw.rows.length} groups over ${rawTotal.toLocaleString()} penalties; hub peak RSS ${hub.peakRssMb().toFixed(0)} MB`,
        ),
      );
      return [
        {
          scenario: 'statistics',
          metric: 'penalties/township/month (median)',
          hub: hubMs,
          ceiling: raw.ceiling,
          unit: 'ms',
          higherIsBetter: false,
          target: 0.8,
        },
      ];
    } finally {
      await hub.stop();
      await dropDatabase(name);
    }
  },
};
