import { Webhook } from 'standardwebhooks';
import { ApiKeyScope } from '@hub/shared-schema';
import { licence, MARKET, PUBLISH_LICENCES, QINGYANG, residentId } from '../utils/fixtures';
import { FAST_DELIVERY } from '../utils/delivery-env';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';
import { TestWebhookReceiver } from '../utils/webhook-receiver';
import { eventually } from '../utils/wait';

const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { webhookSecret subscription { id } } }`;
const ATTEMPTS = `query($id: ID!) { webhookAttempts(id: $id) { eventId attempt succeeded statusCode error } }`;
const DEAD = `query($id: ID!) { deadLetters(id: $id) { eventPosition eventId attempts lastError redeliverRequestedAt } }`;

describe('webhook delivery (e2e, receivers on loopback)', () => {
  let hub: TestApp;
  let market: string;
  let town: string;
  let sourceIds = 1000;
  const receivers: TestWebhookReceiver[] = [];

  beforeAll(async () => {
    // Short retries so the attempt limit is reached in a test's time.
    hub = await startTestApp({ ...FAST_DELIVERY, WEBHOOK_MAX_ATTEMPTS: '4', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1,.jinjiang.gov.cn' });
    await seed.foodMatter(hub);
    market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.SUBSCRIBE]);
    town = await hub.apiKey(QINGYANG, [ApiKeyScope.SUBSCRIBE]);
  });
  afterAll(async () => {
    await hub.close();
    await Promise.all(receivers.map((r) => r.stop()));
  });

  async function webhook(name: string, extra: Record<string, unknown> = {}, credential = town, unitCode = QINGYANG) {
    const receiver = new TestWebhookReceiver();
    receivers.push(receiver);
    const url = await receiver.start();
    const created = await hub.gql(
      CREATE,
      { input: { unitCode, name, delivery: 'WEBHOOK', webhookUrl: url, categories: ['LICENSING'], ...extra } },
      { credential },
    );
    expect(created.errors).toBeUndefined();
    const { webhookSecret, subscription } = created.data!.createSubscription;
    return { receiver, secret: webhookSecret as string, id: subscription.id as string };
  }

  async function publish(count: number, overrides: Record<string, unknown> = {}) {
    const records = Array.from({ length: count }, () => licence(++sourceIds, overrides));
    const answer = await hub.gql(PUBLISH_LICENCES, { records }, { credential: market });
    expect(answer.data?.publishLicensingDecisions.accepted).toBe(count);
    return records.map((r) => r.sourceId);
  }

  it('delivers every event in log order, signed with the Standard Webhooks headers', async () => {
    const { receiver, secret } = await webhook('in-order');
    const sent = [...(await publish(20)), ...(await publish(15))];
    await receiver.waitFor(() => receiver.delivered.length >= sent.length);
    const got = receiver.delivered;
    expect(got.map((r) => r.event.data.sourceId)).toEqual(sent);
    const positions = got.map((r) => BigInt(r.event.position));
    expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
    for (const request of got) {
      expect(request.headers['webhook-id']).toBe(request.event.id);
      expect(request.headers['content-type']).toMatch(/^application\/cloudevents\+json/);
      expect(new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).toMatchObject({ id: request.event.id });
    }
    expect(got[0].event).toMatchObject({
      specversion: '1.0',
      type: 'licensing.published',
      source: `urn:jinjiang-hub:unit:${MARKET}`,
      datacontenttype: 'application/json',
    });
  });

  it('retries a receiver answering 500 three times, then delivers once, with every attempt recorded', async () => {
    const { receiver, id } = await webhook('flaky');
    receiver.respond = ({ count }) => (count <= 3 ? 500 : 200);
    const [sourceId] = await publish(1);
    await receiver.waitFor(() => receiver.delivered.length === 1);
    expect(receiver.received.map((r) => r.status)).toEqual([500, 500, 500, 200]);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(receiver.delivered[0].event.data.sourceId).toBe(sourceId);
    // The success is recorded with its run, just after the receiver answered.
    const attempts = await eventually(
      async () => (await hub.gql(ATTEMPTS, { id }, { credential: town })).data!.webhookAttempts as any[],
      (rows) => rows.length >= 4,
      5_000,
    );
    expect(attempts.map((a: any) => [a.attempt, a.succeeded, a.statusCode])).toEqual([
      [4, true, 200],
      [3, false, 500],
      [2, false, 500],
      [1, false, 500],
    ]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.delivered).toHaveLength(1);
  });

  it('rejects what a receiver holding the wrong secret checks, and the hub keeps retrying', async () => {
    const { receiver } = await webhook('wrong-secret');
    const wrong = new Webhook(`whsec_${Buffer.alloc(32, 9).toString('base64')}`);
    receiver.respond = ({ headers, body }) => {
      try {
        wrong.verify(body, headers as Record<string, string>);
        return 200;
      } catch {
        return 401;
      }
    };
    await publish(1);
    await receiver.waitFor(() => receiver.received.length >= 2);
    expect(receiver.received.every((r) => r.status === 401)).toBe(true);
  });

  it('dead-letters an event after the attempt limit, moves on, and redelivers it when asked', async () => {
    const { receiver, id } = await webhook('dead');
    let down = true;
    receiver.respond = () => (down ? 503 : 200);
    const [lost] = await publish(1);
    await receiver.waitFor(() => receiver.received.length >= 4);
    const dead = async () => (await hub.gql(DEAD, { id }, { credential: town })).data!.deadLetters;
    await receiver.waitFor(() => false, 300).catch(() => undefined);
    const letters = await dead();
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ attempts: 4, lastError: 'HTTP 503', redeliverRequestedAt: null });
    expect(receiver.received).toHaveLength(4);

    down = false;
    const [next] = await publish(1);
    await receiver.waitFor(() => receiver.delivered.length === 1);
    expect(receiver.delivered[0].event.data.sourceId).toBe(next);

    const redeliver = await hub.gql('mutation($id: ID!) { redeliverDeadLetters(id: $id) }', { id }, { credential: town });
    expect(redeliver.data?.redeliverDeadLetters).toBe(1);
    await receiver.waitFor(() => receiver.delivered.length === 2);
    expect(receiver.delivered[1].event.data.sourceId).toBe(lost);
    // The dead letter goes when the delivery is recorded (successes are written in runs, within 200 ms).
    expect(await eventually(dead, (left) => left.length === 0, 5_000)).toEqual([]);

    // Replay from a position delivers again everything after it.
    const replayed = await hub.gql(
      'mutation($id: ID!, $after: String!) { replaySubscription(id: $id, after: $after) { position } }',
      { id, after: String(BigInt(letters[0].eventPosition) - 1n) },
      { credential: town },
    );
    expect(replayed.errors).toBeUndefined();
    await receiver.waitFor(() => receiver.delivered.length === 4);
    expect(receiver.delivered.slice(2).map((r) => r.event.data.sourceId)).toEqual([lost, next]);
  });

  it('rotates the secret without losing a delivery: both secrets sign during the overlap', async () => {
    const { receiver, id, secret } = await webhook('rotate');
    const rotated = await hub.gql(
      'mutation($id: ID!) { rotateWebhookSecret(id: $id, overlapMinutes: 60) { webhookSecret subscription { previousSecretExpiresAt } } }',
      { id },
      { credential: town },
    );
    const fresh = rotated.data!.rotateWebhookSecret.webhookSecret as string;
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(secret);
    expect(rotated.data!.rotateWebhookSecret.subscription.previousSecretExpiresAt).toEqual(expect.any(String));
    await publish(1);
    await receiver.waitFor(() => receiver.delivered.length === 1);
    const [request] = receiver.delivered;
    for (const s of [secret, fresh]) expect(new Webhook(s).verify(request.body, request.headers as Record<string, string>)).toBeTruthy();
    const stored = await hub.sql('SELECT secret_sealed FROM subscription WHERE id = $1', [id]);
    expect(stored[0].secret_sealed).not.toContain(fresh.slice(6));
  });

  it('lets the unit pause, move its endpoint and resume: the new endpoint gets every event since, the old one no more', async () => {
    const { receiver: old, id } = await webhook('move');
    const UPDATE = `mutation($input: UpdateSubscriptionInput!) { updateSubscription(input: $input) { active webhookUrl } }`;
    const first = await publish(2);
    await old.waitFor(() => old.delivered.length === 2);
    expect((await hub.gql(UPDATE, { input: { id, active: false } }, { credential: town })).data?.updateSubscription.active).toBe(false);
    const whilePaused = await publish(3);

    const moved = new TestWebhookReceiver();
    receivers.push(moved);
    const url = await moved.start();
    expect(
      (await hub.gql(UPDATE, { input: { id, webhookUrl: 'ftp://nowhere' } }, { credential: town })).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.webhookUrl' });
    expect(
      (await hub.gql(UPDATE, { input: { id, webhookUrl: 'http://intranet.example.com/hook' } }, { credential: town })).errors?.[0]
        .extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.webhookUrl' });
    expect(
      (await hub.gql(UPDATE, { input: { id, webhookUrl: url, active: true } }, { credential: town })).data?.updateSubscription,
    ).toEqual({ active: true, webhookUrl: url });
    const afterMove = await publish(2);
    await moved.waitFor(() => moved.delivered.length === 5);
    expect(moved.delivered.map((r) => r.event.data.sourceId)).toEqual([...whilePaused, ...afterMove]);
    expect(old.received.map((r) => r.event.data.sourceId)).toEqual(first);
  });

  it("masks personal data for a town, and gives the publisher's own webhook the full record, audited", async () => {
    const townHook = await webhook('masked');
    const ownHook = await webhook('own', {}, market, MARKET);
    const idNumber = residentId(11);
    await publish(1, { holderUscc: null, holderIdNumber: idNumber, holderPhone: '13905951234', holderName: '王小明' });
    await townHook.receiver.waitFor(() => townHook.receiver.delivered.length === 1);
    await ownHook.receiver.waitFor(() => ownHook.receiver.delivered.length === 1);
    expect(townHook.receiver.delivered[0].body).not.toContain(idNumber);
    expect(townHook.receiver.delivered[0].event.data.record.holderPhone).toBe('*******1234');
    expect(ownHook.receiver.delivered[0].event.data.record.holderIdNumber).toBe(idNumber);
    const audits = await hub.sql(`SELECT unit_code, actor_kind FROM audit_entry WHERE operation = 'webhook.personalData'`);
    expect(audits).toEqual([{ unit_code: MARKET, actor_kind: 'SYSTEM' }]);
  });

  it('reports lag, attempts, failures and dead letters on /metrics', async () => {
    // A pull subscriber that has not read yet is behind by what was published since it subscribed.
    const pull = await hub.gql(
      CREATE,
      { input: { unitCode: QINGYANG, name: 'unread', delivery: 'PULL', startFrom: 'NOW' } },
      { credential: town },
    );
    const unread = pull.data!.createSubscription.subscription.id as string;
    await publish(2);
    // Scraped until the webhook subscriptions have delivered those two (they are caught up: lag 0).
    const value = (text: string, metric: string, labels: string) =>
      Number(new RegExp(`${metric}\\{[^}]*${labels}[^}]*\\} (\\S+)`).exec(text)?.[1]);
    const scrape = async () => (await fetch(`${hub.url}/metrics`)).text();
    const text = await eventually(scrape, (t) => value(t, 'hub_subscription_lag_events', 'name="in-order"') === 0, 5_000);
    expect(value(text, 'hub_webhook_attempts_total', 'outcome="delivered"')).toBeGreaterThan(0);
    expect(value(text, 'hub_webhook_attempts_total', 'outcome="failed"')).toBeGreaterThan(0);
    expect(value(text, 'hub_webhook_dead_letters_total', 'unit="350582001"')).toBeGreaterThanOrEqual(1);
    const [{ id: failing }] = await hub.sql(`SELECT id FROM subscription WHERE name = 'flaky'`);
    expect(value(text, 'hub_webhook_failures_total', `subscription="${failing}"`)).toBeGreaterThanOrEqual(3);
    expect(value(text, 'hub_subscription_lag_events', 'name="in-order"')).toBe(0);
    expect(value(text, 'hub_subscription_lag_events', `subscription="${unread}"`)).toBe(2);
    expect(value(text, 'hub_subscription_lag_seconds', `subscription="${unread}"`)).toBeGreaterThan(0);
  });

  it('reaches only the hosts the operator allowed', async () => {
    const refused = onlyError(
      await hub.gql(
        CREATE,
        { input: { unitCode: QINGYANG, name: 'internal', delivery: 'WEBHOOK', webhookUrl: 'http://10.1.2.3:8080/x' } },
        { credential: town },
      ),
    );
    expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.webhookUrl' });
    const allowed = await hub.gql(
      CREATE,
      { input: { unitCode: QINGYANG, name: 'gov', delivery: 'WEBHOOK', webhookUrl: 'https://hook.qingyang.jinjiang.gov.cn/events' } },
      { credential: town },
    );
    expect(allowed.errors).toBeUndefined();
  });

  it('lets only the owning unit manage a subscription', async () => {
    const { id } = await webhook('owned');
    const other = await hub.apiKey('350582101', [ApiKeyScope.SUBSCRIBE]);
    expect(onlyError(await hub.gql(ATTEMPTS, { id }, { credential: other })).extensions?.code).toBe('FORBIDDEN');
    expect(
      onlyError(await hub.gql('mutation($id: ID!) { deleteSubscription(id: $id) { id } }', { id }, { credential: other })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await hub.gql('mutation($id: ID!) { deleteSubscription(id: $id) { id } }', { id }, { credential: town })).data?.deleteSubscription
        .id,
    ).toBe(id);
  });
});
