import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { HubClient, publishAll } from '@hub/connectors';
import { ApiKeyScope } from '@hub/shared-schema';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { FOOD_MATTER, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { startTestApp, TestApp } from '../utils/test-app';
import { startCli, THIS_RUN } from '../utils/connector-cli';

const MARKET = 'dept-market-regulation';
const COLUMNS = [
  'sourceId',
  'kind',
  'licenceNumber',
  'holderName',
  'holderUscc',
  'matterCode',
  'scope',
  'townshipCode',
  'validFrom',
  'validTo',
  'status',
  'decisionDate',
];
const ROWS = 10_000;

function licenceRow(prefix: string, n: number): Record<string, string> {
  return {
    sourceId: `${prefix}-${n}`,
    kind: 'LICENCE',
    licenceNumber: `JY1350582${String(n).padStart(6, '0')}`,
    holderName: `晋江市青阳华丰五金店${n}`,
    holderUscc: uscc(n),
    matterCode: FOOD_MATTER.code,
    scope: '预包装食品销售, 散装食品销售',
    townshipCode: '350582001',
    validFrom: '2024-01-01',
    validTo: '2029-12-31',
    status: 'VALID',
    decisionDate: '2024-01-01',
  };
}

const wrongCheck = (n: number) => uscc(n).slice(0, 17) + (uscc(n).endsWith('0') ? '1' : '0');

/**
 * 20 bad rows by data row: 2 only the hub can tell (an unknown matter) and 18 the command finds before
 * sending (USCC check characters, impossible dates, required cells empty, an unknown status).
 */
const BAD: Record<number, [Partial<Record<string, string>> | ((n: number) => Partial<Record<string, string>>), 'hub' | 'local', string]> = {
  7: [(n) => ({ holderUscc: wrongCheck(n) }), 'local', 'holderUscc'],
  480: [(n) => ({ holderUscc: wrongCheck(n) }), 'local', 'holderUscc'],
  1500: [(n) => ({ holderUscc: wrongCheck(n) }), 'local', 'holderUscc'],
  3333: [(n) => ({ holderUscc: wrongCheck(n) }), 'local', 'holderUscc'],
  6001: [(n) => ({ holderUscc: wrongCheck(n) }), 'local', 'holderUscc'],
  9999: [(n) => ({ holderUscc: wrongCheck(n) }), 'local', 'holderUscc'],
  2222: [{ matterCode: 'NO-SUCH' }, 'hub', 'matterCode'],
  8000: [{ matterCode: 'NO-SUCH' }, 'hub', 'matterCode'],
  4100: [{ validFrom: '2024-02-30' }, 'local', 'validFrom'],
  7777: [{ validFrom: '2024-02-30' }, 'local', 'validFrom'],
  1: [{ holderName: '' }, 'local', 'holderName'],
  501: [{ holderName: '' }, 'local', 'holderName'],
  5000: [{ holderName: '' }, 'local', 'holderName'],
  10000: [{ holderName: '' }, 'local', 'holderName'],
  2500: [{ sourceId: '' }, 'local', 'sourceId'],
  5001: [{ sourceId: '' }, 'local', 'sourceId'],
  3000: [{ status: '注销' }, 'local', 'status'],
  9000: [{ status: '注销' }, 'local', 'status'],
  4500: [{ decisionDate: '' }, 'local', 'decisionDate'],
  5600: [{ decisionDate: '' }, 'local', 'decisionDate'],
};

const csvLine = (row: Record<string, string | undefined>) =>
  COLUMNS.map((c) => (/[,"]/.test(row[c] ?? '') ? `"${row[c]}"` : row[c])).join(',');

function writeLicenceCsv(path: string, prefix: string): void {
  const lines = [COLUMNS.join(',')];
  for (let n = 1; n <= ROWS; n++) {
    const [change] = BAD[n] ?? [{}];
    const row = { ...licenceRow(prefix, n), ...(typeof change === 'function' ? change(n) : change) };
    lines.push(csvLine(row));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** The report's rows as [spreadsheet row, sourceId, column (the file's header), message, code]. */
function readReport(path: string): string[][] {
  const [header, ...rows] = parse(readFileSync(path), { bom: true });
  expect(header).toEqual(['行号', '业务编号', '列', '错误说明', '错误代码']);
  return rows;
}

function expectTheTwentyBadRows(report: string[][], prefix: string): void {
  expect(report.map((r) => Number(r[0]))).toEqual(
    Object.keys(BAD)
      .map((n) => Number(n) + 1)
      .sort((a, b) => a - b),
  );
  for (const [row, sourceId, column, message, code] of report) {
    const n = row === '' ? NaN : Number(row) - 1;
    const [, where, badField] = BAD[n];
    // The file's headers are the field names here, so the column is the field.
    expect([row, sourceId, column]).toEqual([row, badField === 'sourceId' ? '' : `${prefix}-${n}`, badField]);
    if (where === 'local') expect([row, code, message]).toEqual([row, 'BAD_USER_INPUT', expect.stringMatching(/^未推送：/)]);
    else expect([row, code, message]).toEqual([row, 'NOT_FOUND', expect.stringMatching(/^枢纽拒收：“NO-SUCH”在枢纽中不存在（/)]);
  }
}

async function countLicences(hub: TestApp, prefix: string): Promise<{ count: number; distinct: number }> {
  const [counts] = await hub.sql<{ count: number; distinct: number }>(
    `SELECT count(*)::int AS count, count(DISTINCT source_id)::int AS distinct FROM licensing_decision WHERE publisher_code = $1 AND source_id LIKE $2`,
    [MARKET, `${prefix}-%`],
  );
  return counts;
}

describe('hub-connector push (e2e)', () => {
  let hub: TestApp;
  let key: string; // the market regulator's system
  let dir: string;
  beforeAll(async () => {
    hub = await startTestApp();
    await seed.foodMatter(hub);
    key = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
    dir = mkdtempSync(join(tmpdir(), 'hub-push-'));
  });
  afterAll(async () => {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('pushes 10,000 licences of which 20 are bad: 9,980 stored and a report of exactly the 20', async () => {
    const file = join(dir, 'licences-a.csv');
    writeLicenceCsv(file, 'A');
    const errors = join(dir, 'a-errors.csv');
    const args = ['push', file, '--category', 'licensing', '--url', hub.url, '--batch-size', '500', '--errors', errors];
    const run = await startCli(args, key).done;
    expect([run.code, run.stdout.split('\n')[0]]).toEqual([2, THIS_RUN(9980, 20, 0)]);
    expect(await countLicences(hub, 'A')).toEqual({ count: 9980, distinct: 9980 });
    expectTheTwentyBadRows(readReport(errors), 'A');
    expect(JSON.parse(readFileSync(`${file}.hub-push.json`, 'utf8'))).toMatchObject({
      rowsDone: ROWS,
      pushed: 9980,
      rejected: 20,
      completed: true,
    });

    // Run again: nothing sent, and still exit 2, as rows of the file stand rejected.
    const again = await startCli(args, key).done;
    expect([again.code, again.stdout]).toEqual([
      2,
      expect.stringMatching(/^此文件已推送完毕 already completed: 推送 pushed 9980，拒收 rejected 20（.*--restart/),
    ]);
  }, 60_000);

  it('resumes after being killed half-way, ending with every record once and the same report', async () => {
    const file = join(dir, 'licences-b.csv');
    writeLicenceCsv(file, 'B');
    const state = `${file}.hub-push.json`;
    const args = ['push', file, '--category', 'licensing', '--url', hub.url, '--batch-size', '500'];
    const first = startCli(args, key);
    const rowsDone = () => (existsSync(state) ? (JSON.parse(readFileSync(state, 'utf8')) as { rowsDone: number }).rowsDone : 0);
    for (const started = Date.now(); rowsDone() < ROWS / 2 && first.child.exitCode === null;) {
      if (Date.now() - started > 30_000) throw new Error(`no progress: ${(await first.done).stderr}`);
      await sleep(20);
    }
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const stoppedAt = rowsDone();
    expect(stoppedAt).toBeGreaterThanOrEqual(ROWS / 2);
    expect(stoppedAt).toBeLessThan(ROWS);

    const resumed = await startCli(args, key).done;
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toContain(`resuming: the first ${stoppedAt} data rows were done before`);
    const [, pushed, rejected, skipped] =
      /^本次 this run: 推送 pushed (\d+)，拒收 rejected (\d+)，跳过（此前已完成）skipped \(already done\) (\d+)$/m
        .exec(resumed.stdout)!
        .map(Number);
    expect(skipped).toBeGreaterThan(0);
    expect(pushed + rejected + skipped).toBe(ROWS);
    expect(resumed.stdout).toContain('累计 all runs: 推送 pushed 9980，拒收 rejected 20');
    expect(await countLicences(hub, 'B')).toEqual({ count: 9980, distinct: 9980 });
    expectTheTwentyBadRows(readReport(`${file}.errors.csv`), 'B');
  }, 60_000);

  it("maps an XLSX file's own Chinese columns and values through a mapping file", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('许可台账');
    sheet.addRow(['办件编号', '企业名称', '信用代码', '证书编号', '发证日期', '有效期起', '有效期止', '证照状态', '所属镇街', '备注']);
    sheet.addRow([
      'X-1',
      '晋江市安海顺昌食品商行',
      uscc(90001),
      'JY90001',
      new Date(Date.UTC(2025, 2, 1)),
      new Date(Date.UTC(2025, 2, 1)),
      new Date(Date.UTC(2030, 1, 28)),
      '正常',
      '安海镇',
      '',
    ]);
    sheet.addRow(['X-2', '晋江市青阳华丰五金店', uscc(90002), 'JY90002', '2025年3月2日', '2025/3/2', null, '注销', '青阳街道', '已注销']);
    sheet.addRow(['X-3', '', uscc(90003), 'JY90003', '2025-03-03', '2025-03-03', null, '正常', '', '']);
    const file = join(dir, 'market.xlsx');
    await workbook.xlsx.writeFile(file);
    const mapping = join(dir, 'market-mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        category: 'licensing',
        columns: {
          办件编号: 'sourceId',
          企业名称: 'holderName',
          信用代码: 'holderUscc',
          证书编号: 'licenceNumber',
          发证日期: 'decisionDate',
          证照状态: 'status',
          所属镇街: 'townshipCode',
        },
        constants: { kind: '行政许可', matterCode: FOOD_MATTER.code, scope: '食品销售' },
        values: { status: { 正常: 'VALID', 注销: 'REVOKED' }, townshipCode: { 安海镇: '350582101', 青阳街道: '350582001' } },
      }),
    );

    const run = await startCli(['push', file, '--category', 'licensing', '--url', hub.url, '--mapping', mapping], key).done;
    expect([run.code, run.stdout.split('\n')[0]]).toEqual([2, THIS_RUN(2, 1, 0)]);
    expect(run.stderr).toContain('未推送的列 columns not sent (no field of licensing): 备注');
    expect(readReport(`${file}.errors.csv`)).toEqual([['4', 'X-3', '企业名称', '未推送：必填，不能为空', 'BAD_USER_INPUT']]);
    const stored = await hub.sql(
      `SELECT source_id, kind, holder_name, matter_code, scope, township_code, status, valid_from::text, valid_to::text, decision_date::text
       FROM licensing_decision WHERE source_id LIKE 'X-%' ORDER BY source_id`,
    );
    expect(stored).toEqual([
      {
        source_id: 'X-1',
        kind: 'LICENCE',
        holder_name: '晋江市安海顺昌食品商行',
        matter_code: 'SCJG-001',
        scope: '食品销售',
        township_code: '350582101',
        status: 'VALID',
        valid_from: '2025-03-01',
        valid_to: '2030-02-28',
        decision_date: '2025-03-01',
      },
      {
        source_id: 'X-2',
        kind: 'LICENCE',
        holder_name: '晋江市青阳华丰五金店',
        matter_code: 'SCJG-001',
        scope: '食品销售',
        township_code: '350582001',
        status: 'REVOKED',
        valid_from: '2025-03-02',
        valid_to: null,
        decision_date: '2025-03-02',
      },
    ]);
  });

  it('stops with one line and exit code 1 when the hub refuses the key or the file lacks a required column', async () => {
    const file = join(dir, 'small.csv');
    writeFileSync(file, `${COLUMNS.join(',')}\n${csvLine(licenceRow('S', 1))}\n`);
    const refused = await startCli(['push', file, '--category', 'licensing', '--url', hub.url], 'hub_not-a-key').done;
    expect([refused.code, refused.stderr.trim().split('\n').pop()]).toEqual([
      1,
      expect.stringMatching(/^hub-connector: 枢纽拒收整批 the hub refused the batch of rows 2–2: UNAUTHENTICATED/),
    ]);

    const noHolder = join(dir, 'no-holder.csv');
    writeFileSync(noHolder, `${COLUMNS.filter((c) => c !== 'holderName').join(',')}\n`);
    const missing = await startCli(['push', noHolder, '--category', 'licensing', '--url', hub.url], key).done;
    expect([missing.code, missing.stderr]).toEqual([
      1,
      expect.stringContaining('hub-connector: 缺少必填字段的列 no column for required field: holderName（持证人/持证主体）'),
    ]);
  });

  it('publishAll sends a batch whose answer was lost again, and the hub stores it once (SDK)', async () => {
    let calls = 0;
    // The hub stores the first batch, but its answer never arrives.
    const losingFirstAnswer: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (++calls === 1) throw new TypeError('fetch failed: socket hang up');
      return response;
    };
    const client = new HubClient({ url: hub.url, credential: key, fetch: losingFirstAnswer });
    const records = Array.from({ length: 1200 }, (_, i) => licenceRow('SDK', i + 1)) as any[];
    const retried: number[] = [];
    const outcomes = await publishAll(client, 'licensing', records, {
      batchSize: 500,
      retry: { baseDelayMs: 10 },
      onRetry: (_e, attempt) => retried.push(attempt),
    });
    expect(retried).toEqual([1]);
    expect(outcomes.map((o) => o.index)).toEqual(records.map((_, i) => i));
    expect(outcomes.slice(0, 500).every((o) => o.ok && o.outcome === 'UNCHANGED')).toBe(true);
    expect(outcomes.slice(500).every((o) => o.ok && o.outcome === 'CREATED')).toBe(true);
    expect(await countLicences(hub, 'SDK')).toEqual({ count: 1200, distinct: 1200 });
  });
});
