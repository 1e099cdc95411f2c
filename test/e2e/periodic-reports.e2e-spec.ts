import { parse } from 'csv-parse/sync';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { FOOD_MATTER, QINGYANG } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';
import { savedAs } from '../utils/xlsx-xml';

const JUSTICE = 'dept-justice';
const SAVE = `mutation($input: SavedReportInput!) { saveReport(input: $input) { id unitCode name schedule format nextRunAt ledger runs { periodFrom } } }`;
const LIST = `query { savedReports { id name nextRunAt runs { periodFrom periodTo exportJobId status publishedAt } } }`;
const SUBSCRIBE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;
const EVENTS = `query($id: ID!) { events(subscriptionId: $id, after: "0", first: 100) { nodes { type category source subject data } } }`;
const DOWNLOAD = `query($id: ID!) { exportDownloadUrl(id: $id) { url } }`;
const MONTHLY_PENALTIES = {
  name: '各镇街处罚月报',
  ledger: { source: 'PENALTY', groupBy: ['TOWNSHIP'], measures: ['COUNT', 'FINE_TOTAL'] },
  format: 'CSV',
  schedule: 'MONTHLY',
};

/** The hub's "now": its clock, which a test moves (set in beforeAll). */
let hubNow = (): Date => new Date();

/** The Shanghai calendar month `offset` months from the hub's now: its first day, and 02:00 Shanghai on that day. */
function shanghaiMonth(offset: number): { firstDay: string; runAt: string } {
  const local = new Date(hubNow().getTime() + 8 * 3_600_000);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + offset;
  return {
    firstDay: new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10),
    runAt: new Date(Date.UTC(year, month, 1, 2 - 8)).toISOString(),
  };
}
const lastDayBefore = (firstDay: string) => new Date(Date.parse(firstDay) - 86_400_000).toISOString().slice(0, 10);

