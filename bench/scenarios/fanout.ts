import { createServer, IncomingMessage, request, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { MARKET, PUBLISH_LICENCES } from '../../test/utils/fixtures';
import { dropDatabase, freshDatabase, withClient } from '../lib/bench-database';
import { gql, issueApiKey, startBenchHub } from '../lib/hub';
import { Figure, note } from '../lib/report';
import { Scenario } from '../lib/scenario';
import { partyUscc, seedRecords } from '../lib/seed';

const FULL_EVENTS = 10_000;
const PACE_PER_SECOND = 100;
const SUBSCRIBE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;

interface Arrival {
  id: string;
  position: bigint;
  latencyMs: number;
  at: number;
  body: string;
}

/**
 * One loopback server standing for the 19 towns' systems, `/<i>` each. The last one answers 500 to
 * everything: a town whose system is broken must not slow the others down.
 */
async function startReceivers(
  count: number,
): Promise<{ server: Server; url: (i: number) => string; arrivals: Arrival[][]; failing: number }> {
  const arrivals: Arrival[][] = Array.from({ length: count }, () => []);
  const failing = count - 1;
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const i = Number(req.url!.slice(1));
      if (i === failing) {
        res.writeHead(500).end();
        return;
      }
      const event = JSON.parse(body) as { id: string; time: string; position: string };
      const now = Date.now();
      arrivals[i].push({ id: event.id, position: BigInt(event.position), latencyMs: now - Date.parse(event.time), at: now, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: (i) => `http://127.0.0.1:${port}/${i}`, arrivals, failing };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  for (const end = Date.now() + timeoutMs; !condition(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}

/** POSTs one body to a receiver; the bare alternative to the hub's delivery. */
function post(url: string, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve());
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export const fanout: Scenario = {
  name: 'fanout',
  describe:
    'licensing events to 19 webhook subscribers on loopback (one failing): commit-to-delivery latency at 100 events/s, and drain rate vs a bare POST loop',
  async run(ctx) {
    const name = 'hub_bench_fanout';
    const url = await freshDatabase(name);
    const total = Math.max(200, Math.round(FULL_EVENTS * ctx.scale));
    const { publisher, towns } = await withClient(url, async (client) => {
      await seedRecords(client, { matters: 300, parties: 1, licences: 0, penalties: 0 });
      const units = await client.query<{ code: string }>(`SELECT code FROM unit WHERE kind IN ('TOWN', 'SUBDISTRICT') ORDER BY code`);
      const keys = [];
      for (const unit of units.rows) keys.push({ code: unit.code, key: await issueApiKey(client, unit.code, ['SUBSCRIBE']) });
      return { publisher: await issueApiKey(client, MARKET, ['PUBLISH']), towns: keys };
    });
    const receivers = await startReceivers(towns.length);
    const hub = await startBenchHub(url, {
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      DELIVERY_POLL_MS: '50',
      DELIVERY_CONCURRENCY: '32',
      WEBHOOK_TIMEOUT_MS: '2000',
    });
    try {
      for (const [i, town] of towns.entries()) {
        await gql(hub.url, town.key, SUBSCRIBE, {
          input: { unitCode: town.code, name: 'fanout', delivery: 'WEBHOOK', webhookUrl: receivers.url(i), categories: ['LICENSING'] },
        });
      }
      const healthy = towns.length - 1;
      const record = (n: number) => ({
        sourceId: `FAN-${n}`,
        kind: 'LICENCE',
        licenceNumber: `JY9${String(n).padStart(10, '0')}`,
        holderName: `企业${n}`,
        holderUscc: partyUscc(n),
        matterCode: `BM-${String(1 + (n % 300)).padStart(4, '0')}`,
        townshipCode: towns[n % towns.length].code,
        validFrom: '2025-01-01',
        validTo: '2029-12-31',
        status: 'VALID',
        decisionDate: '2025-01-01',
      });
      const delivered = () => receivers.arrivals.reduce((sum, a, i) => (i === receivers.failing ? sum : sum + a.length), 0);

      // Phase 1: paced at 100 events a second (10 every 100 ms), as departments publish through a day.
      ctx.log(
        note('fanout', `publishing ${total.toLocaleString()} events at ${PACE_PER_SECOND}/s to ${towns.length} subscribers (one failing)`),
      );
      const start = Date.now();
      for (let n = 0; n < total; n += 10) {
        const due = start + (n / PACE_PER_SECOND) * 1000;
        if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
        await gql(hub.url, publisher, PUBLISH_LICENCES, {
          records: Array.from({ length: Math.min(10, total - n) }, (_, k) => record(n + k)),
        });
      }
      await until(() => delivered() === total * healthy, 1_800_000, 'every paced delivery');
      const paced = receivers.arrivals.filter((_, i) => i !== receivers.failing).flat();
      const latencies = paced.map((a) => a.latencyMs);
      // Per subscription, log order: each event arrives after the one before it (a retried one may repeat).
      const ordered = receivers.arrivals.every(
        (a, i) => i === receivers.failing || a.every((x, k) => k === 0 || x.position >= a[k - 1].position),
      );

      // Phase 2: a burst (a department's backlog in batches of 1,000): how fast the hub drains it.
      for (const a of receivers.arrivals) a.length = 0;
      const burstStart = Date.now();
      for (let n = total; n < 2 * total; n += 1000) {
        await gql(hub.url, publisher, PUBLISH_LICENCES, {
          records: Array.from({ length: Math.min(1000, 2 * total - n) }, (_, k) => record(n + k)),
        });
      }
      await until(() => delivered() === total * healthy, 1_800_000, 'every burst delivery');
      // A reduce, not Math.max(...): 190,000 arguments overflow the stack.
      const lastArrival = receivers.arrivals.flat().reduce((latest, a) => Math.max(latest, a.at), 0);
      const hubRate = (total * healthy) / ((lastArrival - burstStart) / 1000);

      // The ceiling: the same payloads POSTed by a bare loop, one at a time per receiver, all receivers at once.
      const bodies = receivers.arrivals[0].map((a) => a.body);
      for (const a of receivers.arrivals) a.length = 0;
      const bareStart = Date.now();
      await Promise.all(
        Array.from({ length: healthy }, async (_, i) => {
          for (const body of bodies) await post(receivers.url(i), body);
        }),
      );
      const bareRate = (bodies.length * healthy) / ((Date.now() - bareStart) / 1000);

      ctx.log(
        note(
          'fanout',
          `paced: ${paced.length.toLocaleString()} deliveries, p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms commit-to-delivery (target p99 <= 2000 ms: ${percentile(latencies, 99) <= 2000 ? 'met' : 'MISSED'}); ${ordered ? 'in log order per subscription' : 'OUT OF ORDER'}; hub peak RSS ${hub.peakRssMb().toFixed(0)} MB`,
        ),
      );
      const figures: Figure[] = [
        {
          scenario: 'fanout',
          metric: `burst of ${total.toLocaleString()} events x ${healthy} receivers`,
          hub: hubRate,
          ceiling: bareRate,
          unit: 'del/s',
          higherIsBetter: true,
        },
      ];
      return figures;
    } finally {
      await hub.stop();
      receivers.server.closeAllConnections();
      await new Promise((r) => receivers.server.close(r));
      await dropDatabase(name);
    }
  },
};
