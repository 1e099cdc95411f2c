import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { ApiKeyScope } from '@hub/shared-schema';
import { FeedSubscriber, FileCheckpoint, HubClient, HubEvent, WebhookReceiver } from '@hub/connectors';
import { licence, MARKET, PUBLISH_LICENCES, QINGYANG } from '../utils/fixtures';
import { FAST_DELIVERY } from '../utils/delivery-env';
import { seed } from '../utils/seed';
import { eventually, waitUntil } from '../utils/wait';
import { startTestApp, TestApp } from '../utils/test-app';

const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { webhookSecret subscription { id } } }`;

describe('connector SDK: FeedSubscriber and WebhookReceiver against a real hub (e2e)', () => {
  let hub: TestApp;
  let market: string;
  let town: string;
  let n = 0;
  const dir = mkdtempSync(join(tmpdir(), 'hub-sdk-'));
  const servers: Server[] = [];

  beforeAll(async () => {
    // The receiver is on loopback, which webhooks may reach only when the operator says so.
    hub = await startTestApp({ ...FAST_DELIVERY, WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    await seed.foodMatter(hub);
    market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
    town = await hub.apiKey(QINGYANG, [ApiKeyScope.SUBSCRIBE]);
  });
  afterAll(async () => {
    await hub.close();
    for (const server of servers) server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const publish = async (count: number) => {
    const records = Array.from({ length: count }, () => licence(++n));
    expect((await hub.gql(PUBLISH_LICENCES, { records }, { credential: market })).data?.publishLicensingDecisions.accepted).toBe(count);
    return records.map((r) => r.sourceId);
  };

  async function subscription(input: Record<string, unknown>) {
    const created = await hub.gql(CREATE, { input: { unitCode: QINGYANG, ...input } }, { credential: town });
    expect(created.errors).toBeUndefined();
    return created.data!.createSubscription as { webhookSecret: string | null; subscription: { id: string } };
  }

  it('FeedSubscriber hands every event over once in order, checkpoints, and resumes after a restart', async () => {
    const { subscription: sub } = await subscription({ name: 'feed', delivery: 'PULL' });
    const client = new HubClient({ url: hub.url, credential: town });
    const checkpoint = new FileCheckpoint(join(dir, 'feed.json'));
    const handled: HubEvent[] = [];
    let failOnce = true;
    const first = new FeedSubscriber({
      client,
      subscriptionId: sub.id,
      checkpoint,
      pageSize: 7,
      idleMs: 20,
      backoff: { baseDelayMs: 10, maxDelayMs: 20 },
      handler: (event) => {
        // A handler failure hands the same event over again: nothing is skipped.
        if (handled.length === 10 && failOnce) {
          failOnce = false;
          throw new Error('downstream busy');
        }
        handled.push(event);
      },
    });
    const sent = await publish(25);
    const running = first.run();
    await waitUntil(() => handled.length === 25);
    await first.stop();
    await running;
    expect(handled.map((e) => e.data.sourceId)).toEqual(sent);
    const saved = await checkpoint.load();
    expect(saved).toBe(handled[24].position);
    const acked = await hub.gql('query($id: ID!) { subscription(id: $id) { position } }', { id: sub.id }, { credential: town });
    expect(acked.data?.subscription.position).toBe(saved);

    // Restarted from its checkpoint, it gets only what came after.
    const more = await publish(3);
    const again: HubEvent[] = [];
    // It reads to the end of the log and returns: whatever it would hand over, it has handed over.
    const second = new FeedSubscriber({
      client,
      subscriptionId: sub.id,
      checkpoint,
      untilCaughtUp: true,
      handler: (e) => void again.push(e),
    });
    await second.run();
    expect(again.map((e) => e.data.sourceId)).toEqual(more);
  });

  it("FeedSubscriber stops with the hub's error when the subscription is not its own", async () => {
    const { subscription: sub } = await subscription({ name: 'not-yours', delivery: 'PULL' });
    const other = new HubClient({ url: hub.url, credential: await hub.apiKey('350582101', [ApiKeyScope.SUBSCRIBE]) });
    const subscriber = new FeedSubscriber({ client: other, subscriptionId: sub.id, handler: () => undefined });
    await expect(subscriber.run()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("WebhookReceiver verifies the hub's signatures, refuses a wrong secret, replays and stale messages, and deduplicates", async () => {
    const good: HubEvent[] = [];
    let receiver: WebhookReceiver | null = null;
    const server = createServer((req, res) => receiver!.listener((event) => void good.push(event))(req, res));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hub`;

    // First with a receiver holding the wrong secret: every delivery is refused with 401.
    receiver = new WebhookReceiver({ secrets: [`whsec_${Buffer.alloc(32, 7).toString('base64')}`] });
    const { webhookSecret, subscription: sub } = await subscription({
      name: 'hook',
      delivery: 'WEBHOOK',
      webhookUrl: url,
      categories: ['LICENSING'],
    });
    const sent = await publish(2);
    const attempts = async () =>
      (await hub.gql('query($id: ID!) { webhookAttempts(id: $id) { statusCode succeeded } }', { id: sub.id }, { credential: town })).data!
        .webhookAttempts;
    // Wait for refused deliveries to be recorded, rather than for a while: then every one of them is a 401.
    const refused: Array<{ statusCode: number | null; succeeded: boolean }> = await eventually(attempts, (list) => list.length >= 2);
    expect(refused.length).toBeGreaterThanOrEqual(2);
    expect(refused.filter((a) => a.statusCode !== 401 || a.succeeded)).toEqual([]);
    expect(good).toEqual([]);

    // With the right secret the retried deliveries go through, in order.
    receiver = new WebhookReceiver({ secrets: [webhookSecret!] });
    await waitUntil(() => good.length === 2);
    expect(good.map((e) => e.data.sourceId)).toEqual(sent);

    // A captured message sent again is a duplicate: acknowledged, not handled twice.
    const payload = JSON.stringify(good[0]);
    const headers = (at: Date) => {
      const signature = new Webhook(webhookSecret!).sign(good[0].id, at, payload);
      return { 'webhook-id': good[0].id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': signature };
    };
    const replay = await fetch(url, { method: 'POST', headers: headers(new Date()), body: payload });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ outcome: 'duplicate' });
    expect(good).toHaveLength(2);
    // Outside the timestamp tolerance it is refused outright, even with a good signature.
    const stale = await fetch(url, { method: 'POST', headers: headers(new Date(Date.now() - 10 * 60_000)), body: payload });
    expect(stale.status).toBe(401);
    // A tampered body fails the signature.
    const tampered = await fetch(url, {
      method: 'POST',
      headers: headers(new Date()),
      body: payload.replace(good[0].data.sourceId, 'FORGED'),
    });
    expect(tampered.status).toBe(401);
  });
});
