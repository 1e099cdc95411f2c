import { startBare } from '../lib/bare';
import { dropDatabase, freshDatabase, withClient } from '../lib/bench-database';
import { gql, issueApiKey, startBenchHub } from '../lib/hub';
import { LoadResult, runLoad } from '../lib/load';
import { Figure, note } from '../lib/report';
import { Scenario, ScenarioContext } from '../lib/scenario';
import { READING_EVERY_MINUTES, READINGS_FROM, seedDeviceReadings, seedRecords, sizeAt } from '../lib/seed';

const CONNECTIONS = 64;
const WARM_UP_SECONDS = 3;
const TOWN = '350582001'; // 青阳街道: a town officer checks permits before an inspection
const PERMIT = `query($uscc: String!, $matterCode: String!) { permitStatus(uscc: $uscc, matterCode: $matterCode) { covered reason licence { licenceNumber validTo holderName } } }`;
const READINGS = `query($deviceId: ID!, $from: DateTime!, $to: DateTime!) { deviceReadings(deviceId: $deviceId, from: $from, to: $to, first: 100) {
  nodes { observedAt kind reading } pageInfo { hasNextPage endCursor } } }`;
/**
 * Light load: 4 officers checking at once, each the moment the last answer came. The latency an
 * officer sees when the hub is not saturated (autocannon's rate limit sends each second's requests
 * in one burst, so a paced rate would measure its own bursts instead).
 */
const LIGHT_CONNECTIONS = 4;
const PROFILE = `query($uscc: String!) { partyProfile(uscc: $uscc) { names licences { licenceNumber status } penalties { decisionNumber fineAmount } openComplaints { summary } } }`;

/** Throughput and latency of one query against its ceiling; the issue's targets (0.45x, p99 <= 25 ms) where `targeted`. */
function figures(metric: string, hub: LoadResult, bare: LoadResult, targeted = true): Figure[] {
  return [
    {
      scenario: 'lookup',
      metric: `${metric} requests/s (64 conns)`,
      hub: hub.requestsPerSecond,
      ceiling: bare.requestsPerSecond,
      unit: 'req/s',
      higherIsBetter: true,
      target: targeted ? 0.45 : undefined,
    },
    { scenario: 'lookup', metric: `${metric} p50 latency`, hub: hub.p50Ms, ceiling: bare.p50Ms, unit: 'ms', higherIsBetter: false },
    {
      scenario: 'lookup',
      metric: `${metric} p99 latency`,
      hub: hub.p99Ms,
      ceiling: bare.p99Ms,
      unit: 'ms',
      higherIsBetter: false,
      notes: targeted ? `target hub p99 <= 25 ms: ${hub.p99Ms <= 25 ? 'met' : 'MISSED'}` : undefined,
    },
  ];
}

export const PERMIT_QUERY = PERMIT;

export interface LookupData {
  url: string;
  key: string;
  pairs: Array<{ uscc: string; matter: string }>;
  /** One day of one monitor's readings each (with `readings`). */
  windows: Array<{ deviceId: string; from: string; to: string }>;
}

/** A database seeded at `ctx.scale`, a town's READ key, 2,000 (party, matter) pairs that have licences, and with `readings` the monitors' readings. */
export async function prepareLookup(name: string, ctx: ScenarioContext, options: { readings?: boolean } = {}): Promise<LookupData> {
  const url = await freshDatabase(name);
  const size = sizeAt(ctx.scale);
  const readings = options.readings ? `, ${size.readings.toLocaleString()} device readings` : '';
  ctx.log(
    note(
      name.replace('hub_bench_', ''),
      `seeding ${size.licences.toLocaleString()} licences, ${size.penalties.toLocaleString()} penalties, ${size.parties.toLocaleString()} parties${readings}`,
    ),
  );
  return withClient(url, async (client) => {
    await seedRecords(client, size);
    const devices = options.readings ? await seedDeviceReadings(client, size.readings) : [];
    const days = Math.max(1, Math.floor(((size.readings / Math.max(1, devices.length)) * READING_EVERY_MINUTES) / 1440));
    const windows = devices.map((deviceId, i) => {
      const from = new Date(READINGS_FROM.getTime() + (i % days) * 86_400_000);
      return { deviceId, from: from.toISOString(), to: new Date(from.getTime() + 86_400_000).toISOString() };
    });
    const sample = await client.query<{ uscc: string; matter: string }>(
      `SELECT holder_uscc AS uscc, matter_code AS matter FROM licensing_decision ORDER BY source_id LIMIT 2000`,
    );
    return { url, key: await issueApiKey(client, TOWN, ['READ']), pairs: sample.rows, windows };
  });
}

