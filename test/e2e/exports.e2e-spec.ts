import { Readable } from 'node:stream';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { ANHAI, FOOD_MATTER, QINGYANG } from '../utils/fixtures';
import { startEmbeddedObjectStore } from '../../apps/hub-api/src/object-store/embedded-object-store';
import { exited, freePort, HubProcess } from '../utils/hub-process';
import { onlyError, startHubProcessOn, startTestApp, TestApp } from '../utils/test-app';
import { eventually } from '../utils/wait';

const ROWS = 200_000;
const REQUEST = `mutation($input: RequestExportInput!) { requestExport(input: $input) { id status } }`;
const JOB = `query($id: ID!) { exportJob(id: $id) { status rowsWritten totalRows progress error } }`;
const DOWNLOAD = `query($id: ID!) { exportDownloadUrl(id: $id) { url expiresAt } }`;
const ID_NUMBER = '350582199001011234';
const PHONE = '13905951234';

/**
 * The hub that runs the exports is its own process with its JavaScript heap capped: about 70 MB of it
 * is the idle hub, so an export that held its rows (200,000 rows take well over 100 MB as objects)
 * would die of it, while a streamed one never comes near. Its peak resident memory is printed.
 */
const WORKER_HEAP_MB = 128;

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
    worker = await startHubProcessOn(hub, { NODE_OPTIONS: `--max-old-space-size=${WORKER_HEAP_MB}` })
    const admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
    await hub.gql('mutation($input: DevolvedMatterInput!) { saveDevolvedMatter(input: $input) { code } }', { input: FOOD_MATTER }, { credential: admin });
    statistician = await hub.userToken([Role.STATISTICIAN], 'dept-justice');
    // 200,000 penalties straight into the table (the publishing path is tested elsewhere), half of
    // them with a person's ID number and phone that must never reach an export.
    await hub.sql(`
      INSERT INTO penalty_decision (id, publisher_code, source_id, version, content_hash, measure_kind, decision_number, party_name,
        party_uscc, party_id_number, party_phone, matter_code, facts, legal_basis, penalty_kinds, fine_amount, decision_date, execution_status, township_code)
      SELECT gen_random_uuid(), t.code, 'BULK-' || n, 1, repeat('0', 64), 'PENALTY', '晋综执罚〔2026〕' || n || '号', '当事人' || n,
        CASE WHEN n % 2 = 0 THEN '91350582MA00000000' END, CASE WHEN n % 2 = 1 THEN $1 END, CASE WHEN n % 2 = 1 THEN $2 END,
        $3, '超范围经营', '《食品安全法》', ARRAY['罚款'], (n % 100) * 10.5, date '2026-01-01' + (n % 300), 'PENDING', t.code
      FROM generate_series(1, ${ROWS}) n CROSS JOIN LATERAL (SELECT CASE WHEN n % 2 = 0 THEN '${QINGYANG}' ELSE '${ANHAI}' END AS code) t`,
      [ID_NUMBER, PHONE, FOOD_MATTER.code]);
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
    console.log(`export of ${ROWS} rows by a hub with its heap capped at ${WORKER_HEAP_MB} MB: peak resident memory ${peakRssMb(worker.child.pid!).toFixed(0)} MB`);
    expect(worker.child.exitCode).toBeNull(); // the worker lived through it
    expect(job).toMatchObject({ rowsWritten: ROWS, totalRows: ROWS });
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true);

    const body = Buffer.from(await file.arrayBuffer());
    expect(body.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true); // BOM for Excel
    const text = body.toString('utf8');
    expect(text).not.toContain(ID_NUMBER);
    expect(text).not.toContain(PHONE);
    // Read back as a statistician's spreadsheet would: exceljs's CSV reader, cells taken as written.
    const sheet = await new ExcelJS.Workbook().csv.read(Readable.from([body.subarray(3)]), { map: (cell: string) => cell });
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const rows = sheet.rowCount - 1;
    expect(header).toEqual(['决定书文号', '措施类别', '当事人', '统一社会信用代码', '事项编码', '处罚种类', '罚款金额（元）', '没收金额（元）', '决定日期', '执行情况', '镇街', '来源编号']);
    expect(rows).toBe(ROWS);
    const audits = await hub.sql(`SELECT operation, details FROM audit_entry WHERE target = $1 ORDER BY id`, [id]);
    expect(audits.map((a) => a.operation)).toEqual(['export.requested', 'export.downloadUrl']);
    expect(audits[0].details).toMatchObject({ kind: 'RECORDS', format: 'CSV', definition: { source: 'PENALTY' } });
  }, 180_000);

  it('exports a ledger as XLSX with Chinese headers and the total last, equal to the ledger query', async () => {
    const ledger = { source: 'PENALTY', groupBy: ['TOWNSHIP'], period: 'QUARTER', measures: ['COUNT', 'FINE_TOTAL'] };
    const { file } = await runExport({ format: 'XLSX', ledger });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const values = sheet.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(values[0]).toEqual(['镇街', '镇街名称', '季度', '件数', '罚款金额（元）']);
    const query = await hub.gql(`query { ledger(source: PENALTY, groupBy: [TOWNSHIP], period: QUARTER, measures: [COUNT, FINE_TOTAL]) { rows { keys labels values } totals } }`, {}, { credential: statistician });
    const expected = query.data!.ledger;
    expect(values.slice(1, -1)).toEqual(expected.rows.map((r: any) => [r.keys[0], r.labels[0], r.keys[1], ...r.values]));
    expect(values[values.length - 1]).toEqual(['合计', undefined, undefined, ...expected.totals].slice(0, 5).map((v) => v ?? undefined));
  }, 180_000);

  it('refuses a bad definition before queuing anything, and keeps a job to its unit', async () => {
    const bad = onlyError(await hub.gql(REQUEST, { input: { format: 'CSV', ledger: { source: 'LICENSING', measures: ['FINE_TOTAL'] } } }, { credential: statistician }));
    expect(bad.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.ledger.measures' });
    const both = onlyError(await hub.gql(REQUEST, { input: { format: 'CSV' } }, { credential: statistician }));
    expect(both.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input' });
    const [{ n }] = await hub.sql(`SELECT count(*)::int AS n FROM export_job WHERE status = 'QUEUED'`);
    expect(n).toBe(0);
    const all = onlyError(await hub.gql(REQUEST, { input: { format: 'CSV', records: { source: 'ALL' } } }, { credential: statistician }));
    expect(all.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.records.source' });
    const requested = await hub.gql(REQUEST, { input: { format: 'CSV', records: { source: 'LICENSING' } } }, { credential: statistician });
    const other = await hub.apiKey(QINGYANG, [ApiKeyScope.READ]);
    expect(onlyError(await hub.gql(JOB, { id: requested.data!.requestExport.id }, { credential: other })).extensions?.code).toBe('FORBIDDEN');
  });

  it('exports every other category with its own Chinese headers', async () => {
    for (const [source, first] of [['LICENSING', '许可证编号'], ['COMPLAINT', '渠道'], ['NORMATIVE', '文件类别'], ['DEVICE', '设备编号'], ['OTHER', '信息种类']]) {
      const { file } = await runExport({ format: 'XLSX', records: { source } });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await file.arrayBuffer());
      expect([source, (workbook.worksheets[0].getRow(1).values as unknown[])[1]]).toEqual([source, first]);
    }
  }, 120_000);
});

