import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { parse } from 'csv-parse/sync';
import { CONNECTOR_BIN, CliRun, startCli, THIS_RUN } from '../utils/connector-cli';
import { FOOD_MATTER, MARKET, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { eventually } from '../utils/wait';
import { startTestApp, TestApp } from '../utils/test-app';

/** A department's own export: Chinese headers, town names, its own words for the status. */
const HEADER = '业务编号,许可类别,许可证号,持证人,统一社会信用代码,事项编码,所属镇街,有效期起,有效期止,状态,决定日期';
const row = (id: string, n: number, over: Partial<Record<'town' | 'holder' | 'uscc' | 'validFrom' | 'status' | 'matter', string>> = {}) =>
  [
    id,
    '行政许可',
    `JY1350582U${n}`,
    over.holder ?? `晋江市青阳华丰五金店${n}`,
    over.uscc ?? uscc(80000 + n),
    over.matter ?? FOOD_MATTER.code,
    over.town ?? '青阳街道',
    over.validFrom ?? '2025-01-01',
    '2030-12-31',
    over.status ?? '有效',
    '2025-01-01',
  ].join(',');

function readReport(path: string): string[][] {
  const [header, ...rows] = parse(readFileSync(path), { bom: true });
  expect(header).toEqual(['行号', '业务编号', '列', '错误说明', '错误代码']);
  return rows;
}

/** A port nothing listens on: the hub "unreachable". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The CLI on a terminal of its own (util-linux `script` gives it a pseudo-terminal), all it wrote as the terminal got it. */
function onTerminal(args: string[], env: Record<string, string>): Promise<CliRun> {
  const command = [process.execPath, CONNECTOR_BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm', COLUMNS: '160', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/**
 * What a terminal shows after `raw` was written to it: a grid where line feeds, carriage returns and
 * the cursor and erase sequences a progress bar uses (ESC[nA/B/G, ESC[K, ESC[2K) act as they do.
 */
function screen(raw: string): string[] {
  const rows: string[][] = [[]];
  let r = 0;
  let c = 0;
  // eslint-disable-next-line no-control-regex -- the escape sequences are what is read here
  for (const [token, , n, op] of raw.matchAll(/\x1b\[(\??)([\d;]*)([A-Za-z])|\r|\n|[^\x1b\r\n]/gu)) {
    const count = Number(n || 1);
    if (token === '\n') [r, c] = [r + 1, 0];
    else if (token === '\r') c = 0;
    else if (op === 'A') r = Math.max(r - count, 0);
    else if (op === 'B') r += count;
    else if (op === 'G') c = count - 1;
    else if (op === 'K') rows[r] = n === '2' ? [] : (rows[r] ?? []).slice(0, c);
    else if (!op) (rows[r] ??= [])[c++] = token;
    rows[r] ??= [];
  }
  return rows.map((row) =>
    Array.from(row, (ch) => ch ?? ' ')
      .join('')
      .trimEnd(),
  );
}

describe('hub-connector push in the department’s own words (e2e)', () => {
  let hub: TestApp;
  let key: string;
  const dir = mkdtempSync(join(tmpdir(), 'hub-push-usability-'));
  const push = (file: string, ...more: string[]) =>
    startCli(['push', file, '--category', 'licensing', '--url', hub.url, ...more], key).done;
  const stored = (prefix: string) =>
    hub.sql(`SELECT source_id, township_code, version FROM licensing_decision WHERE source_id LIKE $1 ORDER BY source_id`, [`${prefix}%`]);

  beforeAll(async () => {
    hub = await startTestApp();
    await seed.foodMatter(hub);
    key = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
  });
  afterAll(async () => {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes the towns by name (or code), and names the column of an unknown one; prints plain progress lines in a pipe', async () => {
    const file = join(dir, 'towns.csv');
    const towns = ['青阳街道', '安海镇', '350582103', '青阳', '青阳镇'];
    writeFileSync(file, [HEADER, ...towns.map((town, i) => row(`T-${i + 1}`, i + 1, { town }))].join('\n'));
    const run = await push(file);
    expect([run.code, run.stdout.split('\n')[0]]).toEqual([2, THIS_RUN(4, 1, 0)]);
    expect(await stored('T-')).toEqual([
      { source_id: 'T-1', township_code: '350582001', version: 1 },
      { source_id: 'T-2', township_code: '350582101', version: 1 },
      { source_id: 'T-3', township_code: '350582103', version: 1 },
      { source_id: 'T-4', township_code: '350582001', version: 1 },
    ]);
    expect(readReport(`${file}.errors.csv`)).toEqual([
      [
        '6',
        'T-5',
        '所属镇街',
        '未推送：“青阳镇”不是晋江市的镇街：填镇街名称（如 青阳街道、安海镇）或 9 位代码（如 350582001）',
        'BAD_USER_INPUT',
      ],
    ]);
    // Not a terminal: lines, no bar drawn over itself.
    expect(run.stderr).toContain('进度 progress: 已确认 5/5 行 rows answered, 推送 pushed 4, 拒收 rejected 1');
    expect(run.stderr).not.toMatch(/[\r░█]/);
    // The state file is where the help says.
    expect(existsSync(`${file}.hub-push.json`)).toBe(true);
    const help = await startCli(['push', '--help'], key).done;
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('(default <file>.hub-push.json;');
  });

  it('pushes back the hub’s own CSV export of the records: every column known, every record UNCHANGED', async () => {
    const statistician = await hub.userToken([Role.STATISTICIAN], 'dept-justice');
    const requested = await hub.gql(
      'mutation($input: RequestExportInput!) { requestExport(input: $input) { id } }',
      { input: { format: 'CSV', records: { source: 'LICENSING' } } },
      { credential: statistician },
    );
    expect(requested.errors).toBeUndefined();
    const id = requested.data!.requestExport.id as string;
    const job = await eventually(
      async () =>
        (await hub.gql('query($id: ID!) { exportJob(id: $id) { status error } }', { id }, { credential: statistician })).data!.exportJob,
      (j) => j.status === 'DONE' || j.status === 'FAILED',
      30_000,
    );
    expect(job).toEqual({ status: 'DONE', error: null });
    const link = (await hub.gql('query($id: ID!) { exportDownloadUrl(id: $id) { url } }', { id }, { credential: statistician })).data!
      .exportDownloadUrl;
    const exported = Buffer.from(await (await fetch(link.url)).arrayBuffer());
    const file = join(dir, 'hub-export.csv');
    writeFileSync(file, exported);
    const header = parse(exported, { bom: true, to_line: 1 })[0];
    expect(header).toEqual(expect.arrayContaining(['来源编号', '镇街', '持证主体', '有效期至']));

    const run = await push(file);
    expect([run.code, run.stdout.split('\n')[0]]).toEqual([0, THIS_RUN(4, 0, 0)]);
    expect(run.stderr).not.toContain('columns not sent');
    expect((await stored('T-')).map((r) => r.version)).toEqual([1, 1, 1, 1]); // the same content: nothing new
  });

  it('reports every problem of a row, in Chinese, by the column as the file names it, and no longer offers EXPIRED', async () => {
    const file = join(dir, 'problems.csv');
    writeFileSync(
      file,
      [
        HEADER,
        row('P-1', 101),
        row('P-2', 102, {
          holder: '',
          uscc: uscc(102).slice(0, 17) + (uscc(102).endsWith('0') ? '1' : '0'),
          validFrom: '2025-02-30',
          status: 'EXPIRED',
        }),
      ].join('\n'),
    );
    const run = await push(file);
    expect([run.code, run.stdout.split('\n')[0]]).toEqual([2, THIS_RUN(1, 1, 0)]);
    const report = readReport(`${file}.errors.csv`);
    expect(report.map(([line, id, column]) => [line, id, column])).toEqual([
      ['3', 'P-2', '持证人'],
      ['3', 'P-2', '统一社会信用代码'],
      ['3', 'P-2', '有效期起'],
      ['3', 'P-2', '状态'],
    ]);
    expect(report.map(([, , , message]) => message)).toEqual([
      '未推送：必填，不能为空',
      expect.stringMatching(/^未推送：“\w+”不是有效的统一社会信用代码/),
      '未推送：2025-02-30 不是日历上的日期',
      '未推送：“EXPIRED”不是可选值，应为：有效/正常（VALID）、暂扣/中止（SUSPENDED）、撤销/吊销（REVOKED）',
    ]);
  });

  it('leaves nothing after a failed run that refuses the fixed file, and pushes a fixed file again without --restart', async () => {
    const file = join(dir, 'fixed.csv');
    writeFileSync(file, [HEADER.replace(',持证人', ''), row('F-1', 201).replace(/,晋江市青阳华丰五金店201/, '')].join('\n'));
    const failed = await push(file);
    expect([failed.code, failed.stderr]).toEqual([1, expect.stringContaining('缺少必填字段的列')]);
    expect(existsSync(`${file}.hub-push.json`)).toBe(false);

    // Fixed, but one row still wrong: pushed, with the row rejected.
    writeFileSync(file, [HEADER, row('F-1', 201), row('F-2', 202, { matter: 'NO-SUCH' })].join('\n'));
    const first = await push(file);
    expect([first.code, first.stdout.split('\n')[0]]).toEqual([2, THIS_RUN(1, 1, 0)]);
    expect(readReport(`${file}.errors.csv`)).toEqual([
      ['3', 'F-2', '事项编码', expect.stringMatching(/^枢纽拒收：“NO-SUCH”在枢纽中不存在（/), 'NOT_FOUND'],
    ]);

    // The row fixed: the changed file goes from its first row, the stored one answered UNCHANGED.
    writeFileSync(file, [HEADER, row('F-1', 201), row('F-2', 202)].join('\n'));
    const again = await push(file);
    expect([again.code, again.stdout.split('\n')[0]]).toEqual([0, THIS_RUN(2, 0, 0)]);
    expect(again.stderr).toContain('从第一行推送 pushing from the first row');
    expect(existsSync(`${file}.errors.csv`)).toBe(false);
    expect((await stored('F-')).map((r) => [r.source_id, r.version])).toEqual([
      ['F-1', 1],
      ['F-2', 1],
    ]);
  });

  it('--dry-run checks the whole file against the hub and stores nothing, keeping no state', async () => {
    const file = join(dir, 'dry.csv');
    writeFileSync(file, [HEADER, row('D-1', 301), row('D-2', 302, { matter: 'NO-SUCH' }), row('D-3', 303, { town: '泉州' })].join('\n'));
    const run = await push(file, '--dry-run');
    expect([run.code, run.stdout.split('\n')[0]]).toEqual([
      2,
      '试运行，未写入枢纽 dry run, nothing stored: 可推送 would be stored 1，拒收 rejected 2',
    ]);
    expect(readReport(`${file}.dry-run.errors.csv`).map(([line, , column, , code]) => [line, column, code])).toEqual([
      ['3', '事项编码', 'NOT_FOUND'],
      ['4', '所属镇街', 'BAD_USER_INPUT'],
    ]);
    expect(await stored('D-')).toEqual([]);
    expect([existsSync(`${file}.hub-push.json`), existsSync(`${file}.errors.csv`)]).toEqual([false, false]);

    const clean = join(dir, 'dry-clean.csv');
    writeFileSync(clean, [HEADER, row('D-4', 304)].join('\n'));
    expect((await push(clean, '--dry-run')).code).toBe(0);
    expect(await stored('D-')).toEqual([]);
  });

  it('counts only rows the hub answered while it is unreachable, with the retries above the bar on a terminal', async () => {
    const file = join(dir, 'unreachable.csv');
    writeFileSync(file, [HEADER, row('U-1', 401), row('U-2', 402)].join('\n'));
    const port = await closedPort();
    const run = await onTerminal(['push', file, '--category', 'licensing', '--url', `http://127.0.0.1:${port}`, '--attempts', '3'], {
      HUB_API_KEY: key,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/[1-9]\d*% \|/); // never, not even for a moment, more than the hub answered: nothing
    const shown = screen(run.stdout);
    expect(shown.filter((line) => /% \|/.test(line))).toEqual([expect.stringMatching(/^░+ 0% \| 已确认 0\/2 行 rows answered/)]);
    // Each retry message on a line of its own above the bar, none written through it.
    const retries = shown.filter((line) => line.includes('枢纽暂不可达'));
    expect(retries).toEqual([
      expect.stringMatching(/^hub-connector: 枢纽暂不可达 .*attempt 2 of 3\)$/),
      expect.stringMatching(/attempt 3 of 3\)$/),
    ]);
    expect(shown.findIndex((line) => line.includes('attempt 3 of 3'))).toBeLessThan(shown.findIndex((line) => /% \|/.test(line)));
    expect(shown.some((line) => line.includes('枢纽不可达 hub unavailable after 3 attempts'))).toBe(true);
    expect(existsSync(`${file}.hub-push.json`)).toBe(false); // nothing was acknowledged: nothing to resume
  }, 60_000);

  it('--version prints the version of @hub/connectors', async () => {
    const run = await startCli(['--version'], key).done;
    expect([run.code, run.stdout.trim()]).toEqual([
      0,
      JSON.parse(readFileSync(join(__dirname, '../../libs/connectors/package.json'), 'utf8')).version,
    ]);
  });
});
