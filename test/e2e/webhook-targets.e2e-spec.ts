import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiKeyScope } from '@hub/shared-schema';
import { createHubApp } from '../../apps/hub-api/src/bootstrap';
import { loadConfig } from '../../apps/hub-api/src/config/hub-config';
import { REFUSED_TARGET_REASON } from '../../apps/hub-api/src/modules/subscriptions/webhook-target-policy';
import { licence, MARKET, PUBLISH_LICENCES, QINGYANG } from '../utils/fixtures';
import { FAST_DELIVERY } from '../utils/delivery-env';
import { seed } from '../utils/seed';
import { hubCliEnv, onlyError, startTestApp, TestApp } from '../utils/test-app';
import { TestWebhookReceiver } from '../utils/webhook-receiver';
import { eventually } from '../utils/wait';

const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;
const UPDATE = `mutation($input: UpdateSubscriptionInput!) { updateSubscription(input: $input) { id } }`;
const ATTEMPTS = `query($id: ID!) { webhookAttempts(id: $id) { attempt succeeded statusCode error } }`;

describe('webhook targets: internal addresses refused unless allowed (e2e)', () => {
  let hub: TestApp;
  let market: string;
  let town: string;
  let sourceIds = 5000;
  const receivers: TestWebhookReceiver[] = [];

  /** A fresh app on the same database with its own delivery worker and allow-list: a restart with new settings. */
  const worker = (env: Record<string, string>): Promise<NestFastifyApplication> =>
    createHubApp(
      loadConfig({
        ...hubCliEnv(hub),
        HUB_RUN_MIGRATIONS: 'false',
        LOG_LEVEL: 'silent',
        DATABASE_POOL_SIZE: '2',
        ...FAST_DELIVERY,
        ...env,
      }),
    ).then(async (app) => (await app.init(), app));

  beforeAll(async () => {
    // This app saves subscriptions (loopback allowed by address and by name); the workers below decide delivery.
    hub = await startTestApp({ HUB_DELIVERY_WORKER: 'false', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1,localhost' });
    await seed.foodMatter(hub);
    market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
    town = await hub.apiKey(QINGYANG, [ApiKeyScope.SUBSCRIBE]);
  });
  afterAll(async () => {
    await hub.close();
    await Promise.all(receivers.map((r) => r.stop()));
  });

  async function receiver(): Promise<[TestWebhookReceiver, string]> {
    const r = new TestWebhookReceiver();
    receivers.push(r);
    return [r, await r.start()];
  }

  const subscribe = async (name: string, webhookUrl: string) => {
    const created = await hub.gql(
      CREATE,
      { input: { unitCode: QINGYANG, name, delivery: 'WEBHOOK', webhookUrl, categories: ['LICENSING'] } },
      { credential: town },
    );
    expect(created.errors).toBeUndefined();
    return created.data!.createSubscription.subscription.id as string;
  };
  const publish = async () => {
    const answer = await hub.gql(PUBLISH_LICENCES, { records: [licence(++sourceIds)] }, { credential: market });
    expect(answer.data?.publishLicensingDecisions.accepted).toBe(1);
  };
  const attempts = (id: string, count: number) =>
    eventually(
      async () => (await hub.gql(ATTEMPTS, { id }, { credential: town })).data!.webhookAttempts as any[],
      (rows) => rows.length >= count,
      10_000,
    );

  it('refuses to save a literal internal or malformed target with BAD_USER_INPUT on the field', async () => {
    const strict = await startTestApp({ HUB_DELIVERY_WORKER: 'false' });
    try {
      const key = await strict.apiKey(QINGYANG, [ApiKeyScope.SUBSCRIBE]);
      for (const webhookUrl of [
        'http://127.0.0.1:5432/',
        `${strict.url}/metrics`,
        'http://169.254.169.254/latest/meta-data/',
        'http://[::1]/',
        'http://xn--localhost/x',
        'http://u:p@hooks.example.cn/',
      ]) {
        const error = onlyError(
          await strict.gql(CREATE, { input: { unitCode: QINGYANG, name: 'x', delivery: 'WEBHOOK', webhookUrl } }, { credential: key }),
        );
        expect([webhookUrl, error.extensions]).toEqual([
          webhookUrl,
          expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.webhookUrl' }),
        ]);
      }
      // A public name is accepted: its addresses are judged at each connection.
      const saved = await strict.gql(
        CREATE,
        { input: { unitCode: QINGYANG, name: 'public', delivery: 'WEBHOOK', webhookUrl: 'https://hooks.example.cn/in' } },
        { credential: key },
      );
      expect(saved.errors).toBeUndefined();
      const moved = onlyError(
        await strict.gql(
          UPDATE,
          { input: { id: saved.data!.createSubscription.subscription.id, webhookUrl: 'http://10.0.0.7/' } },
          { credential: key },
        ),
      );
      expect(moved.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.webhookUrl' });
    } finally {
      await strict.close();
    }
  });

  it("stops delivering an existing subscription once the allow-list no longer covers it, recording the refusal without the target's answer", async () => {
    const [r, url] = await receiver();
    const id = await subscribe('narrowed-later', url);
    const before = await worker({ WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    try {
      await publish();
      await r.waitFor(() => r.delivered.length === 1);
      await attempts(id, 1);
    } finally {
      await before.close();
    }
    const after = await worker({ WEBHOOK_ALLOWED_HOSTS: '.jinjiang.gov.cn' });
    try {
      await publish();
      const rows = await attempts(id, 2);
      // The one delivery from before the narrowing, then the refusal of the new event (its retry may have
      // come already, as attempt 2): none of them reached the target, and none records its answer.
      expect(rows.filter((row) => row.succeeded)).toHaveLength(1);
      const refusals = rows.filter((row) => !row.succeeded);
      expect(refusals).toContainEqual({ attempt: 1, succeeded: false, statusCode: null, error: REFUSED_TARGET_REASON });
      for (const row of refusals)
        expect(row).toEqual({ attempt: expect.any(Number), succeeded: false, statusCode: null, error: REFUSED_TARGET_REASON });
      expect(r.received).toHaveLength(1);
    } finally {
      await after.close();
    }
  });

  it('refuses at connection time a name that resolves to loopback when only the wildcard allowed it', async () => {
    const [r, url] = await receiver();
    const id = await subscribe('rebound-name', url.replace('127.0.0.1', 'localhost'));
    const anyHost = await worker({ WEBHOOK_ALLOWED_HOSTS: '*' });
    try {
      await publish();
      const rows = await attempts(id, 2); // retried, and refused each time
      for (const row of rows)
        expect(row).toEqual({ attempt: expect.any(Number), succeeded: false, statusCode: null, error: REFUSED_TARGET_REASON });
      expect(r.received).toHaveLength(0);
    } finally {
      await anyHost.close();
    }
    // The same name delivers once the operator allows loopback's network explicitly.
    const allowed = await worker({ WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8,::1/128' });
    try {
      await r.waitFor(() => r.delivered.length === 1);
    } finally {
      await allowed.close();
    }
  });
});
