import { parse } from 'csv-parse/sync';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { assistanceClient } from '../utils/assistance';
import { complaintClient, complaintInput } from '../utils/complaints';
import { ANHAI, MARKET, QINGYANG, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';
import { transferClient, transferInput } from '../utils/transfers';
import { eventually } from '../utils/wait';

const OFFICE = 'joint-meeting-office';
/** Monday 1 December 2025, 10:00 in Jinjiang: the previous quarter's work. */
const Q4_DAY = new Date('2025-12-01T02:00:00Z');
/** Monday 15 December 2025: Qingyang answers a transfer a week late. */
const Q4_LATE = new Date('2025-12-15T02:00:00Z');
/** Monday 2 March 2026, 10:00: this quarter's transfers, complaints and requests. */
const Q1_DAY = new Date('2026-03-02T02:00:00Z');
/** Thursday 12 March 2026: three working days (10, 11, 12 March) after the deadlines due at the end of Monday 9 March. */
const NOW = new Date('2026-03-12T02:00:00Z');
const Q1 = { kind: 'QUARTER', year: 2026, index: 1 };
/** Q1 2026 and Q4 2025 on the Shanghai calendar, as instants (Shanghai midnight is 16:00 UTC the day before). */
const Q1_BOUNDS = ['2025-12-31T16:00:00Z', '2026-03-31T16:00:00Z'];
const Q4_BOUNDS = ['2025-09-30T16:00:00Z', '2025-12-31T16:00:00Z'];

const ITEMS = `query($filter: SupervisionItemsFilter, $first: Int, $after: String) { supervisionItems(filter: $filter, first: $first, after: $after) {
  nodes { deadlineId itemType itemTypeName itemId kind kindName clause ownerUnitCode ownerUnitName state dueAt workingDaysOverdue }
  pageInfo { hasNextPage endCursor } } }`;
const SUMMARY = `query($filter: SupervisionItemsFilter) { supervisionSummary(filter: $filter) { unitCode unitName overdue dueSoon maxWorkingDaysOverdue } }`;
const REPORT = `query($period: SupervisionPeriodInput!) { supervisionReport(period: $period) { period { from to label }
  units { unitCode unitName declines escalations refusals refusalGrounds { groundCode groundName count } criminalReferralsOpen criminalReferralsFlagged
    overall { due onTime late openOverdue pending rate }
    rates { measure itemType kind name due onTime late openOverdue pending rate } } } }`;
const LEAGUE = `query($period: SupervisionPeriodInput!) { supervisionLeague(period: $period) { period { label } previousPeriod { label }
  rows { rank unitCode counted onTime late rate previousRank previousRate rankChange rateDelta } } }`;
const REQUEST = `mutation($input: RequestExportInput!) { requestExport(input: $input) { id status title } }`;
const JOB = `query($id: ID!) { exportJob(id: $id) { status rowsWritten error } }`;
const DOWNLOAD = `query($id: ID!) { exportDownloadUrl(id: $id) { url } }`;
const SAVE = `mutation($input: SavedReportInput!) { saveReport(input: $input) { id name schedule nextRunAt supervision } }`;
const REPORTS = `query { savedReports { id name runs { periodFrom periodTo exportJobId status } } }`;

interface RawRate {
  unit: string;
  item_type: string;
  kind: string;
  due: number;
  on_time: number;
  late: number;
  open_overdue: number;
}

describe('supervision (e2e): overdue items by 责任单位, on-time rates per unit and period, league table, exports', () => {
  let hub: TestApp;
  let t: ReturnType<typeof transferClient>;
  let supervisor: string;
  let admin: string;
  let marketOfficer: string;
  let marketLeader: string;
  let qingyangOfficer: string;
  let anhaiOfficer: string;
  const ids: Record<string, string> = {};

  /** The raw computation the hub must agree with, written apart from it: a plain GROUP BY over deadline. */
  const rawRates = (bounds: string[], now: Date): Promise<RawRate[]> =>
    hub.sql(
      `SELECT owner_unit_code AS unit, item_type, kind, count(*)::int AS due,
              sum(CASE WHEN outcome = 'MET' AND closed_at <= due_at THEN 1 ELSE 0 END)::int AS on_time,
              sum(CASE WHEN closed_at > due_at OR (closed_at IS NULL AND due_at <= $3) THEN 1 ELSE 0 END)::int AS late,
              sum(CASE WHEN closed_at IS NULL AND due_at <= $3 THEN 1 ELSE 0 END)::int AS open_overdue
         FROM deadline
        WHERE due_at >= $1 AND due_at < $2 AND (outcome IS NULL OR outcome <> 'CANCELLED')
          AND NOT (item_type = 'complaint' AND kind = 'INITIAL_CHECK')
        GROUP BY owner_unit_code, item_type, kind
        ORDER BY 1, 2, 3`,
      [bounds[0], bounds[1], now],
    );

  /** Units ranked as the league's rule says: overall rate, then counted, then code; none without counted deadlines. */
  function rawLeague(rows: RawRate[]) {
    const units = new Map<string, { onTime: number; late: number }>();
    for (const row of rows) {
      const unit = units.get(row.unit) ?? { onTime: 0, late: 0 };
      unit.onTime += row.on_time;
      unit.late += row.late;
      units.set(row.unit, unit);
    }
    return [...units.entries()]
      .filter(([, u]) => u.onTime + u.late > 0)
      .map(([unitCode, u]) => ({ unitCode, counted: u.onTime + u.late, rate: u.onTime / (u.onTime + u.late) }))
      .sort((a, b) => b.rate - a.rate || b.counted - a.counted || (a.unitCode < b.unitCode ? -1 : 1));
  }

  async function sendTransfer(n: number, at: Date, receiverUnitCode: string, criminalReferral = false): Promise<string> {
    const draft = await t.create(transferInput(n, at, { receiverUnitCode, criminalReferral }), marketOfficer);
    await t.attach(draft.id, 'SOURCE', marketOfficer);
    await t.attach(draft.id, 'EVIDENCE', marketOfficer);
    await t.ok('submitTransfer', { id: draft.id }, marketOfficer);
    await t.ok('approveTransfer', { id: draft.id }, marketLeader);
    await t.ok('sendTransfer', { id: draft.id }, marketOfficer);
    return draft.id as string;
  }

  const ask = async (query: string, variables: Record<string, unknown>, credential = supervisor) => {
    const response = await hub.gql(query, variables, { credential });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  beforeAll(async () => {
    hub = await startTestApp({ REPORT_POLL_MS: '100' });
    hub.clock.set(Q4_DAY);
    t = transferClient(hub);
    const c = complaintClient(hub);
    const a = assistanceClient(hub);
    await seed.foodMatter(hub);
    [supervisor, admin, marketOfficer, marketLeader, qingyangOfficer, anhaiOfficer] = await Promise.all([
      hub.userToken([Role.SUPERVISOR], OFFICE),
      hub.userToken([Role.ADMIN], OFFICE),
      hub.userToken([Role.OFFICER], MARKET),
      hub.userToken([Role.LEADER], MARKET),
      hub.userToken([Role.OFFICER], QINGYANG),
      hub.userToken([Role.OFFICER], ANHAI),
    ]);

    // Q4 2025: both sent on time; Anhai answers at once, Qingyang a week after its answer was due (8 December).
    ids.p1 = await sendTransfer(101, Q4_DAY, QINGYANG);
    ids.p2 = await sendTransfer(102, Q4_DAY, ANHAI);
    await t.ok('acceptTransfer', { id: ids.p2 }, anhaiOfficer);
    hub.clock.set(Q4_LATE);
    await t.ok('acceptTransfer', { id: ids.p1 }, qingyangOfficer);

    // Q1 2026.
    hub.clock.set(Q1_DAY);
    ids.c1 = (await t.create(transferInput(1, Q1_DAY, { receiverUnitCode: QINGYANG }), marketOfficer)).id; // never sent
    ids.c2 = await sendTransfer(2, Q1_DAY, ANHAI); // never answered
    ids.c3 = await sendTransfer(3, Q1_DAY, QINGYANG);
    await t.ok('acceptTransfer', { id: ids.c3 }, qingyangOfficer);
    ids.c4 = await sendTransfer(4, Q1_DAY, ANHAI);
    await t.ok('declineTransfer', { id: ids.c4, note: '不属于本镇管辖' }, anhaiOfficer);
    await t.ok('escalateTransfer', { id: ids.c4 }, anhaiOfficer);
    // §4(5): a criminal referral to the police, still open, and a fine Qingyang then published for its party and matter.
    ids.referral = await sendTransfer(6, Q1_DAY, 'judicial-police', true);
    await seed.penalty(hub, await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]), 6, { partyUscc: uscc(6) });
    // A withdrawn draft's sending deadline is cancelled: it counts nowhere.
    const withdrawn = await t.create(transferInput(5, Q1_DAY), marketOfficer);
    await t.ok('withdrawTransfer', { id: withdrawn.id, note: '误建' }, marketOfficer);

    const answered = await c.publish(complaintInput(11, new Date(Q1_DAY.getTime() - 3_600_000)), qingyangOfficer);
    await c.ok('startComplaintCheck', { id: answered }, qingyangOfficer);
    await c.ok('answerComplaint', { id: answered, answer: '经核查已责令改正' }, qingyangOfficer);
    ids.k2 = await c.publish(complaintInput(12, new Date(Q1_DAY.getTime() - 3_600_000)), qingyangOfficer); // left open

    const request = await a.ok(
      'createAssistanceRequest',
      { kind: 'DOCUMENT_ACCESS', requestedUnitCode: MARKET, subject: '请求调阅某食品店许可档案', details: '因查处需要请求协助。' },
      qingyangOfficer,
    );
    await a.ok(
      'refuseAssistanceRequest',
      { id: request.id, groundCode: 'TRADE_SECRET', note: '该档案含企业配方工艺，属商业秘密' },
      marketOfficer,
    );
    hub.clock.set(NOW);
  }, 180_000);
  afterAll(() => hub.close());

  it('is refused to every role but SUPERVISOR and ADMIN, queries and exports alike', async () => {
    const refused = await Promise.all([
      ...[Role.OFFICER, Role.LEADER, Role.STATISTICIAN].map((role) => hub.userToken([role], OFFICE)),
      hub.apiKey(OFFICE, [ApiKeyScope.READ, ApiKeyScope.PUBLISH, ApiKeyScope.SUBSCRIBE]),
      hub.userToken([Role.OFFICER], MARKET),
    ]);
    const queries: Array<[string, Record<string, unknown>]> = [
      [ITEMS, {}],
      [SUMMARY, {}],
      [REPORT, { period: Q1 }],
      [LEAGUE, { period: Q1 }],
    ];
    for (const credential of refused) {
      for (const [query, variables] of queries) {
        expect(onlyError(await hub.gql(query, variables, { credential })).extensions).toMatchObject({ code: 'FORBIDDEN' });
      }
      // export.request and report.save are open to everyone: the supervision table in them is not.
      const exported = await hub.gql(REQUEST, { input: { format: 'CSV', supervision: { table: 'RATES', period: Q1 } } }, { credential });
      expect(onlyError(exported).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH_ROLE_NOT_ALLOWED' });
      const saved = await hub.gql(
        SAVE,
        { input: { name: '督查季报', format: 'CSV', schedule: 'QUARTERLY', supervision: { table: 'RATES' } } },
        { credential },
      );
      expect(onlyError(saved).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH_ROLE_NOT_ALLOWED' });
    }
    expect(await hub.sql(`SELECT id FROM export_job WHERE kind = 'SUPERVISION'`)).toEqual([]);
    expect(await hub.sql(`SELECT id FROM saved_report WHERE kind = 'SUPERVISION'`)).toEqual([]);
    for (const credential of [supervisor, admin]) {
      for (const [query, variables] of queries) expect((await hub.gql(query, variables, { credential })).errors).toBeUndefined();
    }
  });

  it('lists the overdue deadlines of the unit that owes the act, with the working days since they were due', async () => {
    const { supervisionItems } = await ask(ITEMS, { filter: { state: 'OVERDUE' }, first: 100 });
    const byItem = (id: string, kind: string) => supervisionItems.nodes.find((n: any) => n.itemId === id && n.kind === kind);
    // Not sent by its deadline (end of Monday 9 March): the sender's; three working days since.
    expect(byItem(ids.c1, 'SEND')).toMatchObject({
      itemType: 'transfer',
      itemTypeName: '案件移送',
      kindName: '移送',
      ownerUnitCode: MARKET,
      state: 'OVERDUE',
      dueAt: '2026-03-09T15:59:59.999Z',
      workingDaysOverdue: 3,
    });
    // Sent but not answered: the receiver's, not the sender's.
    expect(byItem(ids.c2, 'ANSWER')).toMatchObject({ ownerUnitCode: ANHAI, kindName: '答复是否接收', workingDaysOverdue: 3 });
    expect(byItem(ids.c2, 'SEND')).toBeUndefined();
    // What the hub lists is exactly the open deadlines past due, longest overdue first.
    const raw = await hub.sql(`SELECT id FROM deadline WHERE closed_at IS NULL AND due_at <= $1 ORDER BY due_at, id`, [NOW]);
    expect(supervisionItems.nodes.map((n: any) => n.deadlineId)).toEqual(raw.map((r: any) => r.id));

    // Pages are bounded and keyset: two at a time give the same list.
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { supervisionItems: p }: any = await ask(ITEMS, { filter: { state: 'OVERDUE' }, first: 2, after });
      paged.push(...p.nodes.map((n: any) => n.deadlineId));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(paged).toEqual(raw.map((r: any) => r.id));
    expect(onlyError(await hub.gql(ITEMS, { first: 101 }, { credential: supervisor })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });

    // Filters: one unit, one kind.
    const anhai = (await ask(ITEMS, { filter: { unitCodes: [ANHAI], itemTypes: ['transfer'], kinds: ['ANSWER'] } })).supervisionItems.nodes;
    expect(anhai.map((n: any) => n.itemId)).toEqual([ids.c2]);

    // Due soon: open, not yet due, due within the working days asked (or already reminded).
    const soon = (await ask(ITEMS, { filter: { state: 'DUE_SOON', dueWithinWorkingDays: 30 }, first: 100 })).supervisionItems.nodes;
    expect(soon.length).toBeGreaterThan(0);
    for (const item of soon) expect(item).toMatchObject({ state: 'DUE_SOON', workingDaysOverdue: 0 });
    expect(soon.every((n: any) => Date.parse(n.dueAt) > NOW.getTime())).toBe(true);
    expect(soon.map((n: any) => n.itemId)).toContain(ids.k2);

    // The summary per 责任单位 agrees with the list.
    const { supervisionSummary } = await ask(SUMMARY, { filter: { state: 'OVERDUE' } });
    const counts = await hub.sql(
      `SELECT owner_unit_code AS "unitCode", count(*)::int AS overdue FROM deadline WHERE closed_at IS NULL AND due_at <= $1
        GROUP BY owner_unit_code ORDER BY 1`,
      [NOW],
    );
    expect(
      supervisionSummary
        .map((s: any) => ({ unitCode: s.unitCode, overdue: s.overdue }))
        .sort((x: any, y: any) => (x.unitCode < y.unitCode ? -1 : 1)),
    ).toEqual(counts);
    expect(supervisionSummary.find((s: any) => s.unitCode === MARKET)).toMatchObject({ overdue: 1, maxWorkingDaysOverdue: 3 });
  });

  it('refuses to count working days in a year the calendar does not hold, with CALENDAR_YEAR_MISSING', async () => {
    hub.clock.set(new Date('2027-01-06T02:00:00Z'));
    try {
      const error = onlyError(await hub.gql(ITEMS, {}, { credential: supervisor }));
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CALENDAR_YEAR_MISSING', year: 2027 });
      // The lists as files count the same working days: their jobs fail naming the year, never guess.
      for (const table of ['OVERDUE', 'DUE_SOON']) {
        const { id } = (await ask(REQUEST, { input: { format: 'CSV', supervision: { table } } })).requestExport;
        const job = await eventually(
          async () => (await ask(JOB, { id })).exportJob,
          (j: any) => j.status === 'DONE' || j.status === 'FAILED',
        );
        expect(job.status).toBe('FAILED');
        expect(job.error).toContain('工作日历缺少2027年');
      }
    } finally {
      hub.clock.set(NOW);
    }
  });

  it('gives per unit the on-time rates and the counts behind them, equal to a raw GROUP BY over deadline', async () => {
    const { supervisionReport } = await ask(REPORT, { period: Q1 });
    expect(supervisionReport.period).toEqual({ from: '2026-01-01', to: '2026-03-31', label: '2026-Q1' });
    const shown = supervisionReport.units
      .flatMap((u: any) =>
        u.rates
          .filter((r: any) => r.due > 0)
          .map((r: any) => ({
            unit: u.unitCode,
            item_type: r.itemType,
            kind: r.kind,
            due: r.due,
            on_time: r.onTime,
            late: r.late,
            open_overdue: r.openOverdue,
          })),
      )
      .sort((x: any, y: any) => `${x.unit}|${x.item_type}|${x.kind}`.localeCompare(`${y.unit}|${y.item_type}|${y.kind}`));
    const raw = await rawRates(Q1_BOUNDS, NOW);
    expect(raw.length).toBeGreaterThanOrEqual(4);
    expect(shown).toEqual(
      [...raw].sort((x, y) => `${x.unit}|${x.item_type}|${x.kind}`.localeCompare(`${y.unit}|${y.item_type}|${y.kind}`)),
    );

    const market = supervisionReport.units.find((u: any) => u.unitCode === MARKET);
    // Four sent on time, one not sent and past due; the withdrawn draft counts nowhere.
    expect(market.rates.find((r: any) => r.measure === 'TRANSFER_SEND')).toMatchObject({
      name: '案件移送',
      due: 5,
      onTime: 4,
      late: 1,
      openOverdue: 1,
      pending: 0,
      rate: 0.8,
    });
    expect(market).toMatchObject({
      refusals: 1,
      refusalGrounds: [{ groundCode: 'TRADE_SECRET', groundName: '涉及商业秘密', count: 1 }],
      criminalReferralsOpen: 1,
      criminalReferralsFlagged: 0,
    });
    const anhai = supervisionReport.units.find((u: any) => u.unitCode === ANHAI);
    expect(anhai).toMatchObject({ declines: 1, escalations: 1 });
    expect(anhai.rates.find((r: any) => r.measure === 'TRANSFER_ANSWER')).toMatchObject({ due: 2, onTime: 1, late: 1, rate: 0.5 });
    const qingyang = supervisionReport.units.find((u: any) => u.unitCode === QINGYANG);
    expect(qingyang).toMatchObject({ criminalReferralsOpen: 0, criminalReferralsFlagged: 1 });
    // The complaint answered on time counts; its initial check does not; the one still open is not yet due.
    expect(qingyang.rates.find((r: any) => r.measure === 'COMPLAINT_ANSWER')).toMatchObject({ onTime: 1, late: 0, pending: 1 });
    expect(qingyang.rates.some((r: any) => r.kind === 'INITIAL_CHECK')).toBe(false);
    for (const unit of supervisionReport.units) {
      const mine = raw.filter((r) => r.unit === unit.unitCode);
      const onTime = mine.reduce((n, r) => n + r.on_time, 0);
      const late = mine.reduce((n, r) => n + r.late, 0);
      expect(unit.overall).toMatchObject({ onTime, late, rate: onTime + late ? onTime / (onTime + late) : null });
    }
    const bad = onlyError(await hub.gql(REPORT, { period: { kind: 'QUARTER', year: 2026, index: 5 } }, { credential: supervisor }));
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.index' });
  });

  it('counts what is asked for, however it is asked: through fragments, aliases and @include, the same as the whole report', async () => {
    const whole = (await ask(REPORT, { period: Q1 })).supervisionReport.units;
    const RATES_ONLY = `query($period: SupervisionPeriodInput!) { supervisionReport(period: $period) { units { unitCode overall { onTime late } } } }`;
    const ratesOnly = (await ask(RATES_ONLY, { period: Q1 })).supervisionReport.units;
    // Every unit with a rate is there with the same overall counts; no count beyond them was asked.
    const counted = whole.filter((u: any) => u.overall.due > 0);
    expect(ratesOnly).toEqual(
      counted.map((u: any) => ({ unitCode: u.unitCode, overall: { onTime: u.overall.onTime, late: u.overall.late } })),
    );

    const BY_FRAGMENT = `query($period: SupervisionPeriodInput!, $referrals: Boolean!) { supervisionReport(period: $period) {
      units { unitCode ...Refused refusedCount: refusals flagged: criminalReferralsFlagged @include(if: $referrals) } } }
      fragment Refused on SupervisionUnitReport { refusalGrounds { groundCode count } ... on SupervisionUnitReport { declines } }`;
    const asked = (await ask(BY_FRAGMENT, { period: Q1, referrals: true })).supervisionReport.units;
    const market = asked.find((u: any) => u.unitCode === MARKET);
    expect(market).toMatchObject({ refusedCount: 1, refusalGrounds: [{ groundCode: 'TRADE_SECRET', count: 1 }], flagged: 0 });
    expect(asked.find((u: any) => u.unitCode === ANHAI)).toMatchObject({ declines: 1 });
    expect(asked.find((u: any) => u.unitCode === QINGYANG)).toMatchObject({ flagged: 1 });
    expect(asked.map((u: any) => u.unitCode)).toEqual(whole.map((u: any) => u.unitCode));
  });

  it('ranks the units in the league table and shows each one against the previous quarter', async () => {
    const { supervisionLeague } = await ask(LEAGUE, { period: Q1 });
    expect(supervisionLeague.period.label).toBe('2026-Q1');
    expect(supervisionLeague.previousPeriod.label).toBe('2025-Q4');
    const current = rawLeague(await rawRates(Q1_BOUNDS, NOW));
    const previous = rawLeague(await rawRates(Q4_BOUNDS, NOW));
    expect(supervisionLeague.rows.map((r: any) => [r.unitCode, r.counted, r.rate])).toEqual(
      current.map((u) => [u.unitCode, u.counted, u.rate]),
    );
    supervisionLeague.rows.forEach((row: any, i: number) => {
      const before = previous.findIndex((u) => u.unitCode === row.unitCode);
      expect(row.rank).toBe(i + 1);
      expect(row.previousRank).toBe(before < 0 ? null : before + 1);
      expect(row.rankChange).toBe(before < 0 ? null : before + 1 - row.rank);
      if (before >= 0) expect(row.rateDelta).toBeCloseTo(row.rate - previous[before].rate, 10);
    });
    // Q4: Market sent both on time (first), Anhai answered at once (second), Qingyang answered late (third).
    expect(previous.map((u) => u.unitCode)).toEqual([MARKET, ANHAI, QINGYANG]);
    const qingyang = supervisionLeague.rows.find((r: any) => r.unitCode === QINGYANG);
    expect(qingyang.previousRank).toBe(3);
    expect(qingyang.rankChange).toBeGreaterThan(0);
  });

  async function finishedExport(input: Record<string, unknown>): Promise<string[][]> {
    const requested = await ask(REQUEST, { input });
    const id = requested.requestExport.id as string;
    const job = await eventually(
      async () => (await ask(JOB, { id })).exportJob,
      (j: any) => j.status === 'DONE' || j.status === 'FAILED',
    );
    expect(job).toMatchObject({ status: 'DONE', error: null });
    // The job is a supervision table: an officer of the same unit reads neither it nor its file.
    const officer = await hub.userToken([Role.OFFICER], OFFICE);
    expect(onlyError(await hub.gql(JOB, { id }, { credential: officer })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(onlyError(await hub.gql(DOWNLOAD, { id }, { credential: officer })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    const link = (await ask(DOWNLOAD, { id })).exportDownloadUrl.url as string;
    const file = await fetch(link);
    expect(file.status).toBe(200);
    return parse(Buffer.from(await file.arrayBuffer()), { bom: true });
  }

  it('exports the rates and the league table as files with Chinese headers and the same rows', async () => {
    const [header, ...rows] = await finishedExport({ format: 'CSV', supervision: { table: 'RATES', period: Q1 } });
    expect(header).toEqual(['周期', '单位编码', '单位名称', '指标', '期内到期', '按时', '逾期', '逾期未办', '未到期', '按时率（%）']);
    const raw = await rawRates(Q1_BOUNDS, hub.clock.now());
    expect(rows.map((r) => [r[0], r[1], Number(r[4]), Number(r[5]), Number(r[6]), Number(r[7])])).toEqual(
      raw.map((r) => ['2026-Q1', r.unit, r.due, r.on_time, r.late, r.open_overdue]),
    );
    const send = rows.find((r) => r[1] === MARKET && r[3] === '案件移送')!;
    expect(send[9]).toBe('80.00');

    const [leagueHeader, ...league] = await finishedExport({ format: 'CSV', supervision: { table: 'LEAGUE', period: Q1 } });
    expect(leagueHeader.slice(0, 3)).toEqual(['名次', '单位编码', '单位名称']);
    expect(league.map((r) => r[1])).toEqual(rawLeague(raw).map((u) => u.unitCode));

    const xlsx = await ask(REQUEST, { input: { format: 'XLSX', supervision: { table: 'LEAGUE', period: Q1 } } });
    expect(xlsx.requestExport.title).toBe('督查通报排名-2026-Q1');
    await eventually(
      async () => (await ask(JOB, { id: xlsx.requestExport.id })).exportJob,
      (j: any) => j.status === 'DONE' && j.rowsWritten === league.length,
    );
    const noPeriod = onlyError(
      await hub.gql(REQUEST, { input: { format: 'CSV', supervision: { table: 'RATES' } } }, { credential: supervisor }),
    );
    expect(noPeriod.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.supervision.period' });
  });

  it('exports the per-unit counts of the period and the overdue list, the same as the queries answer', async () => {
    const [header, ...counts] = await finishedExport({ format: 'CSV', supervision: { table: 'UNIT_COUNTS', period: Q1 } });
    expect(header).toEqual([
      '周期',
      '单位编码',
      '单位名称',
      '不予接收',
      '报请市政府',
      '拒绝协助',
      '拒绝理由',
      '涉刑移送未结',
      '以罚代刑提示',
    ]);
    const report = (await ask(REPORT, { period: Q1 })).supervisionReport.units;
    const withCounts = report.filter(
      (u: any) => u.declines + u.escalations + u.refusals + u.criminalReferralsOpen + u.criminalReferralsFlagged > 0,
    );
    expect(counts.map((r) => [r[0], r[1], ...[3, 4, 5, 7, 8].map((i) => Number(r[i]))])).toEqual(
      withCounts.map((u: any) => [
        '2026-Q1',
        u.unitCode,
        u.declines,
        u.escalations,
        u.refusals,
        u.criminalReferralsOpen,
        u.criminalReferralsFlagged,
      ]),
    );
    expect(counts.find((r) => r[1] === MARKET)![6]).toBe('涉及商业秘密×1');

    // The overdue list as of now, with no period: every overdue item of supervisionItems, by unit.
    const [overdueHeader, ...overdue] = await finishedExport({ format: 'CSV', supervision: { table: 'OVERDUE' } });
    expect(overdueHeader).toEqual(['责任单位编码', '责任单位', '事项', '期限', '依据', '事项编号', '到期日', '逾期工作日']);
    const items = (await ask(ITEMS, { filter: { state: 'OVERDUE' }, first: 100 })).supervisionItems.nodes;
    const key = (unit: string, itemId: string, kind: string) => `${unit}|${itemId}|${kind}`;
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(overdue.map((r) => [key(r[0], r[5], r[3]), Number(r[7])]).sort()).toEqual(
      items.map((i: any) => [key(i.ownerUnitCode, i.itemId, i.kindName), i.workingDaysOverdue]).sort(),
    );
    const title = (await ask(REQUEST, { input: { format: 'CSV', supervision: { table: 'OVERDUE' } } })).requestExport.title;
    expect(title).toBe('督查督办清单-2026-03-12');

    // The due-soon list as of the export's run: supervisionItems' DUE_SOON (due by the end of the next working
    // day, or reminded). Asked an hour before the soonest open deadline falls due, so the list holds it.
    const ahead = (await ask(ITEMS, { filter: { state: 'DUE_SOON', dueWithinWorkingDays: 30 }, first: 1 })).supervisionItems.nodes[0];
    const at = new Date(Date.parse(ahead.dueAt) - 3600_000);
    hub.clock.set(at);
    try {
      const [soonHeader, ...soon] = await finishedExport({ format: 'CSV', supervision: { table: 'DUE_SOON' } });
      expect(soonHeader).toEqual(['责任单位编码', '责任单位', '事项', '期限', '依据', '事项编号', '到期时间', '已提醒时间']);
      const dueSoon = (await ask(ITEMS, { filter: { state: 'DUE_SOON' }, first: 100 })).supervisionItems.nodes;
      expect(dueSoon.map((i: any) => i.deadlineId)).toContain(ahead.deadlineId);
      const shanghai = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
      expect(soon.map((r) => [key(r[0], r[5], r[3]), r[6]]).sort()).toEqual(
        dueSoon.map((i: any) => [key(i.ownerUnitCode, i.itemId, i.kindName), shanghai(i.dueAt)]).sort(),
      );
      const day = shanghai(at.toISOString()).slice(0, 10);
      expect((await ask(REQUEST, { input: { format: 'CSV', supervision: { table: 'DUE_SOON' } } })).requestExport.title).toBe(
        `督查即将到期清单-${day}`,
      );
    } finally {
      hub.clock.set(NOW);
    }
  });

  it('runs a saved quarterly supervision report for the quarter just ended', async () => {
    const saved = await ask(SAVE, { input: { name: '督查季报', format: 'CSV', schedule: 'QUARTERLY', supervision: { table: 'RATES' } } });
    // Saved on 12 March: first run at 02:00 on 1 April in Shanghai, for Q1.
    expect(saved.saveReport).toMatchObject({ nextRunAt: '2026-03-31T18:00:00.000Z', supervision: { table: 'RATES' } });
    const runAt = new Date('2026-03-31T19:00:00Z');
    hub.clock.set(runAt);
    const report = await eventually(
      async () => (await ask(REPORTS, {})).savedReports.find((r: any) => r.id === saved.saveReport.id),
      (r: any) => r.runs.length === 1 && r.runs[0].status === 'DONE',
    );
    expect(report.runs[0]).toMatchObject({ periodFrom: '2026-01-01', periodTo: '2026-03-31' });
    const link = (await ask(DOWNLOAD, { id: report.runs[0].exportJobId })).exportDownloadUrl.url as string;
    const file: string[][] = parse(Buffer.from(await (await fetch(link)).arrayBuffer()), { bom: true });
    const rows = file.slice(1);
    // Every deadline due in Q1 is past due on 1 April: the open ones are late now.
    const raw = await rawRates(Q1_BOUNDS, runAt);
    expect(rows.map((r) => [r[0], r[1], Number(r[4]), Number(r[5]), Number(r[6])])).toEqual(
      raw.map((r) => ['2026-Q1', r.unit, r.due, r.on_time, r.late]),
    );
    expect(rows.every((r) => r[8] === '0')).toBe(true);
  });
});
