import { join } from 'node:path';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import type { Browser, Page } from 'playwright-core';
import { AccountsService } from '../../apps/hub-api/src/modules/auth/accounts.service';
import { FAST_DELIVERY } from '../utils/delivery-env';
import { licence, MARKET, PUBLISH_LICENCES, QINGYANG } from '../utils/fixtures';
import { launchChromium, phone, screenshotsFolder, signIn } from '../utils/console-browser';
import { seed } from '../utils/seed';
import { startTestApp, TestApp } from '../utils/test-app';
import { eventually } from '../utils/wait';
import { TestWebhookReceiver } from '../utils/webhook-receiver';

const ROOT = join(__dirname, '../..');
/** As in field-console.e2e-spec.ts: the committed screenshots are written over only with UPDATE_SCREENSHOTS=1. */
const SHOTS = screenshotsFolder(ROOT);
const SCREENSHOTS = SHOTS.dir;
const LEADER = { username: 'qingyang-leader-7', password: 'Qingyang-leader-pw-2026!' };
const OFFICER = { username: 'qingyang-officer-7', password: 'Qingyang-officer-pw-2026!' };
const ADMIN = { username: 'hub-admin-7', password: 'Hub-admin-pw-2026-long!' };
const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;
const DEAD = `query($id: ID!) { deadLetters(id: $id) { eventPosition eventId attempts lastError } }`;
const LAG = `query($unit: String!) { subscriptions(unitCode: $unit) { id name lag { events oldestSeconds } } }`;
const UNITS = `{ units(first: 3) { nodes { code } } }`;

