import { Webhook } from 'standardwebhooks';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { HubEvent, WebhookReceiver } from '@hub/connectors';
import { FOOD_MATTER, licence, MARKET, PUBLISH_LICENCES, QINGYANG } from '../utils/fixtures';
import { exited, freePort, HubProcess } from '../utils/hub-process';
import { startHubProcessOn, startTestApp, TestApp } from '../utils/test-app';
import { ReceivedWebhook, TestWebhookReceiver } from '../utils/webhook-receiver';
import { recordFigures } from './fault-figures';

const EVENTS = 2000;
const BATCH = 250;
const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { webhookSecret subscription { id } } }`;

/** Per-subscription order as a receiver saw it: first arrivals must follow the log; repeats only of events already delivered. */
function orderOf(received: ReceivedWebhook[], expected: string[]) {
  const ids = received.map((r) => r.event.id);
  const firsts = ids.filter((id, k) => ids.indexOf(id) === k);
  const positions = received.map((r) => BigInt(r.event.position));
  return {
    ids,
    firsts,
    missing: expected.filter((id) => !ids.includes(id)).length,
    repeated: ids.length - new Set(ids).size,
    backwards: positions.filter((p, k) => k > 0 && p < positions[k - 1]).length,
  };
}

/**
 * The benchmarks' fan-out under a fault, and the change log's durability promise (an event is never lost
 * once its change commits), with 2,000 events and the delivering hub killed mid-delivery and restarted:
 * the delivery worker runs in its own process so it can be killed while the test process keeps
 * publishing.
 */
describe('SIGKILL of the delivering hub during fan-out, with one subscriber offline throughout (fault)', () => {
  let api: TestApp; // publishes and manages; runs no delivery worker
  let worker: HubProcess | null = null;
  const online = new TestWebhookReceiver();
  const offline = new TestWebhookReceiver(); // nothing listens on its port until publishing is over

  // Short backoff and a generous attempt limit: the offline subscriber is retried, not dead-lettered, while down.
  const startWorker = () =>
    startHubProcessOn(api, {
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      DELIVERY_POLL_MS: '20',
      WEBHOOK_TIMEOUT_MS: '1000',
      WEBHOOK_RETRY_BASE_MS: '100',
      WEBHOOK_RETRY_MAX_MS: '3000',
      WEBHOOK_MAX_ATTEMPTS: '50',
    });

  beforeAll(async () => {
    api = await startTestApp({ HUB_DELIVERY_WORKER: 'false', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' }); // loopback receivers, allowed explicitly
    const admin = await api.userToken([Role.ADMIN], 'joint-meeting-office');
    await api.gql(
      'mutation($input: DevolvedMatterInput!) { saveDevolvedMatter(input: $input) { code } }',
      { input: FOOD_MATTER },
      { credential: admin },
    );
  });
  afterAll(async () => {
    if (worker && worker.child.exitCode === null) {
      worker.child.kill('SIGTERM');
      await exited(worker.child);
    }
    await api.close();
    await Promise.all([online.stop(), offline.stop()]);
  });

  it('delivers every event at least once to both, none missing, order per subscription kept; replayed messages are not handled twice', async () => {
    const town = await api.apiKey(QINGYANG, [ApiKeyScope.SUBSCRIBE]);
    const market = await api.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.SUBSCRIBE]);
    const onlineUrl = await online.start();
    const offlinePort = await freePort();
    const subscribe = async (credential: string, unitCode: string, webhookUrl: string) => {
      const created = await api.gql(
        CREATE,
        { input: { unitCode, name: 'fault', delivery: 'WEBHOOK', webhookUrl, startFrom: 'BEGINNING' } },
        { credential },
      );
      expect(created.errors).toBeUndefined();
      return created.data!.createSubscription.webhookSecret as string;
    };
    await subscribe(town, QINGYANG, onlineUrl);
    const offlineSecret = await subscribe(market, MARKET, `http://127.0.0.1:${offlinePort}/hook`);
    // The returning subscriber verifies with the connector SDK, as a unit's system would.
    const handled: HubEvent[] = [];
    const sdk = new WebhookReceiver({ secrets: [offlineSecret] });
    offline.respond = async ({ headers, body }) => (await sdk.receive(body, headers, (event) => void handled.push(event))).status;

    const publish = async (from: number, to: number) => {
      for (let start = from; start < to; start += BATCH) {
        const records = Array.from({ length: BATCH }, (_, i) => licence(start + i));
        expect((await api.gql(PUBLISH_LICENCES, { records }, { credential: market })).data?.publishLicensingDecisions.accepted).toBe(BATCH);
      }
    };

    // The online receiver holds one request open: the kill lands while a delivery is in flight.
    let release: () => void = () => undefined;
    const killed = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    online.respond = async ({ count }) => {
      if (count === EVENTS / 4) {
        holding = true;
        await killed;
      }
      return 200;
    };

    worker = await startWorker();
    await publish(0, EVENTS / 2);
    await online.waitFor(() => holding, 60_000);
    worker.child.kill('SIGKILL'); // mid fan-out: the online subscriber is part-way, the offline one keeps failing
    await exited(worker.child);
    release(); // the receiver handles the event, but its answer never reaches the dead hub
    await online.waitFor(() => online.received.length === EVENTS / 4);
    const atKill = online.delivered.length;
    await publish(EVENTS / 2, EVENTS); // the log keeps growing while no worker runs
    worker = await startWorker();
    await online.waitFor(() => new Set(online.delivered.map((r) => r.event.id)).size >= EVENTS, 120_000);
    const [tried] = await api.sql(
      `SELECT count(*)::int AS n FROM webhook_attempt a JOIN subscription s ON s.id = a.subscription_id WHERE s.unit_code = $1 AND NOT a.succeeded`,
      [MARKET],
    );
    expect(tried.n).toBeGreaterThan(0); // the offline subscriber was tried, and failed, while down

    await offline.start(offlinePort);
    await offline.waitFor(() => new Set(handled.map((e) => e.id)).size >= EVENTS, 120_000);

    const expected = (await api.sql<{ id: string }>('SELECT id FROM change_event ORDER BY position')).map((r) => r.id);
    expect(expected).toHaveLength(EVENTS);
    const seenOnline = orderOf(online.delivered, expected);
    const seenOffline = orderOf(offline.delivered, expected);
    for (const seen of [seenOnline, seenOffline]) {
      expect(new Set(seen.ids)).toEqual(new Set(expected)); // none missing, nothing foreign
      expect(seen.firsts).toEqual(expected);
      expect(seen.backwards).toBeLessThanOrEqual(1); // one step back at most: the re-sent deliveries not yet recorded at the kill
    }
    expect(seenOnline.repeated).toBeGreaterThanOrEqual(1); // at least the event in flight at the kill came again (at least once)
    expect(handled.map((e) => e.id)).toEqual(expected); // the SDK hands each event to its handler once, in order

    // Webhook replays: a captured delivery sent again is acknowledged as a duplicate and not handled;
    // re-signed outside the tolerance, or tampered, it is refused.
    const captured = offline.delivered[0];
    const resend = async (headers: Record<string, string>, body = captured.body) =>
      (
        await fetch(`http://127.0.0.1:${offlinePort}/hook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        })
      ).status;
    const exact = {
      'webhook-id': String(captured.headers['webhook-id']),
      'webhook-timestamp': String(captured.headers['webhook-timestamp']),
      'webhook-signature': String(captured.headers['webhook-signature']),
    };
    const staleAt = new Date(Date.now() - 10 * 60_000);
    const stale = {
      ...exact,
      'webhook-timestamp': String(Math.floor(staleAt.getTime() / 1000)),
      'webhook-signature': new Webhook(offlineSecret).sign(captured.event.id, staleAt, captured.body),
    };
    const replays = [
      await resend(exact),
      await resend(exact),
      await resend(stale),
      await resend(exact, captured.body.replace(captured.event.id, '00000000-0000-4000-8000-000000000000')),
    ];
    expect(replays).toEqual([200, 200, 401, 401]);
    expect(handled).toHaveLength(EVENTS);

    recordFigures('SIGKILL during fan-out, one offline', {
      events: EVENTS,
      subscriptions: 2,
      'kills (SIGKILL)': 1,
      'deliveries before the kill': atKill,
      'failed attempts while offline (hub side)': tried.n,
      'deliveries received': seenOnline.ids.length + seenOffline.ids.length,
      repeated: seenOnline.repeated + seenOffline.repeated,
      'out of order': seenOnline.backwards + seenOffline.backwards,
      missing: seenOnline.missing + seenOffline.missing,
    });
    recordFigures('webhook replays to an SDK receiver', {
      'replays sent': replays.length,
      'handled twice': handled.length - EVENTS,
      'refused (stale, tampered)': replays.filter((s) => s === 401).length,
    });
  }, 300_000);
});