describe('an export requested while the object store is down (e2e)', () => {
  it('waits with a growing delay instead of failing, and is written once the store is back', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'hub-s3-export-down-'));
    const port = await freePort();
    let store = await startEmbeddedObjectStore({ directory, port });
    // The worker runs in this hub; the bucket is prepared while the store is up.
    const hub = await startTestApp({ S3_ENDPOINT: store.endpoint, S3_ACCESS_KEY: store.credentials.accessKey, S3_SECRET_KEY: store.credentials.secretKey, S3_BUCKET: 'export-down' });
    try {
      const statistician = await hub.userToken([Role.STATISTICIAN], 'dept-justice');
      await store.stop();
      const requested = await hub.gql(REQUEST, { input: { format: 'CSV', ledger: { source: 'PENALTY', groupBy: ['TOWNSHIP'], measures: ['COUNT'] } } }, { credential: statistician });
      const id = requested.data!.requestExport.id as string;
      const row = () => hub.sql<{ status: string; attempts: number; error: string | null; waits: boolean }>(`SELECT status, attempts, error, next_attempt_at > now() AS waits FROM export_job WHERE id = $1`, [id]).then((rows) => rows[0]);
      // Tried and put back twice while the store is down: queued, waiting, never FAILED.
      const waiting = await eventually(row, (job) => job.attempts >= 2, 30_000);
      expect(waiting).toMatchObject({ status: expect.stringMatching(/^(QUEUED|RUNNING)$/), error: null });
      expect((await hub.gql(JOB, { id }, { credential: statistician })).data!.exportJob.status).not.toBe('FAILED');

      store = await startEmbeddedObjectStore({ directory, port, credentials: store.credentials });
      const done = await eventually(() => hub.gql(JOB, { id }, { credential: statistician }).then((r) => r.data!.exportJob), (job) => job.status !== 'QUEUED' && job.status !== 'RUNNING', 60_000);
      expect(done).toMatchObject({ status: 'DONE', error: null, progress: 1 });
      const link = (await hub.gql(DOWNLOAD, { id }, { credential: statistician })).data!.exportDownloadUrl;
      const file = await fetch(link.url);
      expect(file.status).toBe(200);
      expect((await file.text()).split('\r\n')[0]).toContain('件数');
    } finally {
      await hub.close();
      await store.stop().catch(() => undefined);
      rmSync(directory, { recursive: true, force: true });
    }
  }, 120_000);

  it('answers exportDownloadUrl with UNAVAILABLE and no audited link while the store is down', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'hub-s3-export-link-'));
    const store = await startEmbeddedObjectStore({ directory, port: await freePort() });
    const hub = await startTestApp({ S3_ENDPOINT: store.endpoint, S3_ACCESS_KEY: store.credentials.accessKey, S3_SECRET_KEY: store.credentials.secretKey, S3_BUCKET: 'export-link' });
    try {
      const statistician = await hub.userToken([Role.STATISTICIAN], 'dept-justice');
      const id = (await hub.gql(REQUEST, { input: { format: 'CSV', ledger: { source: 'PENALTY', groupBy: ['TOWNSHIP'], measures: ['COUNT'] } } }, { credential: statistician })).data!.requestExport.id as string;
      await eventually(() => hub.gql(JOB, { id }, { credential: statistician }).then((r) => r.data!.exportJob.status as string), (status) => status === 'DONE', 30_000);
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