describe('field console 对接健康 and 接口调试 (e2e, Chromium at phone size)', () => {
  let hub: TestApp;
  let browser: Browser;
  let town: string;
  const receiver = new TestWebhookReceiver();

  beforeAll(async () => {
    // Fast retries and a limit of two attempts: an event is dead-lettered within a second.
    hub = await startTestApp({ ...FAST_DELIVERY, WEBHOOK_MAX_ATTEMPTS: '2', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    await seed.foodMatter(hub);
    town = await hub.apiKey(QINGYANG, [ApiKeyScope.SUBSCRIBE]);
    const accounts = hub.app.get(AccountsService);
    await accounts.create({ ...LEADER, displayName: '吴建华', unitCode: QINGYANG, roles: [Role.LEADER] });
    await accounts.create({ ...OFFICER, displayName: '蔡文杰', unitCode: QINGYANG, roles: [Role.OFFICER] });
    await accounts.create({ ...ADMIN, displayName: '系统管理员甲', unitCode: 'joint-meeting-office', roles: [Role.ADMIN] });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    await receiver.stop();
    SHOTS.discard();
  });

  /** Every request the page makes; none may leave for a CDN (data: and blob: URLs stay in the page). */
  function requestsOf(page: Page): string[] {
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    return urls;
  }
  function foreign(urls: string[]): string[] {
    const allowed = new Set([new URL(hub.url).origin, new URL(process.env.HUB_TEST_S3_ENDPOINT!).origin]);
    return urls.filter((url) => !/^(data|blob):/.test(url) && !allowed.has(new URL(url).origin));
  }

  it("the town's leader sees a webhook's dead letter and its pull feed's lag as the hub counts them, taps 重新投递, and the dead letter goes", async () => {
    let down = true;
    receiver.respond = () => (down ? 503 : 200);
    const url = await receiver.start();
    const created = await hub.gql(
      CREATE,
      { input: { unitCode: QINGYANG, name: 'town-licences-hook', delivery: 'WEBHOOK', webhookUrl: url, categories: ['LICENSING'] } },
      { credential: town },
    );
    expect(created.errors).toBeUndefined();
    const hookId = created.data!.createSubscription.subscription.id as string;
    const pull = await hub.gql(
      CREATE,
      { input: { unitCode: QINGYANG, name: 'town-archive-pull', delivery: 'PULL', startFrom: 'BEGINNING', categories: ['LICENSING'] } },
      { credential: town },
    );
    expect(pull.errors).toBeUndefined();

    const market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
    const published = await hub.gql(PUBLISH_LICENCES, { records: [licence(7001)] }, { credential: market });
    expect(published.data?.publishLicensingDecisions.accepted).toBe(1);
    const dead = async () => (await hub.gql(DEAD, { id: hookId }, { credential: town })).data!.deadLetters as any[];
    const letters = await eventually(dead, (rows) => rows.length === 1);
    expect(letters[0]).toMatchObject({ attempts: 2, lastError: 'HTTP 503' });
    down = false; // the receiver is back; the dead letter stays until someone asks for it again

    const { page, problems } = await phone(browser);
    const urls = requestsOf(page);
    await page.goto(hub.url);
    await signIn(page, LEADER);
    await page.getByRole('tab', { name: '对接健康' }).click();
    const hook = page.getByTestId('subscription-health').filter({ hasText: 'town-licences-hook' });
    await hook.getByTestId('dead-count').filter({ hasText: '死信 1 条' }).waitFor();
    expect(await hook.getByTestId('health-state').innerText()).toBe('有死信');
    expect(await hook.innerText()).toContain('推送（Webhook）');
    expect(await hook.innerText()).toContain(url);
    expect(await hook.getByTestId('failures').innerText()).toBe('连续失败：0 次');

    // The pull feed started from the beginning and has acknowledged nothing: its lag is the hub's.
    const lags = (await hub.gql(LAG, { unit: QINGYANG }, { credential: town })).data!.subscriptions as any[];
    const pullLag = lags.find((s) => s.name === 'town-archive-pull').lag;
    expect(pullLag.events).toBeGreaterThan(0);
    const archive = page.getByTestId('subscription-health').filter({ hasText: 'town-archive-pull' });
    expect(await archive.getByTestId('lag').innerText()).toMatch(new RegExp(`^积压 ${pullLag.events} 条事件，最早一条已等待\\d`));
    expect(await archive.getByTestId('dead-count').count()).toBe(0); // a pull feed has no dead letters

    // On tap, the list: the event's position and the receiver's answer as the hub recorded them.
    await hook.getByTestId('dead-count').click();
    const letter = hook.getByTestId('dead-letter');
    await letter.waitFor();
    expect(await letter.innerText()).toContain(`事件位置 ${letters[0].eventPosition}`);
    expect(await letter.innerText()).toContain('最后错误：HTTP 503');
    expect(await letter.innerText()).toContain('共尝试 2 次');
    await page.screenshot({ path: join(SCREENSHOTS, 'connector-health.png'), fullPage: true });

    await hook.getByRole('button', { name: '重新投递' }).click();
    const answer = hook.getByRole('status');
    await answer.waitFor();
    expect(await answer.innerText()).toBe('已安排重新投递 1 条死信，将先于新事件投递');
    // The card asks again while the redelivery is pending; the count drops once the hub has delivered it.
    await hook.getByTestId('dead-count').filter({ hasText: '死信 0 条' }).waitFor({ timeout: 20_000 });
    expect(await dead()).toEqual([]);
    expect(receiver.delivered.map((r) => r.event.id)).toEqual([letters[0].eventId]);
    expect(await hook.getByTestId('health-state').innerText()).toBe('正常');

    // An officer of the same unit has neither tab (the hub lets officers read subscriptions, not redeliver).
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, OFFICER);
    expect(await page.getByRole('tab', { name: '对接健康' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: '接口调试' }).count()).toBe(0);

    expect(foreign(urls)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('an admin opens 接口调试 (GraphiQL from the hub, its chunk only then), introspects, runs a query and reads the hub’s answer; nothing from a CDN', async () => {
    const { page, problems } = await phone(browser);
    const urls = requestsOf(page);
    const introspections: number[] = [];
    page.on('response', (response) => {
      const body = response.request().postData() ?? '';
      if (response.url().endsWith('/graphql') && body.includes('__schema')) introspections.push(response.status());
    });
    await page.goto(hub.url);
    await page.getByRole('button', { name: '登录' }).waitFor();
    // Signed out there is no explorer, and its chunk is not fetched.
    expect(await page.getByRole('tab', { name: '接口调试' }).count()).toBe(0);
    await signIn(page, ADMIN);
    expect(urls.filter((u) => /GraphiqlPane|codemirror/i.test(u))).toEqual([]);

    await page.getByRole('tab', { name: '接口调试' }).click();
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    expect(urls.some((u) => /\/assets\/GraphiqlPane-[\w-]+\.js$/.test(u))).toBe(true);
    // The schema came by introspection with the session's token (the doc explorer and hints need it).
    await eventually(
      async () => introspections,
      (statuses) => statuses.length > 0,
    );
    expect(introspections.every((status) => status === 200)).toBe(true);

    // CodeMirror closes brackets as one types: the query goes in through the editor's own API.
    await page.evaluate(`document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(${JSON.stringify(UNITS)})`);
    await page.locator('.graphiql-execute-button').click();
    const shown = await eventually(
      () => page.evaluate<string>(`document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()`),
      (text) => text.includes('"units"'),
    );
    const expected = await hub.gql(UNITS, {}, { credential: await hub.userToken([Role.ADMIN], 'joint-meeting-office') });
    expect(JSON.parse(shown)).toEqual({ data: expected.data });
    expect((expected.data as any).units.nodes).toHaveLength(3);
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer.png') });
    // The documentation comes from the introspected schema; the dialogs (Radix) open without the inline
    // <style> of their scroll lock, which the CSP would refuse (vite.config.ts aliases it away).
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    expect(await page.locator('.graphiql-doc-explorer').innerText()).toContain('Query');
    for (const dialog of [/settings/i, /short keys/i]) {
      await page.getByRole('button', { name: dialog }).click();
      await page.locator('.graphiql-dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.locator('.graphiql-dialog').waitFor({ state: 'detached' });
    }

    // Signing out takes the explorer with it.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    expect(await page.locator('.graphiql-container').count()).toBe(0);

    expect(foreign(urls)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('lag (the hub field behind the screen): events after the position, the oldest one aged by the hub clock, nothing once acknowledged', async () => {
    const created = await hub.gql(
      CREATE,
      { input: { unitCode: QINGYANG, name: 'town-lag-pull', delivery: 'PULL', startFrom: 'NOW', categories: ['LICENSING'] } },
      { credential: town },
    );
    const id = created.data!.createSubscription.subscription.id as string;
    const lagOf = async () => {
      const answer = await hub.gql(
        `query($id: ID!) { subscription(id: $id) { lag { events oldestAt oldestSeconds } } }`,
        { id },
        { credential: town },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.subscription.lag;
    };
    expect(await lagOf()).toEqual({ events: 0, oldestAt: null, oldestSeconds: null });

    const published = new Date('2026-06-01T02:00:00.000Z');
    hub.clock.set(published);
    try {
      const market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
      const answer = await hub.gql(PUBLISH_LICENCES, { records: [licence(7101), licence(7102)] }, { credential: market });
      expect(answer.data?.publishLicensingDecisions.accepted).toBe(2);
      hub.clock.advance(90_000);
      expect(await lagOf()).toEqual({ events: 2, oldestAt: published.toISOString(), oldestSeconds: 90 });

      const page = await hub.gql(`query($id: ID!) { events(subscriptionId: $id) { endCursor } }`, { id }, { credential: town });
      const ack = await hub.gql(
        `mutation($id: ID!, $position: String!) { acknowledgeEvents(subscriptionId: $id, position: $position) { lag { events oldestSeconds } } }`,
        { id, position: page.data!.events.endCursor },
        { credential: town },
      );
      expect(ack.data?.acknowledgeEvents.lag).toEqual({ events: 0, oldestSeconds: null });
    } finally {
      hub.clock.reset();
    }
  });
});
