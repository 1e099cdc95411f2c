import { dropDatabase, withClient } from '../lib/bench-database';
import { gql, startBenchHub } from '../lib/hub';
import { runLoad } from '../lib/load';
import { note } from '../lib/report';
import { Scenario } from '../lib/scenario';
import { PERMIT_QUERY, prepareLookup } from './lookup';

const CONNECTIONS = 64;
const MALICIOUS_PER_SECOND = 50;

/** Deep, alias-amplified and oversized documents: each must be refused before it reaches a resolver. */
function maliciousBodies(): string[] {
  const deep = `{ viewer ${'{ unit '.repeat(40)}{ code }${' }'.repeat(40)} }`;
  const aliases = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: permitStatus(uscc: "x", matterCode: "y") { covered }`).join(' ')} }`;
  const oversized = `{ ${Array.from({ length: 8000 }, () => '__typename').join(' ')} }`;
  return [deep, aliases, oversized].map((query) => JSON.stringify({ query }));
}

export const abuse: Scenario = {
  name: 'abuse',
  describe: 'the permitStatus load with 50 malicious queries a second beside it vs the load alone; rejections must cost no database query',
  async run(ctx) {
    const name = 'hub_bench_abuse';
    const { url, key, pairs } = await prepareLookup(name, ctx);
    // No background workers: every database transaction during the measurement comes from a request.
    const hub = await startBenchHub(url, { HUB_DELIVERY_WORKER: 'false' });
    try {
      await gql(hub.url, key, PERMIT_QUERY, { uscc: pairs[0].uscc, matterCode: pairs[0].matter });
      const headers = { authorization: `Bearer ${key}` };
      const legitimate = {
        url: `${hub.url}/graphql`,
        connections: CONNECTIONS,
        headers,
        bodies: pairs.map((p) => JSON.stringify({ query: PERMIT_QUERY, variables: { uscc: p.uscc, matterCode: p.matter } })),
      };
      const malicious = {
        url: `${hub.url}/graphql`,
        connections: 5,
        headers,
        bodies: maliciousBodies(),
        overallRate: MALICIOUS_PER_SECOND,
      };

      // Rejections alone: how many database transactions do 500 malicious requests cause?
      const commits = () =>
        withClient(url, async (c) =>
          Number(
            (
              await c.query<{ n: string }>(
                `SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`,
              )
            ).rows[0].n,
          ),
        );
      const before = await commits();
      const rejected = await runLoad({ ...malicious, durationSeconds: 10 });
      const after = await commits();
      // The two statistics queries themselves are transactions too.
      const perRejection = (after - before - 2) / rejected.total;

      await runLoad({ ...legitimate, durationSeconds: 3 }); // warm-up
      const alone = await runLoad({ ...legitimate, durationSeconds: ctx.durationSeconds });
      const [underAttack, attack] = await Promise.all([
        runLoad({ ...legitimate, durationSeconds: ctx.durationSeconds }),
        runLoad({ ...malicious, durationSeconds: ctx.durationSeconds }),
      ]);
      ctx.log(
        note(
          'abuse',
          `${rejected.total} malicious requests alone caused ${after - before - 2} database transactions (${perRejection.toFixed(3)} each); ${attack.total} sent during the attack, ${attack.non2xx} refused with 4xx; hub peak RSS ${hub.peakRssMb().toFixed(0)} MB`,
        ),
      );
      return [
        {
          scenario: 'abuse',
          metric: 'permitStatus req/s under attack vs alone',
          hub: underAttack.requestsPerSecond,
          ceiling: alone.requestsPerSecond,
          unit: 'req/s',
          higherIsBetter: true,
          target: 0.8,
        },
      ];
    } finally {
      await hub.stop();
      await dropDatabase(name);
    }
  },
};
