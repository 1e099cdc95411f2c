import { Readable } from 'node:stream';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { ANHAI, FOOD_MATTER, licence, MARKET, PUBLISH_LICENCES, QINGYANG } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { StoppableStore } from '../utils/stoppable-store';
import { startEmbeddedObjectStore } from '../../apps/hub-api/src/object-store/embedded-object-store';
import { exited, freePort, HubProcess } from '../utils/hub-process';
import { onlyError, startHubProcessOn, startTestApp, TestApp } from '../utils/test-app';
import { eventually } from '../utils/wait';
import { columnLetter, excelSerial, readXlsxXml, savedAs } from '../utils/xlsx-xml';

const ROWS = 200_000;
const REQUEST = `mutation($input: RequestExportInput!) { requestExport(input: $input) { id status } }`;
const JOB = `query($id: ID!) { exportJob(id: $id) { status title rowsWritten totalRows progress error } }`;
const DOWNLOAD = `query($id: ID!) { exportDownloadUrl(id: $id) { url expiresAt } }`;
const ID_NUMBER = '350582199001011234';
const PHONE = '13905951234';

/**
 * The hub that runs the exports is its own process with its JavaScript heap capped: about 70 MB of it
 * is the idle hub, so an export that held its rows (200,000 rows take well over 100 MB as objects)
 * would die of it, while a streamed one never comes near. Its peak resident memory is printed.
 */
const WORKER_HEAP_MB = 128;

