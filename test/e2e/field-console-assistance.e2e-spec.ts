import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Role } from '@hub/shared-schema';
import type { Browser, Page } from 'playwright-core';
import { AccountsService } from '../../apps/hub-api/src/modules/auth/accounts.service';
import { MARKET, QINGYANG } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { actOn, launchChromium, phone, screenshotsFolder, signIn } from '../utils/console-browser';
import { startTestApp, TestApp } from '../utils/test-app';

const ROOT = join(__dirname, '../..');
/** As field-console.e2e-spec.ts: UPDATE_SCREENSHOTS=1 writes over the committed screenshot, other runs leave the tree alone. */
const SHOTS = screenshotsFolder(ROOT);
const SCREENSHOTS = SHOTS.dir;
const TOWN_OFFICER = { username: 'qingyang-officer-assist', password: 'Qingyang-assist-pw-2026!' };
const MARKET_OFFICER = { username: 'market-officer-assist', password: 'Market-assist-pw-2026!' };
/** A Monday in 2026 (the calendar holds only 2026), 10:00 in Shanghai, on the hub's clock and the phone's alike. */
const MONDAY = new Date('2026-03-02T02:00:00Z');

describe('field console 协助请求 (e2e, Chromium at phone size)', () => {
  let hub: TestApp;
  let browser: Browser;
  let supervisor: string;

  beforeAll(async () => {
    hub = await startTestApp();
    const accounts = hub.app.get(AccountsService);
    await accounts.create({ ...TOWN_OFFICER, displayName: '陈晓明', unitCode: QINGYANG, roles: [Role.OFFICER] });
    await accounts.create({ ...MARKET_OFFICER, displayName: '林志强', unitCode: MARKET, roles: [Role.OFFICER] });
    supervisor = await seed.user(hub, [Role.SUPERVISOR], 'joint-meeting-office');
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    SHOTS.discard();
  });

  /** What the hub holds of a request, by its subject (read as the supervisors' office, which sees every request). */
  async function held(subject: string) {
    const answer = await hub.gql(
      `{ assistanceRequests(first: 50) { nodes { subject kind state requestingUnitCode requestedUnitCode opinion refusalGround { code } refusalExplanation } } }`,
      {},
      { credential: supervisor },
    );
    expect(answer.errors).toBeUndefined();
    return (answer.data!.assistanceRequests.nodes as Array<{ subject: string }>).find((node) => node.subject === subject);
  }

  async function openTab(page: Page, account: { username: string; password: string }) {
    await page.goto(hub.url);
    await signIn(page, account);
    await page.getByRole('tab', { name: '协助请求' }).click();
    await page.getByTestId('assistance').waitFor();
  }

  /** The town's officer writes a request in the popup form and sends it to the market bureau. */
  async function ask(page: Page, kind: string, subject: string, details: string) {
    await page.getByRole('button', { name: '发起协助请求' }).click();
    const form = page.getByTestId('assistance-form');
    await form.waitFor();
    await form.getByText(kind, { exact: true }).click();
    await form.getByTestId('requested-unit').getByText('晋江市市场监督管理局', { exact: true }).click();
    await form.getByPlaceholder('请求事项，一句话').fill(subject);
    await form.getByPlaceholder('请求的具体内容与依据').fill(details);
    await form.getByRole('button', { name: '发出请求' }).click();
    const sent = page.getByTestId('assistance-sent');
    await sent.waitFor();
    expect(await sent.innerText()).toContain('已向晋江市市场监督管理局发出协助请求，当前状态「已发出」');
    await sent.getByRole('button', { name: '完成' }).click();
    await form.waitFor({ state: 'detached' });
  }

  const card = (page: Page, subject: string) => page.getByTestId('assistance-item').filter({ hasText: subject });

  it('a town asks the market bureau for a technical opinion; the bureau answers within 5 working days; the town sees 已答复 and closes it', async () => {
    const subject = '冷食类食品现场抽检专业意见';
    hub.clock.set(MONDAY);
    const town = await phone(browser);
    await town.page.clock.setFixedTime(MONDAY);
    await openTab(town.page, TOWN_OFFICER);

    // Nothing is sent while the form misses what the hub needs: the officer is told what, in Chinese.
    await town.page.getByRole('button', { name: '发起协助请求' }).click();
    await town.page.getByTestId('assistance-form').getByRole('button', { name: '发出请求' }).click();
    expect(await town.page.getByTestId('assistance-form').getByRole('alert').innerText()).toBe('请选择被请求单位');
    await town.page.getByTestId('assistance-form').getByRole('button', { name: '取消' }).click();
    expect(await held(subject)).toBeUndefined();

    await ask(town.page, '技术鉴定/专业意见', subject, '请对现场查扣的冷食类食品是否超出许可范围出具书面意见');
    const sent = card(town.page, subject);
    await sent.waitFor();
    expect(await sent.innerText()).toContain('被请求方：晋江市市场监督管理局');
    expect(await sent.getByTestId('assistance-state').innerText()).toBe('状态：已发出');
    // §5(2): 5 working days from receipt, Monday to the next Monday.
    expect(await sent.getByTestId('countdown').innerText()).toBe('剩余 5 个工作日');
    // The requesting unit may withdraw before the answer, not answer its own request.
    expect(await sent.getByRole('button', { name: '撤回', exact: true }).count()).toBe(1);
    expect(await sent.getByRole('button', { name: '出具意见', exact: true }).count()).toBe(0);
    await town.page.context().close();

    // The bureau's officer, an hour later: the request with its countdown, answered with the opinion.
    const later = new Date(MONDAY.getTime() + 3_600_000);
    hub.clock.set(later);
    const bureau = await phone(browser);
    await bureau.page.clock.setFixedTime(later);
    await openTab(bureau.page, MARKET_OFFICER);
    const received = card(bureau.page, subject);
    await received.waitFor();
    expect(await received.innerText()).toContain('请求方：青阳街道');
    expect(await received.getByTestId('countdown').innerText()).toBe('剩余 5 个工作日');
    expect(await received.getByRole('button', { name: '办结', exact: true }).count()).toBe(0);
    await bureau.page.screenshot({ path: join(SCREENSHOTS, 'assistance.png') });
    await received.getByRole('button', { name: '出具意见', exact: true }).click();
    // The opinion is required: the confirm button waits for it.
    expect(await received.getByRole('button', { name: '确认出具意见' }).isDisabled()).toBe(true);
    await received.getByPlaceholder('书面意见（必填）').fill('经检验，查扣食品属冷食类，超出该店许可的经营项目范围。');
    expect(await actOn(received, '确认出具意见')).toBe('已处理，当前状态「已答复」');
    expect(bureau.problems).toEqual([]);
    await bureau.page.context().close();

    // The town sees 已答复 with the opinion, and closes the request.
    const town2 = await phone(browser);
    await town2.page.clock.setFixedTime(later);
    await openTab(town2.page, TOWN_OFFICER);
    const answered = card(town2.page, subject);
    await answered.getByTestId('assistance-state').filter({ hasText: '已答复' }).waitFor();
    expect(await answered.innerText()).toContain('书面意见：经检验，查扣食品属冷食类');
    expect(await actOn(answered, '办结')).toBe('已处理，当前状态「已办结」');
    expect(town.problems).toEqual([]);
    expect(town2.problems).toEqual([]);
    await town2.page.context().close();

    expect(await held(subject)).toEqual({
      subject,
      kind: 'TECHNICAL_OPINION',
      state: 'CLOSED',
      requestingUnitCode: QINGYANG,
      requestedUnitCode: MARKET,
      opinion: '经检验，查扣食品属冷食类，超出该店许可的经营项目范围。',
      refusalGround: null,
      refusalExplanation: null,
    });
  }, 120_000);

  it('a document-access request is refused on a legal ground from the hub’s list, with its explanation (§5(1))', async () => {
    const subject = '调阅华丰五金店许可档案';
    hub.clock.set(MONDAY);
    const town = await phone(browser);
    await town.page.clock.setFixedTime(MONDAY);
    await openTab(town.page, TOWN_OFFICER);
    await ask(town.page, '查阅资料', subject, '请提供该店食品经营许可申请材料以便核查');
    await card(town.page, subject).waitFor();
    await town.page.context().close();

    const bureau = await phone(browser);
    await bureau.page.clock.setFixedTime(MONDAY);
    await openTab(bureau.page, MARKET_OFFICER);
    const received = card(bureau.page, subject);
    await received.waitFor();
    // 查阅资料 is provided or refused; it has no opinion to give.
    expect(await received.getByRole('button', { name: '出具意见', exact: true }).count()).toBe(0);
    await received.getByRole('button', { name: '拒绝提供', exact: true }).click();
    await received.getByPlaceholder('拒绝说明（必填）').fill('档案含国家秘密事项，不予提供');
    // An explanation without a ground is not enough (§5(1)).
    expect(await received.getByRole('button', { name: '确认拒绝提供' }).isDisabled()).toBe(true);
    // Each ground with the law it rests on, as the hub's list holds them.
    const ground = received.locator('.adm-selector-item').filter({ hasText: '涉及国家秘密' });
    expect(await ground.innerText()).toContain('《中华人民共和国保守国家秘密法》');
    await ground.click();
    expect(await actOn(received, '确认拒绝提供')).toBe('已处理，当前状态「已拒绝」');
    expect(town.problems).toEqual([]);
    expect(bureau.problems).toEqual([]);
    await bureau.page.context().close();

    expect(await held(subject)).toEqual({
      subject,
      kind: 'DOCUMENT_ACCESS',
      state: 'REFUSED',
      requestingUnitCode: QINGYANG,
      requestedUnitCode: MARKET,
      opinion: null,
      refusalGround: { code: 'STATE_SECRET' },
      refusalExplanation: '档案含国家秘密事项，不予提供',
    });
  }, 120_000);

  it('a document-access request is answered with a PDF uploaded from the phone (§5(1)), and the town closes it', async () => {
    const subject = '调阅华丰五金店年度检查记录';
    hub.clock.set(MONDAY);
    const town = await phone(browser);
    await town.page.clock.setFixedTime(MONDAY);
    await openTab(town.page, TOWN_OFFICER);
    await ask(town.page, '查阅资料', subject, '请提供该店 2025 年度日常检查记录');
    await card(town.page, subject).waitFor();

    const bureau = await phone(browser);
    await bureau.page.clock.setFixedTime(MONDAY);
    await openTab(bureau.page, MARKET_OFFICER);
    const received = card(bureau.page, subject);
    await received.waitFor();
    await received.getByRole('button', { name: '提供资料', exact: true }).click();
    // Nothing to provide yet: the hub would refuse, so the console does not ask.
    expect(await received.getByRole('button', { name: '确认提供资料' }).isDisabled()).toBe(true);
    const record = Buffer.from('%PDF-1.4\n% 日常检查记录\n%%EOF\n');
    await received.getByTestId('pick-documents').setInputFiles({ name: '日常检查记录.pdf', mimeType: 'application/pdf', buffer: record });
    expect(await received.getByTestId('picked-documents').innerText()).toBe('已选资料 1 份：日常检查记录.pdf');
    expect(await actOn(received, '确认提供资料')).toBe('已处理，当前状态「已答复」');
    expect(bureau.problems).toEqual([]);
    await bureau.page.context().close();

    await town.page.getByRole('button', { name: '刷新' }).click();
    const answered = card(town.page, subject);
    await answered.getByTestId('assistance-state').filter({ hasText: '已答复' }).waitFor();
    expect(await actOn(answered, '办结')).toBe('已处理，当前状态「已办结」');
    expect(town.problems).toEqual([]);
    await town.page.context().close();

    expect(await held(subject)).toMatchObject({ kind: 'DOCUMENT_ACCESS', state: 'CLOSED', refusalGround: null });
    // The file is the request's document, confirmed with the hash the browser computed.
    const id = (
      await hub.gql(`{ assistanceRequests(first: 50) { nodes { id subject } } }`, {}, { credential: supervisor })
    ).data!.assistanceRequests.nodes.find((node: { subject: string }) => node.subject === subject).id;
    const requester = await seed.user(hub, [Role.OFFICER], QINGYANG);
    const detail = await hub.gql(
      'query($id: ID!) { assistanceRequest(id: $id) { documents { fileName sha256 status } } }',
      { id },
      { credential: requester },
    );
    expect(detail.errors).toBeUndefined();
    expect(detail.data!.assistanceRequest.documents).toEqual([
      { fileName: '日常检查记录.pdf', sha256: createHash('sha256').update(record).digest('hex'), status: 'CONFIRMED' },
    ]);
  }, 120_000);
});