export const lookup: Scenario = {
  name: 'lookup',
  describe:
    "permitStatus, partyProfile and a day of a monitor's readings over GraphQL at 64 connections, and permitStatus under light load, vs bare node:http + pg running the same SQL",
  async run(ctx) {
    const name = 'hub_bench_lookup';
    const { url, key, pairs, windows } = await prepareLookup(name, ctx, { readings: true });
    const hub = await startBenchHub(url);
    const bare = await startBare(url);
    try {
      const headers = { authorization: `Bearer ${key}` };
      // Every request must be a real answer: check one of each before measuring.
      await gql(hub.url, key, PERMIT, { uscc: pairs[0].uscc, matterCode: pairs[0].matter });
      await gql(hub.url, key, PROFILE, { uscc: pairs[0].uscc });
      const page = await gql<{ deviceReadings: { nodes: unknown[] } }>(hub.url, key, READINGS, windows[0]);
      if (page.deviceReadings.nodes.length !== Math.min(100, 1440 / READING_EVERY_MINUTES))
        throw new Error(`a day of readings answered ${page.deviceReadings.nodes.length}`);
      const permitBodies = pairs.map((p) => JSON.stringify({ query: PERMIT, variables: { uscc: p.uscc, matterCode: p.matter } }));
      const profileBodies = pairs.map((p) => JSON.stringify({ query: PROFILE, variables: { uscc: p.uscc } }));
      // Each measurement follows a short warm-up of the same load: JIT, pools and caches settle first.
      const load = async (target: string, bodies: string[], auth = true, connections = CONNECTIONS) => {
        const spec = { url: target, connections, headers: auth ? headers : {}, bodies };
        await runLoad({ ...spec, durationSeconds: WARM_UP_SECONDS });
        return runLoad({ ...spec, durationSeconds: ctx.durationSeconds });
      };

      const hubPermit = await load(`${hub.url}/graphql`, permitBodies);
      const barePermit = await load(
        `${bare.url}/permit`,
        pairs.map((p) => JSON.stringify({ uscc: p.uscc, matterCode: p.matter })),
        false,
      );
      const hubProfile = await load(`${hub.url}/graphql`, profileBodies);
      const bareProfile = await load(
        `${bare.url}/profile`,
        pairs.map((p) => JSON.stringify({ uscc: p.uscc })),
        false,
      );
      const hubReadings = await load(
        `${hub.url}/graphql`,
        windows.map((w) => JSON.stringify({ query: READINGS, variables: w })),
      );
      const bareReadings = await load(
        `${bare.url}/readings`,
        windows.map((w) => JSON.stringify(w)),
        false,
      );
      const hubLight = await load(`${hub.url}/graphql`, permitBodies, true, LIGHT_CONNECTIONS);
      const bareLight = await load(
        `${bare.url}/permit`,
        pairs.map((p) => JSON.stringify({ uscc: p.uscc, matterCode: p.matter })),
        false,
        LIGHT_CONNECTIONS,
      );
      for (const [what, result] of Object.entries({
        hubPermit,
        barePermit,
        hubProfile,
        bareProfile,
        hubReadings,
        bareReadings,
        hubLight,
        bareLight,
      })) {
        if (result.non2xx || result.errors)
          ctx.log(note('lookup', `WARNING ${what}: ${result.non2xx} non-2xx answers, ${result.errors} errors`));
      }
      ctx.log(note('lookup', `hub peak RSS ${hub.peakRssMb().toFixed(0)} MB`));
      return [
        ...figures('permitStatus', hubPermit, barePermit),
        ...figures('partyProfile', hubProfile, bareProfile),
        ...figures('deviceReadings (a day, 100)', hubReadings, bareReadings, false),
        {
          scenario: 'lookup',
          metric: `permitStatus p99, ${LIGHT_CONNECTIONS} connections`,
          hub: hubLight.p99Ms,
          ceiling: bareLight.p99Ms,
          unit: 'ms',
          higherIsBetter: false,
          notes: `${Math.round(hubLight.requestsPerSecond)} req/s, p50 ${hubLight.p50Ms} ms; target hub p99 <= 25 ms: ${hubLight.p99Ms <= 25 ? 'met' : 'MISSED'}`,
        },
      ];
    } finally {
      bare.stop();
      await hub.stop();
      await dropDatabase(name);
    }
  },
};
