import { join } from 'node:path';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import type { Browser } from 'playwright-core';
import { AccountsService } from '../../apps/hub-api/src/modules/auth/accounts.service';
import { POLICIES } from '../../apps/hub-api/src/common/auth/policies';
import { SOURCE_OPTIONS } from '../../apps/field-console/src/statistics/definition';
import { STATISTICS_ROLES } from '../../apps/field-console/src/statistics/roles';
import { ANHAI, QINGYANG } from '../utils/fixtures';
import { launchChromium, phone, screenshotsFolder, signIn } from '../utils/console-browser';
import { seed } from '../utils/seed';
import { startTestApp, TestApp } from '../utils/test-app';
import { savedAs } from '../utils/xlsx-xml';

/** The committed screenshot is written over only with UPDATE_SCREENSHOTS=1. */
const SCREENSHOTS = screenshotsFolder(join(__dirname, '../..'));
const STATISTICIAN = { username: 'justice-statistician-1', password: 'Justice-statistician-pw-2026!' };
/** Mid-June 2026 on the phone: 本年 is 2026-01-01 to 2026-12-31. */
const MID_JUNE = new Date('2026-06-15T02:00:00Z');

const STATISTICS = `query($source: LedgerSource!, $groupBy: [LedgerDimension!]!, $period: LedgerPeriod, $measures: [LedgerMeasure!]!, $filter: LedgerFilterInput) {
  statistics(source: $source, groupBy: $groupBy, period: $period, measures: $measures, filter: $filter) { headers rows { keys labels values } totals } }`;
type Answer = {
  headers: string[];
  rows: Array<{ keys: Array<string | null>; labels: Array<string | null>; values: Array<string | null> }>;
  totals: string[];
};

