import type { Duplex } from 'node:stream';
import { Role } from '@hub/shared-schema';
import type { Browser, Page } from 'playwright-core';
import { AccountsService } from '../../apps/hub-api/src/modules/auth/accounts.service';
import { LiveEvents } from '../../apps/hub-api/src/modules/events/live-events.service';
import { launchChromium, phone, signIn } from '../utils/console-browser';
import { MARKET, QINGYANG } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { startTestApp, TestApp } from '../utils/test-app';
import { transferClient, transferInput } from '../utils/transfers';
import { waitUntil } from '../utils/wait';

const OFFICER = { username: 'qingyang-officer-live', password: 'Qingyang-officer-pw-2026!' };
const MARKET_OFFICER = { username: 'market-officer-live', password: 'Market-officer-pw-2026!' };
const MARKET_LEADER = { username: 'market-leader-live', password: 'Market-leader-pw-2026!' };
/** A Monday of a year the hub's calendar holds whole: the deadlines of sending stay inside it. */
const MONDAY = new Date('2026-06-01T02:00:00Z');

describe('field console live updates through liveEvents (e2e, Chromium at phone size)', () => {
  let hub: TestApp;
  let browser: Browser;
  /** GraphQL requests the page made (its queries): a refetch the live event caused shows here. */
  const queries = (page: Page) => {
    const seen: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') seen.push(request.postData() ?? '');
    });
    return seen;
  };
  const login = async (account: { username: string; password: string }) =>
    (await hub.gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: account })).data!.login
      .accessToken as string;

  /**
   * The page's subscription has reached the hub's live poller, which has read the log's head: from here
   * on, every change is sent to it (a change committed before would not be, and the test would wait in vain).
   */
  async function subscribed(listeners: number): Promise<void> {
    const live = hub.app.get<LiveEvents, { listeners: Set<unknown>; position: string | null }>(LiveEvents);
    await waitUntil(
      () => live.listeners.size === listeners && (listeners === 0 || live.position !== null),
      10_000,
      `${listeners} live listeners`,
    );
  }

  beforeAll(async () => {
    // The live poller follows the log every 50 ms (the hub's default is 250 ms).
    hub = await startTestApp({ DELIVERY_POLL_MS: '50' });
    await seed.foodMatter(hub);
    const accounts = hub.app.get(AccountsService);
    await accounts.create({ ...OFFICER, displayName: '陈晓明', unitCode: QINGYANG, roles: [Role.OFFICER] });
    await accounts.create({ ...MARKET_OFFICER, displayName: '林志强', unitCode: MARKET, roles: [Role.OFFICER] });
    await accounts.create({ ...MARKET_LEADER, displayName: '黄建国', unitCode: MARKET, roles: [Role.LEADER] });
    hub.clock.set(MONDAY);
    browser = await launchChromium();
  }, 60_000);

  // A page left open by a failed test would keep its subscription, and the next test's count of listeners.
  afterEach(async () => {
    for (const context of browser?.contexts() ?? []) await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it("a transfer submitted by an officer appears in the leader's open approval queue without 刷新", async () => {
    const { page, problems } = await phone(browser);
    const asked = queries(page);
    await page.goto(hub.url);
    await signIn(page, MARKET_LEADER);
    const queue = page.getByTestId('approval-queue');
    await queue.getByText('暂无待审批的移送').waitFor();
    await queue.getByTestId('live-status').getByText('实时更新已连接').waitFor();
    await subscribed(1);
    const queueAsks = () => asked.filter((body) => body.includes('ConsoleApprovalQueue')).length;
    const before = queueAsks();

    const officer = await login(MARKET_OFFICER);
    const transfers = transferClient(hub);
    const { id } = await transfers.create(transferInput(501, MONDAY), officer);
    expect((await transfers.ok('submitTransfer', { id }, officer)).state).toBe('SUBMITTED');

    const item = queue.getByTestId('approval-item').filter({ hasText: '晋江市示例食品店501' });
    await item.waitFor({ timeout: 10_000 });
    expect(await item.innerText()).toMatch(/移送至：.*青阳/);
    expect(await queue.getByText('待审批的移送（1）').count()).toBe(1);
    // Asked again by the event, not by a click: 刷新 was never pressed, and the queue was asked again.
    expect(queueAsks()).toBeGreaterThan(before);

    // Signing out ends the page's subscription on the hub.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    await subscribed(0);
    expect(problems).toEqual([]);
  }, 60_000);

  it("a transfer sent to the town appears in its officer's open inbox; the socket's loss shows and heals", async () => {
    // The first test's page is gone, and with it its subscription.
    await subscribed(0);
    // The sockets upgraded to WebSocket from here on (the hub's graphql-ws server has its own listener too).
    const sockets: Duplex[] = [];
    hub.app.getHttpServer().on('upgrade', (_request: unknown, socket: Duplex) => sockets.push(socket));
    const { page, problems } = await phone(browser);
    await page.goto(hub.url);
    await signIn(page, OFFICER);
    await page.getByRole('tab', { name: '移送待办' }).click();
    const inbox = page.getByTestId('transfer-inbox');
    await inbox.getByText('暂无待办的移送案件').waitFor();
    const status = inbox.getByTestId('live-status');
    await status.getByText('实时更新已连接').waitFor();
    await subscribed(1);

    const [officer, leader] = [await login(MARKET_OFFICER), await login(MARKET_LEADER)];
    const transfers = transferClient(hub);
    const { id } = await transfers.create(transferInput(502, MONDAY), officer);
    await transfers.attach(id, 'SOURCE', officer);
    await transfers.attach(id, 'EVIDENCE', officer);
    await transfers.ok('submitTransfer', { id }, officer);
    await transfers.ok('approveTransfer', { id }, leader);
    // Until it is sent, the town has nothing to act on.
    expect(await inbox.getByTestId('inbox-item').count()).toBe(0);
    expect((await transfers.ok('sendTransfer', { id }, officer)).state).toBe('SENT');

    const item = inbox.getByTestId('inbox-item').filter({ hasText: '晋江市示例食品店502' });
    await item.waitFor({ timeout: 10_000 });
    expect(await item.innerText()).toContain('状态：已移送');
    expect(await item.innerText()).toContain('移送方：晋江市市场监督管理局');

    // The socket is cut (a lost network, a proxy's idle timeout): the status says so, graphql-ws connects
    // again by itself, and the screen goes on following the hub: the sender withdraws, the item goes.
    for (const socket of sockets) socket.destroy();
    await status.getByText('实时更新已断开，正在重连').waitFor({ timeout: 10_000 });
    await status.getByText('实时更新已连接').waitFor({ timeout: 20_000 });
    await subscribed(1);
    expect((await transfers.ok('withdrawTransfer', { id, note: '当事人已在本局办结' }, officer)).state).toBe('WITHDRAWN');
    await item.waitFor({ state: 'detached', timeout: 10_000 });
    await inbox.getByText('暂无待办的移送案件').waitFor();
    expect(problems).toEqual([]);
  }, 60_000);
});
