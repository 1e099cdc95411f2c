import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiKeyScope } from '@hub/shared-schema';
import { createHubApp } from '../../apps/hub-api/src/bootstrap';
import { loadConfig } from '../../apps/hub-api/src/config/hub-config';
import { licence, MARKET, PUBLISH_LICENCES, QINGYANG } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { hubCliEnv, startTestApp, TestApp } from '../utils/test-app';
import { TestWebhookReceiver } from '../utils/webhook-receiver';

const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;

describe('webhook delivery with two hub processes sharing the work (e2e)', () => {
  let hub: TestApp;
  let second: NestFastifyApplication;
  const receivers = Array.from({ length: 4 }, () => new TestWebhookReceiver());

  beforeAll(async () => {
    // The receivers are on loopback, which webhooks may reach only when the operator says so.
    const workerEnv = { DELIVERY_POLL_MS: '10', DELIVERY_CONCURRENCY: '2', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' };
    hub = await startTestApp(workerEnv);
    // A second hub on the same database, delivering too.
    second = await createHubApp(
      loadConfig({ ...hubCliEnv(hub), HUB_RUN_MIGRATIONS: 'false', LOG_LEVEL: 'silent', DATABASE_POOL_SIZE: '4', ...workerEnv }),
    );
    await second.init();
    await seed.foodMatter(hub);
  });
  afterAll(async () => {
    await second.close();
    await hub.close();
    await Promise.all(receivers.map((r) => r.stop()));
  });

  it('sends no event twice in the normal course, and keeps each subscription in order', async () => {
    const town = await hub.apiKey(QINGYANG, [ApiKeyScope.SUBSCRIBE]);
    const market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
    for (const [i, receiver] of receivers.entries()) {
      const url = await receiver.start();
      expect(
        (
          await hub.gql(
            CREATE,
            { input: { unitCode: QINGYANG, name: `shared-${i}`, delivery: 'WEBHOOK', webhookUrl: url } },
            { credential: town },
          )
        ).errors,
      ).toBeUndefined();
    }
    const total = 300;
    for (let batch = 0; batch < total / 100; batch++) {
      const records = Array.from({ length: 100 }, (_, i) => licence(batch * 100 + i));
      expect((await hub.gql(PUBLISH_LICENCES, { records }, { credential: market })).data?.publishLicensingDecisions.accepted).toBe(100);
    }
    for (const receiver of receivers) await receiver.waitFor(() => receiver.delivered.length >= total, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300)); // anything sent twice would arrive by now

    for (const receiver of receivers) {
      const ids = receiver.delivered.map((r) => r.event.id);
      expect(ids).toHaveLength(total);
      expect(new Set(ids).size).toBe(total);
      const positions = receiver.delivered.map((r) => BigInt(r.event.position));
      expect(positions.every((p, k) => k === 0 || p > positions[k - 1])).toBe(true);
    }
  });
});
