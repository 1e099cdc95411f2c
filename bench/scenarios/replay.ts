import { dropDatabase, freshDatabase, withClient } from '../lib/bench-database';
import { gql, issueApiKey, startBenchHub } from '../lib/hub';
import { note } from '../lib/report';
import { Scenario } from '../lib/scenario';

const FULL_EVENTS = 100_000;
const PAGE = 1000;
const SUBSCRIBE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;
// `first` as a variable, as the SDK sends it: graphql-armor multiplies the cost of a literal `first`
// (1000 × this selection is over the cost limit) but cannot see variables.
const EVENTS = `query($id: ID!, $after: String!, $first: Int!) { events(subscriptionId: $id, after: $after, first: $first) {
  endCursor hasMore nodes { position id type source subject time category townshipCode data } } }`;
/** The keyset loop a unit would write against the table itself. */
const RAW = `SELECT position, id, type, category, subject, source_unit_code, township_code, occurred_at, data
               FROM change_event WHERE position > $1 ORDER BY position LIMIT ${PAGE}`;

/** Positions strictly increasing and as many as written: no gap, no duplicate. */
function check(positions: string[], expected: number): string {
  let ordered = true;
  for (let i = 1; i < positions.length; i++) if (BigInt(positions[i]) <= BigInt(positions[i - 1])) ordered = false;
  const unique = new Set(positions).size;
  return `${positions.length.toLocaleString()} read, ${expected - unique} missing, ${positions.length - unique} duplicated, ${ordered ? 'in order' : 'OUT OF ORDER'}`;
}

export const replay: Scenario = {
  name: 'replay',
  describe: 'the change log read from cursor 0, 1,000 a page, through the feed vs a raw keyset SELECT loop',
  async run(ctx) {
    const name = 'hub_bench_replay';
    const url = await freshDatabase(name);
    const total = Math.max(PAGE, Math.round(FULL_EVENTS * ctx.scale));
    const key = await withClient(url, async (client) => {
      await client.query('SELECT setseed(0.42)');
      // Penalty events of the 19 towns, shaped as the publisher writes them (masked record in data).
      await client.query(
        `INSERT INTO change_event (id, type, category, subject, source_unit_code, township_code, matter_code, data)
         SELECT gen_random_uuid(), 'penalty.published', 'PENALTY', gen_random_uuid(), t.code, t.code, 'BM-0001',
                jsonb_build_object('sourceId', 'E-' || n, 'version', 1, 'record', jsonb_build_object('decisionNumber', '晋综执罚〔2026〕' || n || '号',
                  'partyName', '企业' || n, 'fineAmount', round((random() * 20000)::numeric, 2)::text, 'decisionDate', '2026-06-01'))
           FROM generate_series(1, $1::int) n
           JOIN (SELECT row_number() OVER (ORDER BY code) - 1 AS i, code FROM unit WHERE kind IN ('TOWN', 'SUBDISTRICT')) t ON t.i = n % 19`,
        [total],
      );
      await client.query('ANALYZE change_event');
      return issueApiKey(client, 'dept-justice', ['SUBSCRIBE', 'READ']);
    });
    const hub = await startBenchHub(url);
    try {
      const created = await gql<{ createSubscription: { subscription: { id: string } } }>(hub.url, key, SUBSCRIBE, {
        input: { unitCode: 'dept-justice', name: 'replay', delivery: 'PULL', startFrom: 'BEGINNING' },
      });
      const id = created.createSubscription.subscription.id;

      const hubPositions: string[] = [];
      const hubStart = performance.now();
      for (let after = '0', more = true; more;) {
        const page = (
          await gql<{ events: { endCursor: string; hasMore: boolean; nodes: Array<{ position: string }> } }>(hub.url, key, EVENTS, {
            id,
            after,
            first: PAGE,
          })
        ).events;
        for (const event of page.nodes) hubPositions.push(event.position);
        after = page.endCursor;
        more = page.hasMore;
      }
      const hubSeconds = (performance.now() - hubStart) / 1000;

      const rawPositions: string[] = [];
      const rawSeconds = await withClient(url, async (client) => {
        const start = performance.now();
        for (let after = '0'; ;) {
          const { rows } = await client.query<{ position: string }>(RAW, [after]);
          if (!rows.length) break;
          for (const row of rows) rawPositions.push(row.position);
          after = rows[rows.length - 1].position;
        }
        return (performance.now() - start) / 1000;
      });
      ctx.log(
        note(
          'replay',
          `hub: ${check(hubPositions, total)}; raw: ${check(rawPositions, total)}; hub peak RSS ${hub.peakRssMb().toFixed(0)} MB`,
        ),
      );
      return [
        {
          scenario: 'replay',
          metric: `${total.toLocaleString()} events, ${PAGE}/page`,
          hub: hubPositions.length / hubSeconds,
          ceiling: rawPositions.length / rawSeconds,
          unit: 'ev/s',
          higherIsBetter: true,
          target: 0.5,
        },
      ];
    } finally {
      await hub.stop();
      await dropDatabase(name);
    }
  },
};
