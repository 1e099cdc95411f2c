import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyScope } from '@hub/shared-schema';
import { licence, MARKET, PUBLISH_LICENCES, QINGYANG } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { freePort } from '../utils/hub-process';
import { startCli } from '../utils/connector-cli';
import { waitUntil } from '../utils/wait';
import { startTestApp, TestApp } from '../utils/test-app';

const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { webhookSecret subscription { id } } }`;
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; data: { sourceId: string } });

describe('hub-connector pull, tail and serve-webhook (e2e, the built command)', () => {
  let hub: TestApp;
  let market: string;
  let town: string;
  let n = 0;
  const dir = mkdtempSync(join(tmpdir(), 'hub-cli-feed-'));

  beforeAll(async () => {
    hub = await startTestApp({ DELIVERY_POLL_MS: '20', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' }); // loopback receiver, allowed explicitly
    await seed.foodMatter(hub);
    market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
    town = await hub.apiKey(QINGYANG, [ApiKeyScope.SUBSCRIBE]);
  });
  afterAll(async () => {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const publish = async (count: number) => {
    const records = Array.from({ length: count }, () => licence(++n));
    expect((await hub.gql(PUBLISH_LICENCES, { records }, { credential: market })).data?.publishLicensingDecisions.accepted).toBe(count);
    return records.map((r) => r.sourceId);
  };

  it('pull writes the feed as NDJSON up to the present and resumes from its checkpoint; tail follows it', async () => {
    const created = await hub.gql(
      CREATE,
      { input: { unitCode: QINGYANG, name: 'cli-pull', delivery: 'PULL', startFrom: 'BEGINNING' } },
      { credential: town },
    );
    const id = created.data!.createSubscription.subscription.id as string;
    const out = join(dir, 'feed.ndjson');
    const first = await publish(12);
    const args = ['pull', '--subscription', id, '--url', hub.url, '--out', out, '--page-size', '5'];
    const run1 = await startCli(args, town).done;
    expect(run1.code).toBe(0);
    expect(run1.stderr).toContain('12 event(s) written');
    expect(lines(out).map((e) => e.data.sourceId)).toEqual(first);

    const second = await publish(3);
    const run2 = await startCli(args, town).done;
    expect(run2.stderr).toContain('3 event(s) written');
    expect(lines(out).map((e) => e.data.sourceId)).toEqual([...first, ...second]);

    // tail to standard output, with a checkpoint of its own not yet written: it starts from the
    // position the hub holds as acknowledged (where pull left it) and follows until interrupted.
    const tail = startCli(['tail', '--subscription', id, '--url', hub.url, '--checkpoint', join(dir, 'tail.json')], town);
    const third = await publish(2);
    await waitUntil(() => tail.output().stdout.split('\n').filter(Boolean).length >= 2);
    tail.child.kill('SIGINT');
    const tailed = await tail.done;
    expect(tailed.code).toBe(0);
    expect(
      tailed.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).data.sourceId),
    ).toEqual(third);
  });

  it('serve-webhook verifies deliveries and writes each event once', async () => {
    const port = await freePort();
    const out = join(dir, 'received.ndjson');
    const created = await hub.gql(
      CREATE,
      {
        input: {
          unitCode: QINGYANG,
          name: 'cli-hook',
          delivery: 'WEBHOOK',
          webhookUrl: `http://127.0.0.1:${port}/`,
          categories: ['LICENSING'],
        },
      },
      { credential: town },
    );
    const secret = created.data!.createSubscription.webhookSecret as string;
    const server = startCli(['serve-webhook', '--port', String(port), '--out', out], '', { HUB_WEBHOOK_SECRET: secret });
    await waitUntil(() => server.output().stderr.includes('listening on'));
    const sent = await publish(5);
    await waitUntil(() => {
      try {
        return lines(out).length >= 5;
      } catch {
        return false;
      }
    });
    expect(lines(out).map((e) => e.data.sourceId)).toEqual(sent);

    // A forged delivery is refused and not written.
    const forged = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: { 'webhook-id': 'x', 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': 'v1,AAAA' },
      body: '{"id":"x"}',
    });
    expect(forged.status).toBe(401);
    server.child.kill('SIGTERM');
    expect((await server.done).code).toBe(0);
    expect(lines(out)).toHaveLength(5);
  });
});