describe('periodic reports (e2e)', () => {
  let hub: TestApp;
  let statistician: string;
  let justiceSystem: string;
  let townSystem: string;

  beforeAll(async () => {
    hub = await startTestApp({ REPORT_POLL_MS: '100' });
    hubNow = () => hub.clock.now();
    await seed.foodMatter(hub);
    statistician = await hub.userToken([Role.STATISTICIAN], JUSTICE);
    justiceSystem = await hub.apiKey(JUSTICE, [ApiKeyScope.SUBSCRIBE, ApiKeyScope.READ]);
    townSystem = await hub.apiKey(QINGYANG, [ApiKeyScope.SUBSCRIBE, ApiKeyScope.READ]);
    // Penalties in the month before last (3), last month (5) and this month (1), fines of 100.5 each.
    const months = [shanghaiMonth(-2), shanghaiMonth(-1), shanghaiMonth(0)];
    for (const [i, count] of [3, 5, 1].entries()) {
      await hub.sql(
        `INSERT INTO penalty_decision (id, publisher_code, source_id, version, content_hash, measure_kind, decision_number, party_name, party_uscc,
           matter_code, facts, legal_basis, penalty_kinds, fine_amount, decision_date, execution_status, township_code)
         SELECT gen_random_uuid(), $1, 'R-' || $4 || '-' || n, 1, repeat('0', 64), 'PENALTY', '晋青综执罚〔2026〕' || $4 || n || '号', '当事人' || n,
           '91350582MA00000000', $2, '超范围经营', '《食品安全法》', ARRAY['罚款'], 100.5, $3::date + (n - 1), 'PENDING', $1
         FROM generate_series(1, $5::int) n`,
        [QINGYANG, FOOD_MATTER.code, months[i].firstDay, i, count],
      );
    }
  });
  afterAll(() => hub.close());

  async function subscribe(credential: string, name: string): Promise<string> {
    const created = await hub.gql(
      SUBSCRIBE,
      { input: { name, delivery: 'PULL', startFrom: 'NOW', unitCode: credential === townSystem ? QINGYANG : JUSTICE } },
      { credential },
    );
    expect(created.errors).toBeUndefined();
    return created.data!.createSubscription.subscription.id as string;
  }

  /** The file's rows, and the name a browser saves it under (RFC 5987 `filename*`). */
  async function download(exportJobId: string): Promise<{ rows: string[][]; savedAs: string }> {
    const link = await hub.gql(DOWNLOAD, { id: exportJobId }, { credential: statistician });
    expect(link.errors).toBeUndefined();
    const file = await fetch(link.data!.exportDownloadUrl.url as string);
    const rows: string[][] = parse(Buffer.from(await file.arrayBuffer()), { bom: true });
    return { rows, savedAs: savedAs(file) };
  }

  it('runs each ended month once, catching up missed ones, and lands a file and an event for its unit only', async () => {
    const justiceFeed = await subscribe(justiceSystem, 'justice-all');
    const townFeed = await subscribe(townSystem, 'town-all');
    // Saved in the month before last (its 15th, noon in Shanghai): the first run is due on the 1st of last month.
    hub.clock.set(`${shanghaiMonth(-2).firstDay.slice(0, 8)}15T04:00:00Z`);
    const saved = await hub.gql(SAVE, { input: MONTHLY_PENALTIES }, { credential: statistician });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveReport).toMatchObject({
      unitCode: JUSTICE,
      schedule: 'MONTHLY',
      format: 'CSV',
      runs: [],
      nextRunAt: shanghaiMonth(1).runAt,
    });
    const { id } = saved.data!.saveReport;

    // Back to today, as if the hub had been down since the 1st of last month: the runs for the month
    // before last and for last month are both due; this month's is not.
    hub.clock.reset();
    let report: any;
    for (const end = Date.now() + 30_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
      [report] = (await hub.gql(LIST, {}, { credential: statistician })).data!.savedReports;
      if (report.runs.length === 2 && report.runs.every((run: any) => run.publishedAt)) break;
    }
    const [beforeLast, last] = [shanghaiMonth(-2).firstDay, shanghaiMonth(-1).firstDay];
    expect(report.runs).toMatchObject([
      { periodFrom: last, periodTo: lastDayBefore(shanghaiMonth(0).firstDay), status: 'DONE', publishedAt: expect.any(String) },
      { periodFrom: beforeLast, periodTo: lastDayBefore(last), status: 'DONE', publishedAt: expect.any(String) },
    ]);
    expect(report.nextRunAt).toBe(shanghaiMonth(1).runAt);

    // Each file counts its own month only: the total row last, as every ledger export has it.
    const [lastFile, beforeLastFile] = [await download(report.runs[0].exportJobId), await download(report.runs[1].exportJobId)];
    expect(beforeLastFile.rows[0]).toEqual(['镇街', '镇街名称', '件数', '罚款金额（元）']);
    expect(beforeLastFile.rows[1]).toEqual([QINGYANG, '青阳街道', '3', '301.50']);
    expect(beforeLastFile.rows.at(-1)).toEqual(['合计', '', '3', '301.50']);
    expect(lastFile.rows.at(-1)).toEqual(['合计', '', '5', '502.50']);
    // Named by the report and the month it counts, as the browser saves it.
    expect([beforeLastFile.savedAs, lastFile.savedAs]).toEqual([
      `各镇街处罚月报-${beforeLast.slice(0, 7)}.csv`,
      `各镇街处罚月报-${last.slice(0, 7)}.csv`,
    ]);
    // The one group counted in both figures; the 合计 row in neither.
    const runJobs = await Promise.all(
      report.runs.map((run: any) =>
        hub.gql(
          `query($id: ID!) { exportJob(id: $id) { title rowsWritten totalRows } }`,
          { id: run.exportJobId },
          { credential: statistician },
        ),
      ),
    );
    expect(runJobs.map((j) => j.data!.exportJob)).toEqual([
      { title: `各镇街处罚月报-${last.slice(0, 7)}`, rowsWritten: 1, totalRows: 1 },
      { title: `各镇街处罚月报-${beforeLast.slice(0, 7)}`, rowsWritten: 1, totalRows: 1 },
    ]);

    // The unit's own feed has one event per run, oldest period first; a town's feed has none.
    const events = (await hub.gql(EVENTS, { id: justiceFeed }, { credential: justiceSystem })).data!.events.nodes;
    const reports = events.filter((e: any) => e.type.startsWith('report.'));
    expect(reports).toMatchObject([
      {
        type: 'report.published',
        category: 'LEDGER',
        source: `urn:jinjiang-hub:unit:${JUSTICE}`,
        subject: report.runs[1].exportJobId,
        data: { reportId: id, name: MONTHLY_PENALTIES.name, periodFrom: beforeLast, rowsWritten: 1 },
      },
      {
        type: 'report.published',
        category: 'LEDGER',
        subject: report.runs[0].exportJobId,
        data: { periodFrom: last, exportJobId: report.runs[0].exportJobId },
      },
    ]);
    const townEvents = (await hub.gql(EVENTS, { id: townFeed }, { credential: townSystem })).data!.events.nodes;
    expect(townEvents.filter((e: any) => e.type.startsWith('report.'))).toEqual([]);
    expect(onlyError(await hub.gql(DOWNLOAD, { id: report.runs[0].exportJobId }, { credential: townSystem })).extensions?.code).toBe(
      'FORBIDDEN',
    );

    // Every run is audited as an export request, with the period it counted.
    const audits = await hub.sql(`SELECT actor_kind, unit_code, details FROM audit_entry WHERE operation = 'export.requested' ORDER BY id`);
    expect(audits).toMatchObject([
      {
        actor_kind: 'SYSTEM',
        unit_code: JUSTICE,
        details: { reportId: id, definition: { filter: { from: beforeLast, to: lastDayBefore(last) } } },
      },
      { actor_kind: 'SYSTEM', unit_code: JUSTICE, details: { reportId: id, definition: { filter: { from: last } } } },
    ]);
    // Later ticks change nothing: each period ran once and was announced once.
    await new Promise((r) => setTimeout(r, 500));
    const [{ runs, jobs }] = await hub.sql(
      `SELECT (SELECT count(*)::int FROM report_run) AS runs, (SELECT count(*)::int FROM export_job) AS jobs`,
    );
    expect({ runs, jobs }).toEqual({ runs: 2, jobs: 2 });
  }, 60_000);

  it('refuses a definition that cannot run, with the field at fault, and saves nothing', async () => {
    const withDates = { ...MONTHLY_PENALTIES, name: 'x', ledger: { ...MONTHLY_PENALTIES.ledger, filter: { from: '2026-01-01' } } };
    expect(onlyError(await hub.gql(SAVE, { input: withDates }, { credential: statistician })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.ledger.filter.from',
    });
    const noFines = { ...MONTHLY_PENALTIES, name: 'y', ledger: { source: 'LICENSING', measures: ['FINE_TOTAL'] } };
    expect(onlyError(await hub.gql(SAVE, { input: noFines }, { credential: statistician })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.ledger.measures',
    });
    const badSchedule = onlyError(
      await hub.gql(SAVE, { input: { ...MONTHLY_PENALTIES, name: 'z', schedule: 'WEEKLY' } }, { credential: statistician }),
    );
    expect(badSchedule.extensions?.code).toBe('BAD_USER_INPUT');
    const twice = onlyError(await hub.gql(SAVE, { input: MONTHLY_PENALTIES }, { credential: statistician }));
    expect(twice.extensions).toEqual({ code: 'CONFLICT', field: 'input.name' });
    const [{ n }] = await hub.sql(`SELECT count(*)::int AS n FROM saved_report`);
    expect(n).toBe(1);
  });

  it('saves a report through `statistics` (ledger is its deprecated name) and answers it under both names', async () => {
    const definition = { source: 'LICENSING', groupBy: ['STATUS'], measures: ['COUNT'] };
    const input = { name: '许可状态季报', statistics: definition, format: 'XLSX', schedule: 'QUARTERLY' };
    const SAVE_BOTH = `mutation($input: SavedReportInput!) { saveReport(input: $input) { id name statistics ledger } }`;
    const saved = await hub.gql(SAVE_BOTH, { input }, { credential: statistician });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveReport).toMatchObject({ name: '许可状态季报', statistics: definition, ledger: definition });
    const listed = await hub.gql(`query { savedReports { name statistics } }`, {}, { credential: statistician });
    expect(listed.data!.savedReports).toContainEqual({ name: '许可状态季报', statistics: definition });

    const both = onlyError(await hub.gql(SAVE, { input: { ...input, name: 'b', ledger: definition } }, { credential: statistician }));
    expect(both.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.statistics' });
    expect(both.message).toContain('not both');
    const neither = onlyError(await hub.gql(SAVE, { input: { ...input, name: 'n', statistics: undefined } }, { credential: statistician }));
    expect(neither.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.statistics' });
    const withDates = { ...input, name: 'd', statistics: { ...definition, filter: { to: '2026-01-01' } } };
    expect(onlyError(await hub.gql(SAVE, { input: withDates }, { credential: statistician })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.statistics.filter.to',
    });
    const [{ n }] = await hub.sql(`SELECT count(*)::int AS n FROM saved_report WHERE name = ANY($1)`, [['b', 'n', 'd']]);
    expect(n).toBe(0);
    // Deleted again: the next test counts the unit's reports.
    const deleted = await hub.gql(
      `mutation($id: ID!) { deleteReport(id: $id) }`,
      { id: saved.data!.saveReport.id },
      { credential: statistician },
    );
    expect(deleted.data?.deleteReport).toBe(true);
  });

  it('keeps a report to its unit: others neither see nor delete it; deleting stops it and keeps its files', async () => {
    const [report] = (await hub.gql(LIST, {}, { credential: statistician })).data!.savedReports;
    expect((await hub.gql(LIST, {}, { credential: townSystem })).data!.savedReports).toEqual([]);
    const DELETE = `mutation($id: ID!) { deleteReport(id: $id) }`;
    expect(onlyError(await hub.gql(DELETE, { id: report.id }, { credential: townSystem })).extensions?.code).toBe('FORBIDDEN');
    expect((await hub.gql(DELETE, { id: report.id }, { credential: statistician })).data?.deleteReport).toBe(true);
    expect((await hub.gql(LIST, {}, { credential: statistician })).data!.savedReports).toEqual([]);
    const [{ jobs }] = await hub.sql(`SELECT count(*)::int AS jobs FROM export_job WHERE status = 'DONE'`);
    expect(jobs).toBe(2);
  });
});