/** Today on the Shanghai calendar, which names an ad-hoc export. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

describe('exports for statisticians (e2e)', () => {
  let hub: TestApp; // answers the API; runs no workers
  let worker: HubProcess;
  let statistician: string;

  beforeAll(async () => {
    hub = await startTestApp({ HUB_DELIVERY_WORKER: 'false' });
    worker = await startHubProcessOn(hub, { NODE_OPTIONS: `--max-old-space-size=${WORKER_HEAP_MB}` });
    await seed.foodMatter(hub);
    statistician = await hub.userToken([Role.STATISTICIAN], 'dept-justice');
    // 200,000 penalties straight into the table (the publishing path is tested elsewhere), half of
    // them with a person's ID number and phone that must never reach an export.
    await hub.sql(
      `
      INSERT INTO penalty_decision (id, publisher_code, source_id, version, content_hash, measure_kind, decision_number, party_name,
        party_uscc, party_id_number, party_phone, matter_code, facts, legal_basis, penalty_kinds, fine_amount, decision_date, execution_status, township_code)
      SELECT gen_random_uuid(), t.code, 'BULK-' || n, 1, repeat('0', 64), 'PENALTY', '晋综执罚〔2026〕' || n || '号', '当事人' || n,
        CASE WHEN n % 2 = 0 THEN '91350582MA00000000' END, CASE WHEN n % 2 = 1 THEN $1 END, CASE WHEN n % 2 = 1 THEN $2 END,
        $3, '超范围经营', '《食品安全法》', ARRAY['罚款'], (n % 100) * 10.5, date '2026-01-01' + (n % 300), 'PENDING', t.code
      FROM generate_series(1, ${ROWS}) n CROSS JOIN LATERAL (SELECT CASE WHEN n % 2 = 0 THEN '${QINGYANG}' ELSE '${ANHAI}' END AS code) t`,
      [ID_NUMBER, PHONE, FOOD_MATTER.code],
    );
  }, 120_000);
  afterAll(async () => {
    worker.child.kill('SIGTERM');
    await exited(worker.child);
    await hub.close();
  });

  async function runExport(input: Record<string, unknown>) {
    const requested = await hub.gql(REQUEST, { input }, { credential: statistician });
    expect(requested.errors).toBeUndefined();
    const id = requested.data!.requestExport.id as string;
    const seen: number[] = [];
    let job: any;
    for (const end = Date.now() + 170_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
      job = (await hub.gql(JOB, { id }, { credential: statistician })).data!.exportJob;
      seen.push(job.progress);
      if (job.status === 'DONE' || job.status === 'FAILED' || worker.child.exitCode !== null) break;
    }
    expect(job).toMatchObject({ status: 'DONE', error: null, progress: 1 });
    const link = (await hub.gql(DOWNLOAD, { id }, { credential: statistician })).data!.exportDownloadUrl;
    const file = await fetch(link.url);
    expect(file.status).toBe(200);
    return { id, job, file, progress: seen };
  }

  it('streams 200,000 records to CSV with memory flat, reads back with the same rows and headers, without personal data', async () => {
    const { id, job, file, progress } = await runExport({ format: 'CSV', records: { source: 'PENALTY' } });
    console.log(
      `export of ${ROWS} rows by a hub with its heap capped at ${WORKER_HEAP_MB} MB: peak resident memory ${peakRssMb(worker.child.pid!).toFixed(0)} MB`,
    );
    expect(worker.child.exitCode).toBeNull(); // the worker lived through it
    expect(job).toMatchObject({ rowsWritten: ROWS, totalRows: ROWS, title: `处罚信息-${today()}` });
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true);
    expect(savedAs(file)).toBe(`处罚信息-${today()}.csv`);

    const body = Buffer.from(await file.arrayBuffer());
    expect(body.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true); // BOM for Excel
    const text = body.toString('utf8');
    expect(text).not.toContain(ID_NUMBER);
    expect(text).not.toContain(PHONE);
    // Read back as a statistician's spreadsheet would: exceljs's CSV reader, cells taken as written.
    const sheet = await new ExcelJS.Workbook().csv.read(Readable.from([body.subarray(3)]), { map: (cell: string) => cell });
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const rows = sheet.rowCount - 1;
    expect(header).toEqual([
      '决定书文号',
      '措施类别',
      '当事人',
      '统一社会信用代码',
      '事项编码',
      '处罚种类',
      '罚款金额（元）',
      '没收金额（元）',
      '决定日期',
      '执行情况',
      '镇街',
      '来源编号',
    ]);
    expect(rows).toBe(ROWS);
    // Codes under Chinese headers read as their Chinese names; amounts are plain, unquoted numbers.
    const lines = text
      .slice(1)
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(','));
    expect(lines.filter((cells) => cells.some((c) => c.includes('"')))).toEqual([]);
    const column = (h: string) => lines.map((cells) => cells[header.indexOf(h)]);
    expect(new Set(column('措施类别'))).toEqual(new Set(['行政处罚']));
    expect(new Set(column('执行情况'))).toEqual(new Set(['待执行']));
    expect(column('镇街').filter((t) => t === '青阳街道')).toHaveLength(ROWS / 2);
    expect(column('镇街').filter((t) => t === '安海镇')).toHaveLength(ROWS / 2);
    expect(column('罚款金额（元）').every((v) => /^\d+\.\d{2}$/.test(v))).toBe(true);
    const audits = await hub.sql(`SELECT operation, details FROM audit_entry WHERE target = $1 ORDER BY id`, [id]);
    expect(audits.map((a) => a.operation)).toEqual(['export.requested', 'export.downloadUrl']);
    expect(audits[0].details).toMatchObject({ kind: 'RECORDS', format: 'CSV', definition: { source: 'PENALTY' } });
  }, 180_000);

  it('streams 200,000 records to XLSX with typed cells and memory flat', async () => {
    const { job, file } = await runExport({ format: 'XLSX', records: { source: 'PENALTY' } });
    console.log(`XLSX export of ${ROWS} rows: peak resident memory ${peakRssMb(worker.child.pid!).toFixed(0)} MB`);
    expect(worker.child.exitCode).toBeNull();
    expect(job).toMatchObject({ rowsWritten: ROWS, totalRows: ROWS });
    const xlsx = await readXlsxXml(await file.arrayBuffer());
    expect(xlsx.rowCount).toBe(ROWS + 1);
    const fine = xlsx.cells.get(`G${ROWS + 1}`)!; // 罚款金额（元）
    expect([fine.type ?? 'n', fine.numFmt]).toEqual(['n', '#,##0.00']);
    expect(xlsx.autoFilter).toBe(`A1:L${ROWS + 1}`);
  }, 180_000);

  it('exports a ledger as XLSX Excel can sum: typed numbers with formats, bold frozen filtered header, Chinese names, the total last', async () => {
    const ledger = { source: 'PENALTY', groupBy: ['TOWNSHIP', 'STATUS'], period: 'QUARTER', measures: ['COUNT', 'FINE_TOTAL'] };
    const { job, file } = await runExport({ format: 'XLSX', ledger });
    const title = `处罚信息统计-按镇街、状态、季度-${today()}`;
    expect(savedAs(file)).toBe(`${title}.xlsx`);
    const query = await hub.gql(
      `query { ledger(source: PENALTY, groupBy: [TOWNSHIP, STATUS], period: QUARTER, measures: [COUNT, FINE_TOTAL]) { rows { keys labels values } totals } }`,
      {},
      { credential: statistician },
    );
    const expected = query.data!.ledger as {
      rows: Array<{ keys: string[]; labels: Array<string | null>; values: string[] }>;
      totals: string[];
    };
    expect(expected.rows[0].labels).toEqual(['青阳街道', '待执行', null]); // the STATUS label is its Chinese name
    // The records counted, in both figures: never the header nor the 合计 row.
    expect(job).toMatchObject({ title, rowsWritten: expected.rows.length, totalRows: expected.rows.length });

    const xlsx = await readXlsxXml(await file.arrayBuffer());
    expect(xlsx.sheetName).toBe(title);
    const row = (r: number) => ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => xlsx.cells.get(`${c}${r}`));
    expect(row(1).map((c) => c?.value)).toEqual(['镇街', '镇街名称', '状态', '季度', '件数', '罚款金额（元）']);
    expect(row(1).every((c) => c!.bold)).toBe(true);
    expect(xlsx.frozen).toEqual({ ySplit: '1', state: 'frozen' });
    const last = expected.rows.length + 1;
    expect(xlsx.autoFilter).toBe(`A1:F${last}`);
    expect(xlsx.rowCount).toBe(last + 1);
    expected.rows.forEach((r, i) => {
      const [town, name, status, quarter, count, fines] = row(i + 2);
      expect([town!.value, name!.value, status!.value, quarter!.value]).toEqual([r.keys[0], r.labels[0], '待执行', r.keys[2]]);
      // Numbers are numeric cells (no t, or t="n"), never t="str", with their number formats.
      for (const [cell, value, numFmt] of [
        [count, r.values[0], '#,##0'],
        [fines, r.values[1], '#,##0.00'],
      ] as const) {
        expect([cell!.type ?? 'n', Number(cell!.value), cell!.numFmt, cell!.bold]).toEqual(['n', Number(value), numFmt, false]);
      }
    });
    const total = row(last + 1);
    expect(total.map((c) => c?.value ?? null)).toEqual(['合计', null, null, null, ...expected.totals.map((t) => String(Number(t)))]);
    expect([total[0]!.bold, total[4]!.bold, total[4]!.type ?? 'n', total[4]!.numFmt, total[5]!.numFmt]).toEqual([
      true,
      true,
      'n',
      '#,##0',
      '#,##0.00',
    ]);
    // Columns as wide as their content: the names column holds 青阳街道 (8 widths), the fines 6 figures and more.
    expect(xlsx.widths[1]).toBeGreaterThanOrEqual(10);
    expect(xlsx.widths[5]).toBeGreaterThanOrEqual(
      Math.max(...expected.rows.map((r) => Number(r.values[1]).toLocaleString('en-US', { minimumFractionDigits: 2 }).length)),
    );
  }, 180_000);

  it('exports statistics requested through `statistics` (ledger is its deprecated name), refusing both at once', async () => {
    const statistics = { source: 'PENALTY', groupBy: ['TOWNSHIP'], period: 'QUARTER', measures: ['COUNT'] };
    const { job, file } = await runExport({ format: 'CSV', statistics });
    const title = `处罚信息统计-按镇街、季度-${today()}`;
    expect(savedAs(file)).toBe(`${title}.csv`);
    const query = await hub.gql(
      `query { statistics(source: PENALTY, groupBy: [TOWNSHIP], period: QUARTER, measures: [COUNT]) { rows { keys } } }`,
      {},
      { credential: statistician },
    );
    const groups = (query.data!.statistics as { rows: unknown[] }).rows.length;
    expect(job).toMatchObject({ title, rowsWritten: groups, totalRows: groups });
    const rows: string[][] = parse(Buffer.from(await file.arrayBuffer()), { bom: true, relax_column_count: true });
    expect(rows[0]).toEqual(['镇街', '镇街名称', '季度', '件数']);
    expect(rows.at(-1)![0]).toBe('合计');

    const bad = onlyError(
      await hub.gql(
        REQUEST,
        { input: { format: 'CSV', statistics: { source: 'LICENSING', measures: ['FINE_TOTAL'] } } },
        { credential: statistician },
      ),
    );
    expect(bad.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.statistics.measures' });
    const both = onlyError(
      await hub.gql(REQUEST, { input: { format: 'CSV', statistics, ledger: statistics } }, { credential: statistician }),
    );
    expect(both.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.statistics' });
    expect(both.message).toContain('not both');
    const withRecords = onlyError(
      await hub.gql(REQUEST, { input: { format: 'CSV', statistics, records: { source: 'PENALTY' } } }, { credential: statistician }),
    );
    expect(withRecords.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input' });
  }, 60_000);

  it('refuses a bad definition before queuing anything, and keeps a job to its unit', async () => {
    const bad = onlyError(
      await hub.gql(
        REQUEST,
        { input: { format: 'CSV', ledger: { source: 'LICENSING', measures: ['FINE_TOTAL'] } } },
        { credential: statistician },
      ),
    );
    expect(bad.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.ledger.measures' });
    const both = onlyError(await hub.gql(REQUEST, { input: { format: 'CSV' } }, { credential: statistician }));
    expect(both.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input' });
    const [{ n }] = await hub.sql(`SELECT count(*)::int AS n FROM export_job WHERE status = 'QUEUED'`);
    expect(n).toBe(0);
    const all = onlyError(await hub.gql(REQUEST, { input: { format: 'CSV', records: { source: 'ALL' } } }, { credential: statistician }));
    expect(all.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.records.source' });
    const requested = await hub.gql(REQUEST, { input: { format: 'CSV', records: { source: 'LICENSING' } } }, { credential: statistician });
    const other = await hub.apiKey(QINGYANG, [ApiKeyScope.READ]);
    expect(onlyError(await hub.gql(JOB, { id: requested.data!.requestExport.id }, { credential: other })).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('exports every other category with its own Chinese headers, and licences with typed dates and Chinese names', async () => {
    const market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
    const records = [
      licence(1),
      licence(2, { kind: 'FILING', decisionDate: '2020-01-01', validFrom: '2020-01-01', validTo: '2020-12-31', townshipCode: ANHAI }),
    ];
    expect((await hub.gql(PUBLISH_LICENCES, { records }, { credential: market })).data?.publishLicensingDecisions.accepted).toBe(2);
    for (const [source, first] of [
      ['LICENSING', '许可证编号'],
      ['COMPLAINT', '渠道'],
      ['NORMATIVE', '文件类别'],
      ['DEVICE', '设备编号'],
      ['OTHER', '信息种类'],
    ]) {
      const { file } = await runExport({ format: 'XLSX', records: { source } });
      const xlsx = await readXlsxXml(await file.arrayBuffer());
      expect([source, xlsx.cells.get('A1')?.value, xlsx.cells.get('A1')?.bold]).toEqual([source, first, true]);
      if (source !== 'LICENSING') continue;
      const headers = Array.from({ length: 13 }, (_, i) => xlsx.cells.get(`${columnLetter(i + 1)}1`)?.value);
      const cell = (r: number, header: string) => xlsx.cells.get(`${columnLetter(headers.indexOf(header) + 1)}${r}`)!;
      const rowOf = (n: number) => [2, 3].find((r) => cell(r, '许可证编号').value === licence(n).licenceNumber)!;
      expect([rowOf(1), rowOf(2)].map((r) => [cell(r, '许可类别').value, cell(r, '镇街').value, cell(r, '状态').value])).toEqual([
        ['行政许可', '青阳街道', '有效'],
        ['备案登记', '安海镇', '已过期'],
      ]);
      // Dates are date cells: the day's serial number with a date format, not text.
      const from = cell(rowOf(1), '有效期起');
      expect([from.type ?? 'n', Number(from.value), from.numFmt]).toEqual(['n', excelSerial('2024-01-01'), 'yyyy-mm-dd']);
      expect(Number(cell(rowOf(2), '有效期至').value)).toBe(excelSerial('2020-12-31'));
      expect(savedAs(file)).toBe(`许可信息-${today()}.xlsx`);
    }
    // CSV likewise: the same names, dates as the calendar writes them.
    const { job, file } = await runExport({
      format: 'CSV',
      records: { source: 'LICENSING', filter: { from: '2020-01-01', to: '2024-12-31' } },
    });
    expect(job).toMatchObject({ rowsWritten: 2, totalRows: 2, title: '许可信息-2020-01-01至2024-12-31' });
    const [header, ...rows]: string[][] = parse(Buffer.from(await file.arrayBuffer()), { bom: true });
    const pick = (r: string[]) => ['许可类别', '镇街', '有效期至', '状态'].map((h) => r[header.indexOf(h)]);
    rows.sort((a, b) => a[0].localeCompare(b[0])); // by licence number
    expect(rows.map(pick)).toEqual([
      ['行政许可', '青阳街道', '2029-12-31', '有效'],
      ['备案登记', '安海镇', '2020-12-31', '已过期'],
    ]);
  }, 120_000);
});

describe('an export requested while the object store is down (e2e)', () => {
  it('waits with a growing delay instead of failing, and is written once the store is back', async () => {
    const store = await StoppableStore.start('hub-s3-export-down-');
    // The worker runs in this hub; the bucket is prepared while the store is up.
    const hub = await startTestApp(store.env('export-down'));
    try {
      const statistician = await hub.userToken([Role.STATISTICIAN], 'dept-justice');
      await store.stop();
      const requested = await hub.gql(
        REQUEST,
        { input: { format: 'CSV', ledger: { source: 'PENALTY', groupBy: ['TOWNSHIP'], measures: ['COUNT'] } } },
        { credential: statistician },
      );
      const id = requested.data!.requestExport.id as string;
      const row = () =>
        hub
          .sql<{ status: string; attempts: number; error: string | null; waits: boolean }>(
            `SELECT status, attempts, error, next_attempt_at > now() AS waits FROM export_job WHERE id = $1`,
            [id],
          )
          .then((rows) => rows[0]);
      // Tried and put back twice while the store is down: queued, waiting, never FAILED.
      const waiting = await eventually(row, (job) => job.attempts >= 2, 30_000);
      expect(waiting).toMatchObject({ status: expect.stringMatching(/^(QUEUED|RUNNING)$/), error: null });
      expect((await hub.gql(JOB, { id }, { credential: statistician })).data!.exportJob.status).not.toBe('FAILED');

      await store.restart();
      const done = await eventually(
        () => hub.gql(JOB, { id }, { credential: statistician }).then((r) => r.data!.exportJob),
        (job) => job.status !== 'QUEUED' && job.status !== 'RUNNING',
        60_000,
      );
      expect(done).toMatchObject({ status: 'DONE', error: null, progress: 1 });
      const link = (await hub.gql(DOWNLOAD, { id }, { credential: statistician })).data!.exportDownloadUrl;
      const file = await fetch(link.url);
      expect(file.status).toBe(200);
      expect((await file.text()).split('\r\n')[0]).toContain('件数');
    } finally {
      await hub.close();
      await store.remove();
    }
  }, 120_000);

  it('answers exportDownloadUrl with UNAVAILABLE and no audited link while the store is down', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'hub-s3-export-link-'));
    const store = await startEmbeddedObjectStore({ directory, port: await freePort() });
    const hub = await startTestApp({
      S3_ENDPOINT: store.endpoint,
      S3_ACCESS_KEY: store.credentials.accessKey,
      S3_SECRET_KEY: store.credentials.secretKey,
      S3_BUCKET: 'export-link',
    });
    try {
      const statistician = await hub.userToken([Role.STATISTICIAN], 'dept-justice');
      const id = (
        await hub.gql(
          REQUEST,
          { input: { format: 'CSV', ledger: { source: 'PENALTY', groupBy: ['TOWNSHIP'], measures: ['COUNT'] } } },
          { credential: statistician },
        )
      ).data!.requestExport.id as string;
      await eventually(
        () => hub.gql(JOB, { id }, { credential: statistician }).then((r) => r.data!.exportJob.status as string),
        (status) => status === 'DONE',
        30_000,
      );
      await store.stop();
      expect(onlyError(await hub.gql(DOWNLOAD, { id }, { credential: statistician })).extensions?.code).toBe('UNAVAILABLE');
      expect(await hub.sql(`SELECT outcome FROM audit_entry WHERE operation = 'export.downloadUrl' AND target = $1`, [id])).toEqual([]);
    } finally {
      await hub.close();
      await store.stop().catch(() => undefined);
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});
