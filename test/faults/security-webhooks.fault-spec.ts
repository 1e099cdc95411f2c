import { createServer } from 'node:net';
import { AddressInfo } from 'node:net';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { REFUSED_TARGET_REASON } from '../../apps/hub-api/src/modules/subscriptions/webhook-target-policy';
import { FOOD_MATTER, licence, MARKET, PUBLISH_LICENCES, QINGYANG } from '../utils/fixtures';
import { startTestApp, TestApp } from '../utils/test-app';
import { eventually } from '../utils/wait';
import { recordAttacks } from './fault-figures';

const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;
const UPDATE = `mutation($input: UpdateSubscriptionInput!) { updateSubscription(input: $input) { id } }`;
const ATTEMPTS = `query($id: ID!) { webhookAttempts(id: $id) { succeeded statusCode error durationMs } }`;

/** Targets a unit might aim the hub at (server-side request forgery), each to be refused when saved. */
const SAVED_TARGETS = (hubPort: number) => [
  'http://127.0.0.1:5432/',
  `http://127.0.0.1:${hubPort}/metrics`,
  'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
  'http://100.100.100.200/latest/meta-data/',
  'http://[fd00:ec2::254]/latest/meta-data/',
  'http://10.0.0.1/',
  'http://172.16.0.1/',
  'http://192.168.1.1/',
  'http://100.64.0.1/',
  'http://[::1]:5432/',
  'http://[::]/',
  'http://0.0.0.0:5432/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::ffff:a9fe:a9fe]/',
  'http://[fe80::1]/',
  'http://[fd12:3456::1]/',
  'http://2130706433/',
  'http://0177.0.0.1/',
  'http://0x7f000001/',
  'http://127.1/',
  'http://017700000001/',
  'http://xn--localhost/x',
  'http://xn--zz/',
  'http://xn--ls8h-/',
  'http://user:pw@hooks.example.cn/',
  'http://@127.0.0.1/',
  'ftp://hooks.example.cn/',
  'file:///etc/passwd',
  'gopher://127.0.0.1:6379/_FLUSHALL',
  'javascript:alert(1)',
  'dict://127.0.0.1:11211/',
  'http://hooks.example.cn:0/',
  'http://hooks.example.cn:65536/',
  'http://[::1/',
  'http://exa mple.cn/',
];

describe('security: webhooks aimed at internal services (fault)', () => {
  let hub: TestApp;
  let town: string;
  let market: string;
  let sourceIds = 7000;

  beforeAll(async () => {
    // The default allow-list (`*`): any host whose addresses are public.
    hub = await startTestApp({
      DELIVERY_POLL_MS: '20',
      WEBHOOK_RETRY_BASE_MS: '20',
      WEBHOOK_RETRY_MAX_MS: '100',
      WEBHOOK_MAX_ATTEMPTS: '50',
    });
    const admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
    await hub.gql(
      'mutation($input: DevolvedMatterInput!) { saveDevolvedMatter(input: $input) { code } }',
      { input: FOOD_MATTER },
      { credential: admin },
    );
    town = await hub.apiKey(QINGYANG, [ApiKeyScope.SUBSCRIBE]);
    market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
  });
  afterAll(() => hub.close());

  it('refuses every internal, disguised or malformed target when a subscription is saved or changed', async () => {
    const hubPort = Number(new URL(hub.url).port);
    const publicOne = await hub.gql(
      CREATE,
      { input: { unitCode: QINGYANG, name: 'public', delivery: 'WEBHOOK', webhookUrl: 'https://hooks.example.cn/in' } },
      { credential: town },
    );
    expect(publicOne.errors).toBeUndefined();
    const id = publicOne.data!.createSubscription.subscription.id as string;
    const mishandled: string[] = [];
    let tried = 0;
    for (const [i, webhookUrl] of SAVED_TARGETS(hubPort).entries()) {
      for (const [query, input] of [
        [CREATE, { unitCode: QINGYANG, name: `attack-${i}`, delivery: 'WEBHOOK', webhookUrl }],
        [UPDATE, { id, webhookUrl }],
      ] as const) {
        tried++;
        const answer = await hub.gql(query, { input }, { credential: town });
        const error = answer.errors?.[0];
        if (answer.errors?.length !== 1 || error?.extensions?.code !== 'BAD_USER_INPUT' || error.extensions.field !== 'input.webhookUrl') {
          mishandled.push(`${query.slice(9, 27)} ${webhookUrl}: ${JSON.stringify(answer.errors ?? answer.data)}`);
        }
      }
    }
    recordAttacks('security: webhook targets saved', { tried, mishandled: mishandled.length });
    expect(mishandled).toEqual([]);
  });

  it('refuses at connection time names that resolve to loopback, and answers the same whatever listens there', async () => {
    // A closed port beside open ones (the hub itself, PostgreSQL): a port scan would tell them apart.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const hubPort = new URL(hub.url).port;
    const targets = [
      `http://localhost:${hubPort}/metrics`,
      `http://localhost:${hubPort}/graphql`,
      'http://localhost:5432/',
      `http://localhost:${closedPort}/`,
      `http://LOCALHOST:${hubPort}/health`,
    ];
    const ids: string[] = [];
    for (const [i, webhookUrl] of targets.entries()) {
      const created = await hub.gql(
        CREATE,
        { input: { unitCode: QINGYANG, name: `rebind-${i}`, delivery: 'WEBHOOK', webhookUrl, categories: ['LICENSING'] } },
        { credential: town },
      );
      expect(created.errors).toBeUndefined();
      ids.push(created.data!.createSubscription.subscription.id);
    }
    expect(
      (await hub.gql(PUBLISH_LICENCES, { records: [licence(++sourceIds)] }, { credential: market })).data?.publishLicensingDecisions
        .accepted,
    ).toBe(1);
    const mishandled: string[] = [];
    for (const [i, id] of ids.entries()) {
      const rows = await eventually(
        async () => (await hub.gql(ATTEMPTS, { id }, { credential: town })).data!.webhookAttempts as any[],
        (r) => r.length >= 2,
        10_000,
      );
      for (const row of rows) {
        if (row.succeeded || row.statusCode !== null || row.error !== REFUSED_TARGET_REASON || row.durationMs !== 0)
          mishandled.push(`${targets[i]}: ${JSON.stringify(row)}`);
      }
    }
    recordAttacks('security: webhook targets resolved at delivery', { tried: targets.length, mishandled: mishandled.length });
    expect(mishandled).toEqual([]);
  });
});
