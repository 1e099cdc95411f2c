import { ApiKeyScope, Role } from '@hub/shared-schema';
import { FOOD_MATTER, licence, MARKET, PUBLISH_LICENCES, QINGYANG } from '../utils/fixtures';
import { exited, HubProcess } from '../utils/hub-process';
import { startHubProcessOn, startTestApp, TestApp } from '../utils/test-app';
import { TestWebhookReceiver } from '../utils/webhook-receiver';

const EVENTS = 2000;
const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;

describe('webhook delivery survives a SIGKILL of the delivering hub (e2e, two processes)', () => {
  let api: TestApp; // publishes and manages; runs no delivery worker
  let worker: HubProcess | null = null;
  const receivers = [new TestWebhookReceiver(), new TestWebhookReceiver()];

  const startWorker = () => startHubProcessOn(api, { DELIVERY_POLL_MS: '20', WEBHOOK_TIMEOUT_MS: '1000' });

  beforeAll(async () => {
    api = await startTestApp({ HUB_DELIVERY_WORKER: 'false' });
    const admin = await api.userToken([Role.ADMIN], 'joint-meeting-office');
    await api.gql('mutation($input: DevolvedMatterInput!) { saveDevolvedMatter(input: $input) { code } }', { input: FOOD_MATTER }, { credential: admin });
  });
  afterAll(async () => {
    if (worker && worker.child.exitCode === null) {
      worker.child.kill('SIGTERM');
      await exited(worker.child);
    }
    await api.close();
    await Promise.all(receivers.map((r) => r.stop()));
  });

  it('delivers every one of 2,000 events at least once, none missing, in order per subscription', async () => {
    const town = await api.apiKey(QINGYANG, [ApiKeyScope.SUBSCRIBE]);
    const market = await api.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.SUBSCRIBE]);
    for (const [i, receiver] of receivers.entries()) {
      const url = await receiver.start();
      const [credential, unitCode] = i === 0 ? [town, QINGYANG] : [market, MARKET];
      const created = await api.gql(CREATE, { input: { unitCode, name: 'durable', delivery: 'WEBHOOK', webhookUrl: url, startFrom: 'BEGINNING' } }, { credential });
      expect(created.errors).toBeUndefined();
    }

    worker = await startWorker();
    for (let batch = 0; batch < EVENTS / 500; batch++) {
      const records = Array.from({ length: 500 }, (_, i) => licence(batch * 500 + i));
      expect((await api.gql(PUBLISH_LICENCES, { records }, { credential: market })).data?.publishLicensingDecisions.accepted).toBe(500);
    }
    const total = () => receivers.reduce((sum, r) => sum + r.delivered.length, 0);
    await receivers[0].waitFor(() => total() >= 800, 60_000);
    worker.child.kill('SIGKILL');
    await exited(worker.child);
    const atKill = total();
    expect(atKill).toBeLessThan(2 * EVENTS); // killed mid-delivery, not after

    worker = await startWorker();
    for (const receiver of receivers) {
      await receiver.waitFor(() => new Set(receiver.delivered.map((r) => r.event.id)).size >= EVENTS, 90_000);
    }

    const expected = (await api.sql<{ id: string }>('SELECT id FROM change_event ORDER BY change_event.position')).map((r) => r.id);
    expect(expected).toHaveLength(EVENTS);
    const figures: string[] = [];
    for (const [i, receiver] of receivers.entries()) {
      const ids = receiver.delivered.map((r) => r.event.id);
      expect(new Set(ids)).toEqual(new Set(expected)); // none missing, nothing foreign
      // First arrivals follow the log order exactly; a repeat is only ever an event already delivered.
      const firsts = ids.filter((id, k) => ids.indexOf(id) === k);
      expect(firsts).toEqual(expected);
      const positions = receiver.delivered.map((r) => BigInt(r.event.position));
      const backwards = positions.filter((p, k) => k > 0 && p < positions[k - 1]).length;
      expect(backwards).toBeLessThanOrEqual(1); // at most the re-send of the event in flight at the kill
      figures.push(`subscription ${i + 1}: ${ids.length} deliveries, ${ids.length - EVENTS} repeated`);
    }
    console.log(`durability: killed after ${atKill} of ${2 * EVENTS} deliveries; ${figures.join('; ')}; missing 0`);
  }, 180_000);
});