describe('field console 统计报表 (e2e, Chromium at phone size)', () => {
  let hub: TestApp;
  let browser: Browser;
  let statistician: string;

  beforeAll(async () => {
    hub = await startTestApp();
    await seed.foodMatter(hub);
    const qingyang = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    const anhai = await hub.apiKey(ANHAI, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    // Two towns over two months of 2026, and one penalty of 2025 that 本年 leaves out.
    for (const [key, n, decisionDate, fineAmount] of [
      [qingyang, 1, '2026-03-05', '5000'],
      [qingyang, 2, '2026-03-20', '1200.50'],
      [qingyang, 3, '2026-05-08', '800'],
      [anhai, 4, '2026-03-11', '3000'],
      [anhai, 5, '2026-05-30', '2500'],
      [anhai, 6, '2025-11-11', '9999'],
    ] as const) {
      await seed.penalty(hub, key, n, {
        sourceId: `CF-${n}`,
        decisionNumber: `晋综执罚决字〔${decisionDate.slice(0, 4)}〕${n}号`,
        decisionDate,
        fineAmount,
      });
    }
    const market = await hub.apiKey('dept-market-regulation', [ApiKeyScope.PUBLISH]);
    await seed.licence(hub, market, 7, { decisionDate: '2026-02-01' });
    await hub.app
      .get(AccountsService)
      .create({ ...STATISTICIAN, displayName: '苏统计', unitCode: 'dept-justice', roles: [Role.STATISTICIAN] });
    statistician = await hub.userToken([Role.STATISTICIAN], 'dept-justice');
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    SCREENSHOTS.discard();
  });

  it('a statistician groups penalties by town and month: the table as the hub answers it, the chart in SVG, an XLSX export followed to its download', async () => {
    const { page, problems } = await phone(browser);
    await page.clock.setFixedTime(MID_JUNE);
    await page.goto(hub.url);
    await signIn(page, STATISTICIAN);
    // A statistician's own screen opens first.
    const screen = page.getByTestId('statistics');
    await screen.waitFor();
    expect(await page.getByRole('tab', { name: '统计报表' }).getAttribute('aria-selected')).toBe('true');
    // No tab whose calls the hub refuses a statistician: 移送待办 reads transferInbox ('transfer.read').
    expect(await page.getByRole('tab', { name: '移送待办' }).count()).toBe(0);

    await screen.getByTestId('statistics-source').getByText('处罚信息', { exact: true }).click();
    await screen.getByTestId('statistics-period').getByText('按月', { exact: true }).click();
    await screen.getByTestId('statistics-measures').getByText('罚款金额合计', { exact: true }).click();
    await screen.getByRole('button', { name: '统计', exact: true }).click();
    const table = screen.getByTestId('statistics-table');
    await table.getByRole('columnheader', { name: '罚款金额（元）' }).waitFor();

    // The same statistics over the API: rows and totals as the screen shows them.
    const asked = {
      source: 'PENALTY',
      groupBy: ['TOWNSHIP'],
      period: 'MONTH',
      measures: ['COUNT', 'FINE_TOTAL'],
      filter: { from: '2026-01-01', to: '2026-12-31' },
    };
    const answer = (await hub.gql(STATISTICS, asked, { credential: statistician })).data!.statistics as Answer;
    expect(answer.headers).toEqual(['镇街', '月份', '件数', '罚款金额（元）']);
    const expected = answer.rows.map((row) => [...row.keys.map((key, i) => row.labels[i] ?? key ?? '未填写'), ...row.values]);
    expect(expected).toHaveLength(4); // two towns × March and May; the 2025 penalty is out
    expect((await table.getByRole('columnheader').allInnerTexts()).map((t) => t.trim())).toEqual(answer.headers);
    const shown = (await table.getByTestId('statistics-row').allInnerTexts()).map((text) => text.split('\t').map((cell) => cell.trim()));
    expect(shown).toEqual(expected);
    expect(shown).toContainEqual(['青阳街道', '2026-03', '2', '6200.50']);
    const totals = (await table.getByTestId('statistics-totals').innerText()).split('\t').map((cell) => cell.trim());
    expect(totals).toEqual(['合计', ...answer.totals]);
    expect(answer.totals[0]).toBe('5');
    expect(await screen.getByText('处罚信息统计（4 组）').count()).toBe(1);

    // The bar chart, drawn by the lazily loaded ECharts as SVG, labelled with the groups.
    const svg = screen.getByTestId('statistics-chart').locator('svg');
    await svg.waitFor();
    const texts = await svg.locator('text').allTextContents();
    for (const row of expected) expect(texts).toContain(`${row[0]} · ${row[1]}`);

    // Export to XLSX: the job's progress to 已完成, then the link to the file.
    const exporting = screen.getByTestId('statistics-export');
    await exporting.getByRole('button', { name: '导出', exact: true }).click();
    const link = exporting.getByTestId('export-link');
    await link.waitFor();
    expect(await exporting.getByTestId('export-status').innerText()).toBe('已完成，已写出 4/4 组');
    expect(await exporting.getByTestId('export-progress').innerText()).toContain('100%');
    const title = '处罚信息统计-按镇街、月份-2026-01-01至2026-12-31';
    expect(await link.innerText()).toBe(`下载 ${title}.xlsx`);
    const file = await fetch((await link.getAttribute('href'))!);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(savedAs(file)).toBe(`${title}.xlsx`);
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip: the XLSX container
    await page.screenshot({ path: join(SCREENSHOTS.dir, 'statistics.png'), fullPage: true });

    expect(problems).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('offers, per source, exactly the groupings and measures the hub accepts', async () => {
    const dimensions = ['TOWNSHIP', 'UNIT', 'MATTER', 'CATEGORY', 'STATUS', 'KIND', 'CHANNEL', 'HANDLING_UNIT'];
    const measures = ['COUNT', 'FINE_TOTAL', 'CONFISCATION_TOTAL', 'MEDIAN_HANDLING_DAYS', 'AVERAGE_HANDLING_DAYS'];
    const accepts = async (variables: Record<string, unknown>) =>
      (await hub.gql(STATISTICS, { groupBy: [], measures: ['COUNT'], ...variables }, { credential: statistician })).errors === undefined;
    for (const [source, offered] of Object.entries(SOURCE_OPTIONS)) {
      const groupings: string[] = [];
      for (const dimension of dimensions) if (await accepts({ source, groupBy: [dimension] })) groupings.push(dimension);
      const measured: string[] = [];
      for (const measure of measures) if (await accepts({ source, measures: [measure] })) measured.push(measure);
      expect({ source, groupings: groupings.sort(), measured: measured.sort() }).toEqual({
        source,
        groupings: [...offered.dimensions].sort(),
        measured: [...offered.measures].sort(),
      });
    }
  });

  it('shows the tab to every role that signs in and may call statistics and requestExport', () => {
    const human = (roles: readonly Role[]) => roles.filter((role) => role !== Role.CONNECTOR).sort();
    expect([...STATISTICS_ROLES].sort()).toEqual(human(POLICIES['statistics.read'].roles));
    expect([...STATISTICS_ROLES].sort()).toEqual(human(POLICIES['export.request'].roles));
  });
});
