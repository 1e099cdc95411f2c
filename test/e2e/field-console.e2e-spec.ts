import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import type { Browser } from 'playwright-core';
import { request } from 'undici';
import { AccountsService } from '../../apps/hub-api/src/modules/auth/accounts.service';
import { ASSET_CACHE, consoleCsp } from '../../apps/hub-api/src/common/http/field-console';
import { MARKET, QINGYANG, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { actOn, inboxCard, launchChromium, phone, screenshotsFolder, signIn } from '../utils/console-browser';
import { exited } from '../utils/hub-process';
import { gqlAt, startHubProcessOn, startTestApp, TestApp } from '../utils/test-app';
import { transferClient, transferInput } from '../utils/transfers';

const ROOT = join(__dirname, '../..');
/**
 * Every run takes the screenshots; UPDATE_SCREENSHOTS=1 writes them over the committed ones in the
 * console's docs/ (they show today's date, so an ordinary run must not leave the tree changed).
 */
const SHOTS = screenshotsFolder(ROOT);
const SCREENSHOTS = SHOTS.dir;
const HOLDER = 181;
const OFFICER = { username: 'qingyang-officer-1', password: 'Qingyang-officer-pw-2026!' };
const MARKET_OFFICER = { username: 'market-officer-1', password: 'Market-officer-pw-2026!' };
const MARKET_LEADER = { username: 'market-leader-1', password: 'Market-leader-pw-2026!' };
const SUPERVISOR = { username: 'office-supervisor-1', password: 'Office-supervisor-pw-2026!' };

describe('field console 执法终端 (e2e, Chromium at phone size)', () => {
  let hub: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    hub = await startTestApp();
    await seed.foodMatter(hub);
    const market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    // One holder: an older licence the bureau revoked, and the current valid one.
    await seed.licence(hub, market, HOLDER, {
      sourceId: 'SCJG-2026-181-old',
      licenceNumber: 'JY13505820018100',
      validFrom: '2022-01-01',
      decisionDate: '2022-01-01',
      status: 'REVOKED',
    });
    await seed.licence(hub, market, HOLDER);
    const qingyang = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    await seed.penalty(hub, qingyang, HOLDER);
    const accounts = hub.app.get(AccountsService);
    await accounts.create({ ...OFFICER, displayName: '陈晓明', unitCode: QINGYANG, roles: [Role.OFFICER] });
    await accounts.create({ ...MARKET_OFFICER, displayName: '林志强', unitCode: MARKET, roles: [Role.OFFICER] });
    await accounts.create({ ...MARKET_LEADER, displayName: '黄建国', unitCode: MARKET, roles: [Role.LEADER] });
    await accounts.create({ ...SUPERVISOR, displayName: '郑督查', unitCode: 'joint-meeting-office', roles: [Role.SUPERVISOR] });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    SHOTS.discard();
  });

  it('an officer signs in, finds a party by USCC and sees its revoked licence marked 已撤销; signing out forgets the token', async () => {
    const { page, problems } = await phone(browser);
    await page.goto(hub.url);
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'login.png') });

    // A wrong password: the hub's message and code, in Chinese first.
    await page.getByPlaceholder('请输入用户名').fill(OFFICER.username);
    await page.getByPlaceholder('请输入密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('未登录或登录已失效');
    expect(await refusal.innerText()).toContain('用户名或密码错误');
    expect(await refusal.innerText()).toContain('UNAUTHENTICATED');

    await page.getByPlaceholder('请输入密码').fill(OFFICER.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('viewer').waitFor();
    expect(await page.getByTestId('viewer').innerText()).toContain('陈晓明');
    expect(await page.getByTestId('viewer').innerText()).toContain('执法人员');

    // A mistyped code is caught before it is sent.
    await page
      .getByRole('textbox', { name: '统一社会信用代码' })
      .fill(uscc(HOLDER).slice(0, 17) + (uscc(HOLDER).endsWith('0') ? '1' : '0'));
    await page.getByRole('button', { name: '查询' }).click();
    expect(await page.getByRole('alert').innerText()).toBe('统一社会信用代码校验位不符，请核对');

    await page.getByRole('textbox', { name: '统一社会信用代码' }).fill(uscc(HOLDER));
    await page.getByRole('button', { name: '查询' }).click();
    const revoked = page.getByTestId('licence-status-REVOKED');
    await revoked.waitFor();
    expect(await revoked.innerText()).toBe('已撤销');
    const red = await page.evaluate<string>(
      `getComputedStyle(document.querySelector('[data-testid="licence-status-REVOKED"]')).backgroundColor`,
    );
    const [r, g, b] = red.match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(200);
    expect(g).toBeLessThan(100);
    expect(b).toBeLessThan(100);
    expect(await page.getByTestId('licence-status-VALID').innerText()).toBe('有效');
    const profile = await page.getByTestId('party-profile').innerText();
    expect(profile).toContain('晋江市青阳华丰五金店181');
    expect(profile).toContain('有效许可覆盖'); // today's permit check for the food matter
    expect(profile).toContain('晋青综执罚决字〔2026〕181号');
    expect(profile).toContain('待执行');
    await page.screenshot({ path: join(SCREENSHOTS, 'permit-check.png'), fullPage: true });

    // The token lives in this tab's sessionStorage only (page code as text: the hub's tsconfig has no DOM types).
    const stored = await page.evaluate('({ session: sessionStorage.length, local: localStorage.length, cookie: document.cookie })');
    expect(stored).toEqual({ session: 1, local: 0, cookie: '' });
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);

    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('officer → leader → officer → town → supervisor, no step outside the console: a photo from the camera and the evidence, approved, sent with its letter, accepted, counted in the league', async () => {
    // A Monday in the first quarter, on the hub's clock and the phone's alike.
    const monday = new Date('2026-03-02T02:00:00Z');
    hub.clock.set(monday);
    const { page, problems } = await phone(browser);
    await page.clock.setFixedTime(monday);
    await page.goto(hub.url);
    await signIn(page, MARKET_OFFICER);
    await page.getByRole('textbox', { name: '统一社会信用代码' }).fill(uscc(HOLDER));
    await page.getByRole('button', { name: '查询' }).click();
    const valid = page.getByTestId('licence').filter({ hasText: 'JY13505820000181' });
    await valid.getByRole('button', { name: '发起移送' }).click();
    const handler = page.getByTestId('who-handles');
    await handler.waitFor();
    expect(await handler.innerText()).toBe('青阳街道（已赋权乡镇）');
    await page.getByPlaceholder('发现的违法事实、时间、地点').fill('超出食品经营许可范围经营冷食类食品');
    await page.getByPlaceholder('手机或座机号码').fill('0595-85600000');
    // A real JPEG (the screen as it is now) as the camera's photo, and a PDF as the evidence.
    const photo = await page.screenshot({ type: 'jpeg', quality: 50 });
    const record = Buffer.from('%PDF-1.4\n% 询问笔录\n%%EOF\n');
    await page.getByTestId('pick-source').setInputFiles({ name: '现场照片1.jpg', mimeType: 'image/jpeg', buffer: photo });
    expect(await page.getByTestId('materials').innerText()).toContain('尚缺：证据材料');
    await page.getByTestId('pick-evidence').setInputFiles({ name: '询问笔录.pdf', mimeType: 'application/pdf', buffer: record });
    expect(await page.getByTestId('material').count()).toBe(2);
    expect(await page.getByTestId('materials').innerText()).not.toContain('尚缺');
    await page.getByTestId('materials').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'transfer-create.png') });
    await page.getByRole('button', { name: '提交审批' }).click();
    const submitted = page.getByTestId('transfer-submitted');
    await submitted.waitFor();
    expect(await submitted.innerText()).toContain('已提交审批：移送至青阳街道，当前状态「待审批」');
    expect(await submitted.innerText()).toContain('附移送材料 2 份：现场照片1.jpg、询问笔录.pdf。');
    await page.getByRole('button', { name: '完成' }).click();

    // What the hub holds: the two files, confirmed, with the hashes the browser computed.
    const supervisor = await seed.user(hub, [Role.SUPERVISOR], 'joint-meeting-office');
    const held = async () =>
      (
        await hub.gql(
          `{ transfers(first: 10) { nodes { id state senderUnitCode receiverUnitCode partyUscc contactName } } }`,
          {},
          { credential: supervisor },
        )
      ).data!.transfers.nodes as Array<{ id: string; state: string }>;
    const [transfer] = await held();
    expect(transfer).toEqual({
      id: expect.any(String),
      state: 'SUBMITTED',
      senderUnitCode: MARKET,
      receiverUnitCode: QINGYANG,
      partyUscc: uscc(HOLDER),
      contactName: '林志强',
    });
    const detail = await hub.gql(
      'query($id: ID!) { transfer(id: $id) { materials { kind evidence { fileName contentType size sha256 status } } } }',
      { id: transfer.id },
      { credential: supervisor },
    );
    const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    expect(detail.data!.transfer.materials).toEqual(
      expect.arrayContaining([
        {
          kind: 'SOURCE',
          evidence: { fileName: '现场照片1.jpg', contentType: 'image/jpeg', size: photo.length, sha256: sha(photo), status: 'CONFIRMED' },
        },
        {
          kind: 'EVIDENCE',
          evidence: {
            fileName: '询问笔录.pdf',
            contentType: 'application/pdf',
            size: record.length,
            sha256: sha(record),
            status: 'CONFIRMED',
          },
        },
      ]),
    );
    await page.getByRole('button', { name: '退出登录' }).click();

    // The bureau's leader approves it (the hub issues the letter).
    await signIn(page, MARKET_LEADER);
    const approval = page.getByTestId('approval-item').filter({ hasText: '晋江市青阳华丰五金店181' });
    await approval.waitFor();
    expect(await approval.innerText()).toContain('移送至：青阳街道');
    expect(await approval.innerText()).toContain('情形：应批已批（超出许可范围）');
    await page.screenshot({ path: join(SCREENSHOTS, 'approvals.png') });
    await approval.getByRole('button', { name: '批准' }).click();
    await approval.getByRole('status').waitFor();
    expect(await approval.getByRole('status').innerText()).toBe('已处理，当前状态「已审批」');
    await page.getByRole('button', { name: '退出登录' }).click();

    // The officer sends it from the unit's 移送待办, and opens the letter.
    const outgoing = await inboxCard(page, MARKET_OFFICER, '晋江市青阳华丰五金店181');
    expect(await outgoing.innerText()).toContain('接收方：青阳街道');
    expect(await outgoing.innerText()).toContain('状态：已审批');
    await outgoing.getByRole('button', { name: '查看移交函' }).click();
    const letter = outgoing.getByTestId('letter-link');
    await letter.waitFor();
    expect(await letter.innerText()).toMatch(/^打开移交函 \S+（PDF）$/);
    const pdf = await fetch((await letter.getAttribute('href'))!);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(await actOn(outgoing, '移送')).toBe('已处理，当前状态「已移送」');
    await page.getByRole('button', { name: '退出登录' }).click();

    // Qingyang accepts it.
    const incoming = await inboxCard(page, OFFICER, '晋江市青阳华丰五金店181');
    expect(await incoming.innerText()).toContain('移送方：晋江市市场监督管理局');
    expect(await incoming.getByTestId('countdown').innerText()).toBe('剩余 5 个工作日');
    expect(await actOn(incoming, '接收')).toBe('已处理，当前状态「已接收」');
    await page.getByRole('button', { name: '退出登录' }).click();

    // The supervisor's dashboard: this quarter's league counts Qingyang's answer, on time.
    await signIn(page, SUPERVISOR);
    const row = page.getByTestId('league-row').filter({ hasText: '青阳街道' });
    await row.waitFor();
    expect(await page.getByText('通报排名（2026-Q1）').count()).toBe(1);
    expect(await row.innerText()).toContain('计入 1 件');
    expect(await row.innerText()).toContain('100.0%');
    expect((await held()).map((t) => t.state)).toEqual(['ACCEPTED']);
    expect(problems).toEqual([]);
    await page.context().close();
    hub.clock.set(new Date());
  }, 90_000);

  const login = async (account: { username: string; password: string }) =>
    (await hub.gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: account })).data!.login
      .accessToken as string;

  /**
   * The bureau's transfer to Qingyang with its materials, approved and sent over the API at `at` (a fixture for
   * the tests of what the receiver and the supervisor see); the hub's clock is left at `at`.
   */
  async function sendTransferAt(at: Date): Promise<{ id: string; state: string }> {
    const [marketOfficer, marketLeader] = [await login(MARKET_OFFICER), await login(MARKET_LEADER)];
    hub.clock.set(at);
    const transfers = transferClient(hub);
    const { id } = await transfers.create(transferInput(HOLDER, at), marketOfficer);
    await transfers.attach(id, 'SOURCE', marketOfficer);
    await transfers.attach(id, 'EVIDENCE', marketOfficer);
    await transfers.ok('submitTransfer', { id }, marketOfficer);
    await transfers.ok('approveTransfer', { id }, marketLeader);
    return { id, state: (await transfers.ok('sendTransfer', { id }, marketOfficer)).state as string };
  }

  it('the receiving town finds the sent transfer in its inbox with a working-day countdown, and accepts it', async () => {
    // On a Monday of a year the hub's calendar holds whole (in December the deadlines reach into a year whose
    // holidays the State Council has not announced yet, and the hub refuses to guess them); the phone's clock too.
    const monday = new Date('2026-06-01T02:00:00Z');
    const { id, state } = await sendTransferAt(monday);
    expect(state).toBe('SENT');

    const { page, problems } = await phone(browser);
    await page.clock.setFixedTime(new Date(monday.getTime() + 5 * 60_000));
    await page.goto(hub.url);
    const item = await inboxCard(page, OFFICER, '晋江市示例食品店181');
    expect(await item.innerText()).toContain('移送方：晋江市市场监督管理局');
    expect(await item.innerText()).toContain('状态：已移送');
    // Sent on Monday 1 June: five working days to accept, up to the end of Monday 8 June (Tue–Fri, Mon).
    expect(await item.innerText()).toContain('办理期限：2026/6/8 23:59:59');
    expect(await item.getByTestId('countdown').innerText()).toBe('剩余 5 个工作日');
    await page.screenshot({ path: join(SCREENSHOTS, 'inbox.png') });
    expect(await actOn(item, '接收')).toBe('已处理，当前状态「已接收」');

    const supervisor = await seed.user(hub, [Role.SUPERVISOR], 'joint-meeting-office');
    const held = await hub.gql('query($id: ID!) { transfer(id: $id) { state receiverUnitCode } }', { id }, { credential: supervisor });
    expect(held.data!.transfer).toEqual({ state: 'ACCEPTED', receiverUnitCode: QINGYANG });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('the receiving town declines a transfer as not its own, with the reason, and reports the dispute to the city government', async () => {
    const monday = new Date('2026-06-01T04:00:00Z');
    const { id } = await sendTransferAt(monday);
    const { page, problems } = await phone(browser);
    await page.clock.setFixedTime(new Date(monday.getTime() + 5 * 60_000));
    await page.goto(hub.url);
    // The town's earlier transfers from the same shop are answered already: this one is the one still 已移送.
    const card = (await inboxCard(page, OFFICER, '晋江市示例食品店181')).filter({ hasText: '状态：已移送' }).first();
    await card.getByRole('button', { name: '不予接收' }).click();
    // The reason is required before the decline can go.
    expect(await card.getByRole('button', { name: '确认不予接收' }).isDisabled()).toBe(true);
    await card.getByPlaceholder('不予接收的理由（必填）').fill('该店位于安海镇辖区，不属本街道管辖');
    expect(await actOn(card, '确认不予接收')).toBe('已处理，当前状态「不予接收」');

    // Still the town's to act on (§4(3)3④): it stays in the inbox, now with 报请市政府.
    await page.getByRole('button', { name: '刷新' }).click();
    const declined = page.getByTestId('inbox-item').filter({ hasText: '状态：不予接收' });
    await declined.getByRole('button', { name: '报请市政府' }).waitFor();
    await declined.getByRole('button', { name: '报请市政府' }).click();
    await declined.getByPlaceholder('报请市政府的说明（选填）').fill('管辖争议，请市政府指定');
    expect(await actOn(declined, '确认报请市政府')).toBe('已处理，当前状态「报市政府」');

    const supervisor = await seed.user(hub, [Role.SUPERVISOR], 'joint-meeting-office');
    const held = await hub.gql('query($id: ID!) { transfer(id: $id) { state steps { action note } } }', { id }, { credential: supervisor });
    expect(held.data!.transfer.state).toBe('ESCALATED');
    expect(held.data!.transfer.steps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'decline', note: '该店位于安海镇辖区，不属本街道管辖' }),
        expect.objectContaining({ action: 'escalate', note: '管辖争议，请市政府指定' }),
      ]),
    );
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('a town officer registers a report taken by phone, starts the check and answers the person: the first receiver owns it (§4(2))', async () => {
    const tuesday = new Date('2026-03-03T01:30:00Z');
    hub.clock.set(tuesday);
    const { page, problems } = await phone(browser);
    await page.clock.setFixedTime(tuesday);
    await page.goto(hub.url);
    await signIn(page, OFFICER);
    await page.getByRole('tab', { name: '举报投诉' }).click();
    await page.getByRole('button', { name: '登记' }).click();
    const form = page.getByTestId('complaint-form');
    await form.getByText('电话受理').click();
    await form.getByPlaceholder('单位或个人名称').fill('晋江市青阳某某餐饮店');
    await form.getByPlaceholder('反映的问题、时间、地点').fill('后厨卫生条件差，餐具未消毒');
    await form.getByPlaceholder('姓名（可匿名）').fill('王小明');
    await form.getByPlaceholder('选填').last().fill('13905950099');
    await page.screenshot({ path: join(SCREENSHOTS, 'complaint-register.png') });
    await form.getByRole('button', { name: '登记受理' }).click();

    const card = page.getByTestId('complaint-item').filter({ hasText: '晋江市青阳某某餐饮店' });
    await card.waitFor();
    expect(await card.innerText()).toContain('内容：【电话受理】后厨卫生条件差，餐具未消毒');
    expect(await card.innerText()).toContain('已受理');
    // The unit that received it owns it and reads its reporter in full.
    expect(await card.innerText()).toContain('举报人：王小明');
    await card.getByRole('button', { name: '办理' }).click();
    await card.getByTestId('complaint-deadline').first().waitFor();
    expect(await card.getByTestId('complaint-deadline').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^初步核查期限：2026\//)]),
    );
    expect(await actOn(card, '开始核查')).toBe('已处理，当前状态「核查中」');
    await card.getByRole('button', { name: '刷新列表' }).click();

    // The list asked again: the same complaint, now 核查中 (its card is found by its subject, as its status changes next).
    await page.getByTestId('complaint-item').filter({ hasText: '晋江市青阳某某餐饮店' }).filter({ hasText: '核查中' }).waitFor();
    const checking = page.getByTestId('complaint-item').filter({ hasText: '晋江市青阳某某餐饮店' });
    await checking.getByRole('button', { name: '办理' }).click();
    await checking.getByRole('button', { name: '答复（未发现违法）' }).click();
    expect(await checking.getByRole('button', { name: '确认答复（未发现违法）' }).isDisabled()).toBe(true);
    await checking.getByPlaceholder('答复投诉人的内容（必填）').fill('经现场核查，未发现所反映的问题，已电话告知举报人');
    expect(await actOn(checking, '确认答复（未发现违法）')).toBe('已处理，当前状态「已答复」');

    const officer = await login(OFFICER);
    const [held] = (
      await hub.gql(
        `{ complaintRecords(subjectNameContains: "青阳某某餐饮店") { nodes { id publisherCode handlingUnitCode channel status outcome outcomeNote sourceId } } }`,
        {},
        { credential: officer },
      )
    ).data!.complaintRecords.nodes;
    expect(held).toMatchObject({
      publisherCode: QINGYANG,
      handlingUnitCode: QINGYANG,
      channel: 'REPORT',
      status: 'ANSWERED',
      outcome: 'NO_VIOLATION',
      outcomeNote: '经现场核查，未发现所反映的问题，已电话告知举报人',
      sourceId: expect.stringMatching(/^ZD-20260303-[0-9a-f]{12}$/),
    });
    expect(problems).toEqual([]);
    await page.context().close();
    hub.clock.set(new Date());
  }, 60_000);

  it("a supervisor sees the town that left a sent transfer unanswered: overdue by unit, the item, the quarter's league", async () => {
    // Sent on Monday 1 June and never answered: Qingyang owed its answer by the end of Monday 8 June.
    expect((await sendTransferAt(new Date('2026-06-01T03:00:00Z'))).state).toBe('SENT');
    // Friday 12 June: four working days past due (Tue 9 to Fri 12).
    const friday = new Date('2026-06-12T02:00:00Z');
    hub.clock.set(friday);

    const { page, problems } = await phone(browser);
    await page.clock.setFixedTime(friday);
    await page.goto(hub.url);
    await signIn(page, SUPERVISOR);
    // The supervisors' own screen opens first.
    const unit = page.getByTestId('supervision-unit').filter({ hasText: '青阳' });
    await unit.waitFor();
    // The unit's row as the hub sums it (the town has other late items from the tests before this one).
    const summary = (
      await hub.gql('{ supervisionSummary { unitCode overdue maxWorkingDaysOverdue } }', {}, { credential: await login(SUPERVISOR) })
    ).data!.supervisionSummary.find((u: { unitCode: string }) => u.unitCode === QINGYANG);
    expect(summary.maxWorkingDaysOverdue).toBeGreaterThanOrEqual(4);
    expect(await unit.innerText()).toContain(`最长逾期 ${summary.maxWorkingDaysOverdue} 个工作日`);
    expect(await unit.innerText()).toContain(`逾期 ${summary.overdue}`);
    const item = page.getByTestId('supervision-item').filter({ hasText: '责任单位：青阳' }).filter({ hasText: '已逾期 4 个工作日' });
    await item.first().waitFor();
    expect(await item.first().innerText()).toContain('案件移送');
    // The league as the hub ranks it, this quarter (2026-Q2 on the phone's clock).
    const supervisor = await login(SUPERVISOR);
    const league = await hub.gql(
      '{ supervisionLeague(period: { kind: QUARTER, year: 2026, index: 2 }) { period { label } rows { unitCode unitName rate } } }',
      {},
      { credential: supervisor },
    );
    const rows = league.data!.supervisionLeague.rows as Array<{ unitCode: string; unitName: string; rate: number }>;
    expect(rows.map((r) => r.unitCode)).toContain(QINGYANG);
    expect(await page.getByText('通报排名（2026-Q2）').count()).toBe(1);
    const shown = await page.getByTestId('league-row').allInnerTexts();
    expect(shown.length).toBe(rows.length);
    const qingyang = rows.find((r) => r.unitCode === QINGYANG)!;
    expect(shown.find((text) => text.includes(qingyang.unitName))).toContain(`${(Math.round(qingyang.rate * 1000) / 10).toFixed(1)}%`);
    // The charts (ECharts, its own chunk, drawn as SVG): a bar per unit, labelled as the hub names the unit.
    const rateChart = page.getByTestId('rate-chart');
    await rateChart.locator('svg').waitFor();
    const chartText = await rateChart.locator('svg text').allTextContents();
    for (const row of rows) expect(chartText).toContain(row.unitName);
    expect(chartText).toContain(`${Math.round(qingyang.rate * 1000) / 10}%`);
    await page.getByTestId('backlog-chart').locator('svg').waitFor();
    expect(await page.getByTestId('backlog-chart').locator('svg text').allTextContents()).toEqual(
      expect.arrayContaining(['逾期', '即将到期', '青阳街道']),
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'supervision.png'), fullPage: true });

    // Through to the item: the transfer itself, its steps and its deadlines.
    await item.first().click();
    const detail = page.getByTestId('item-detail');
    await detail.getByText('办理过程').waitFor();
    expect(await detail.innerText()).toContain('案件移送 · 晋江市示例食品店181');
    expect(await detail.innerText()).toContain('当前状态：已移送');
    expect(await detail.innerText()).toContain('接收方：青阳街道');
    expect(await detail.getByTestId('item-deadlines').innerText()).toMatch(
      /答复是否接收（§4\(3\)3④）· 责任单位 青阳街道 · 截止 2026\/6\/8 23:59:59\s*已逾期/,
    );
    const steps = await detail.getByTestId('item-steps').innerText();
    for (const state of ['草稿', '待审批', '已审批', '已移送']) expect(steps).toContain(state);
    await page.screenshot({ path: join(SCREENSHOTS, 'supervision-item.png') });
    await detail.getByRole('button', { name: '关闭' }).click();
    expect(problems).toEqual([]);
    await page.context().close();
    hub.clock.set(new Date());
  }, 60_000);

  it('serves index.html uncached under the console CSP, hashed assets for a year, and HTML routes by fallback', async () => {
    const index = await fetch(hub.url, { headers: { accept: 'text/html' } });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const csp = index.headers.get('content-security-policy')!;
    expect(csp).toBe(consoleCsp(process.env.HUB_TEST_S3_ENDPOINT!));
    expect(csp).toContain("default-src 'self'");
    // The photo upload goes from the page straight to the object store's origin, and nowhere else.
    expect(csp).toContain(`connect-src 'self' ws: wss: ${new URL(process.env.HUB_TEST_S3_ENDPOINT!).origin}`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const html = await index.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    const script = /<script[^>]*src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    expect(html).toBe(readFileSync(join(ROOT, 'apps/field-console/dist/index.html'), 'utf8'));

    const asset = await fetch(`${hub.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe(ASSET_CACHE);
    expect(ASSET_CACHE).toBe('public, max-age=31536000, immutable');

    // Compressed as the build wrote it (.br, .gz) for a browser that accepts it, the plain file otherwise.
    const plain = readFileSync(join(ROOT, 'apps/field-console/dist', script));
    for (const [encoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const answer = await request(`${hub.url}${script}`, { headers: { 'accept-encoding': encoding } });
      expect({ encoding: answer.headers['content-encoding'], cache: answer.headers['cache-control'] }).toEqual({
        encoding,
        cache: ASSET_CACHE,
      });
      expect(answer.headers['content-type']).toMatch(/javascript/);
      expect(answer.headers.vary).toMatch(/accept-encoding/i);
      const body = decode(Buffer.from(await answer.body.arrayBuffer()));
      expect(body.equals(plain)).toBe(true);
    }
    const identity = await request(`${hub.url}${script}`, { headers: { 'accept-encoding': 'identity' } });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(Buffer.from(await identity.body.arrayBuffer()).equals(plain)).toBe(true);

    const deep = await fetch(`${hub.url}/permit/91350582MA00000000?tab=licences`, {
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(deep.status).toBe(200);
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    expect(await deep.text()).toBe(html);
  });

  it("leaves the hub's own paths and non-page requests to the hub: JSON 404s, the API untouched", async () => {
    const notHtml = await fetch(`${hub.url}/no-such-thing`, { headers: { accept: 'application/json' } });
    expect(notHtml.status).toBe(404);
    expect(notHtml.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await notHtml.json()).toMatchObject({ statusCode: 404 });
    for (const path of ['/graphql/nothing', '/health/nothing', '/metrics/nothing', '/assets/missing-0000.js']) {
      const answer = await fetch(`${hub.url}${path}`, { headers: { accept: 'text/html' } });
      expect({ path, status: answer.status, type: answer.headers.get('content-type') }).toEqual({
        path,
        status: 404,
        type: expect.stringMatching(/^application\/json/),
      });
    }
    const post = await fetch(`${hub.url}/somewhere`, { method: 'POST', headers: { accept: 'text/html' } });
    expect(post.status).toBe(404);
    // The API keeps its own policy.
    const health = await fetch(`${hub.url}/health`);
    expect(health.headers.get('content-security-policy')).toContain("default-src 'none'");
    const viewer = await hub.gql('{ viewer { name } }');
    expect(viewer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('starts without the console when its folder holds no build, saying so in one line of the banner', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'hub-console-none-'));
    const bare = await startHubProcessOn(hub, { HUB_CONSOLE_DIR: empty });
    try {
      const consoleLines = bare
        .output()
        .split('\n')
        .filter((line) => line.includes('Console:'));
      expect(consoleLines).toEqual([`  Console:     not served: no build in ${empty} (npm run build builds it, or set HUB_CONSOLE_DIR)`]);
      const root = await fetch(bare.url, { headers: { accept: 'text/html' } });
      expect(root.status).toBe(404);
      expect(await root.json()).toMatchObject({ statusCode: 404 });
      expect((await gqlAt(bare.url, '{ viewer { name } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      bare.child.kill('SIGTERM');
      await exited(bare.child);
      rmSync(empty, { recursive: true, force: true });
    }
  }, 60_000);
});
