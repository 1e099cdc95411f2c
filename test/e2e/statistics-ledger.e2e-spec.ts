import { ApiKeyScope, Role } from '@hub/shared-schema';
import { ANHAI, FOOD_MATTER, licence, MARKET, PUBLISH_LICENCES, QINGYANG, residentId, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';

const LEDGER = `query($source: LedgerSource!, $groupBy: [LedgerDimension!], $period: LedgerPeriod, $measures: [LedgerMeasure!], $filter: LedgerFilterInput) {
  ledger(source: $source, groupBy: $groupBy, period: $period, measures: $measures, filter: $filter) { headers rows { keys labels values } totals } }`;
const NATURAL = 'dept-natural-resources';
const MONTHS = ['2026-01-15', '2026-02-03', '2026-02-28', '2026-03-31', '2026-04-01', '2026-07-09'];

/** Deterministic variety: every grouping below has several groups. */
const pick = <T>(list: readonly T[], n: number) => list[n % list.length];

describe('statistics ledgers computed in PostgreSQL (e2e)', () => {
  let hub: TestApp;
  let statistician: string;
  const ask = async (variables: Record<string, unknown>) => {
    const answer = await hub.gql(LEDGER, variables, { credential: statistician });
    expect(answer.errors).toBeUndefined();
    return answer.data!.ledger as {
      headers: string[];
      rows: Array<{ keys: Array<string | null>; labels: Array<string | null>; values: string[] }>;
      totals: string[];
    };
  };

  beforeAll(async () => {
    hub = await startTestApp();
    const admin = await seed.foodMatter(hub);
    await seed.matter(hub, admin, { code: 'ZRZY-001', name: '非法占用土地建房处罚', sourceDepartmentCode: NATURAL });
    statistician = await hub.userToken([Role.STATISTICIAN], 'dept-justice');

    const market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
    const natural = await hub.apiKey(NATURAL, [ApiKeyScope.PUBLISH]);
    for (const [key, prefix] of [
      [market, 'M'],
      [natural, 'N'],
    ] as const) {
      const records = Array.from({ length: 30 }, (_, i) =>
        licence(i + (prefix === 'M' ? 0 : 100), {
          sourceId: `${prefix}-${i}`,
          kind: pick(['LICENCE', 'FILING', 'CONFIRMATION'], i),
          townshipCode: pick([QINGYANG, ANHAI], i),
          decisionDate: pick(MONTHS, i),
          status: pick(['VALID', 'VALID', 'SUSPENDED'], i),
          validTo: i % 5 === 0 ? '2025-12-31' : '2029-12-31',
          matterCode: prefix === 'M' ? FOOD_MATTER.code : 'ZRZY-001',
        }),
      );
      expect((await hub.gql(PUBLISH_LICENCES, { records }, { credential: key })).data?.publishLicensingDecisions.accepted).toBe(30);
    }

    for (const town of [QINGYANG, ANHAI]) {
      const key = await hub.apiKey(town, [ApiKeyScope.PUBLISH]);
      const penalties = Array.from({ length: 25 }, (_, i) => ({
        sourceId: `${town}-P-${i}`,
        measureKind: 'PENALTY',
        decisionNumber: `晋综执罚〔2026〕${i}号`,
        partyName: `店${i}`,
        partyUscc: uscc(200 + i),
        matterCode: FOOD_MATTER.code,
        facts: '超范围经营',
        legalBasis: '《食品安全法》',
        penaltyKinds: ['罚款'],
        fineAmount: String(1000 + i * 250.5),
        decisionDate: pick(MONTHS, i),
        executionStatus: pick(['PENDING', 'EXECUTED'], i),
      }));
      const published = await hub.gql(
        `mutation($records: [PenaltyDecisionInput!]!) { publishPenaltyDecisions(records: $records) { accepted } }`,
        { records: penalties },
        { credential: key },
      );
      expect(published.data?.publishPenaltyDecisions.accepted).toBe(25);
      const complaints = Array.from({ length: 20 }, (_, i) => ({
        sourceId: `${town}-C-${i}`,
        channel: pick(['REPORT', 'COMPLAINT', 'APPEAL'], i),
        receivedAt: `${pick(MONTHS, i)}T01:00:00Z`,
        reporterName: '王小明',
        reporterPhone: '13905951234',
        reporterIdNumber: residentId(i),
        summary: '投诉',
        // §4(2): a complaint is published RECEIVED; the workflow closes it (below).
        status: 'RECEIVED',
        townshipCode: town,
      }));
      const received = await hub.gql(
        `mutation($records: [ComplaintRecordInput!]!) { publishComplaintRecords(records: $records) { accepted results { id error { field message } } } }`,
        { records: complaints },
        { credential: key },
      );
      expect(received.data?.publishComplaintRecords.accepted).toBe(20);
      // Every other one closed (not our function) at its own time, so the handling times differ.
      for (const [i, { id }] of (received.data!.publishComplaintRecords.results as Array<{ id: string }>).entries()) {
        if (!(i % 2)) continue;
        hub.clock.set(`${pick(MONTHS, i)}T0${1 + (i % 8)}:00:00Z`);
        const closed = await hub.gql(
          `mutation($input: RedirectComplaintInput!) { redirectComplaint(input: $input) { status } }`,
          { input: { id, directedTo: '12345热线' } },
          { credential: key },
        );
        expect(closed.data?.redirectComplaint.status).toBe('CLOSED');
      }
      hub.clock.reset();
    }
    // A revoked penalty is out of the ledgers, as it is out of the record queries.
    const [row] = await hub.sql(`SELECT id FROM penalty_decision WHERE source_id = $1`, [`${QINGYANG}-P-0`]);
    await hub.gql(
      'mutation($id: ID!) { revokeRecord(category: PENALTY, id: $id, reason: "录入错误") { version } }',
      { id: row.id },
      { credential: await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH]) },
    );
    // 170 records and 20 complaint workflow actions, one request after another: about 2 s alone, but a
    // fresh clone's first minutes (cold TypeScript cache, every worker starting its hub) once took it past
    // the default 30 s.
  }, 120_000);
  afterAll(() => hub.close());

  it('penalties and fine totals per township per month equal an independent SQL count', async () => {
    const ledger = await ask({ source: 'PENALTY', groupBy: ['TOWNSHIP'], period: 'MONTH', measures: ['COUNT', 'FINE_TOTAL'] });
    expect(ledger.headers).toEqual(['镇街', '月份', '件数', '罚款金额（元）']);
    const expected =
      await hub.sql(`SELECT township_code, to_char(decision_date, 'YYYY-MM') AS month, count(*)::text AS n, sum(fine_amount)::text AS fines
      FROM penalty_decision WHERE revoked_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(ledger.rows.map((r) => [...r.keys, ...r.values])).toEqual(expected.map((e) => [e.township_code, e.month, e.n, e.fines]));
    expect(ledger.rows.find((r) => r.keys[0] === QINGYANG)!.labels[0]).toBe('青阳街道');
    const [total] = await hub.sql(
      `SELECT count(*)::text AS n, sum(fine_amount)::text AS fines FROM penalty_decision WHERE revoked_at IS NULL`,
    );
    expect(ledger.totals).toEqual([total.n, total.fines]);
    expect(total.n).toBe('49');
  });

  it('totals a ledger whose filter matches nothing as a count of 0 and no fines', async () => {
    const empty = await ask({
      source: 'PENALTY',
      groupBy: ['TOWNSHIP'],
      period: 'MONTH',
      measures: ['COUNT', 'FINE_TOTAL'],
      filter: { from: '1990-01-01', to: '1990-12-31' },
    });
    expect(empty.rows).toEqual([]);
    expect(empty.totals).toEqual(['0', null]);
  });

  it('licensing decisions per department per quarter by kind, with EXPIRED derived as the queries derive it', async () => {
    const ledger = await ask({ source: 'LICENSING', groupBy: ['UNIT', 'KIND'], period: 'QUARTER' });
    const expected = await hub.sql(`SELECT publisher_code, kind, to_char(decision_date, 'YYYY-"Q"Q') AS q, count(*)::text AS n
      FROM licensing_decision WHERE revoked_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
    expect(ledger.rows.map((r) => [...r.keys, ...r.values])).toEqual(expected.map((e) => [e.publisher_code, e.kind, e.q, e.n]));
    expect(ledger.rows.some((r) => r.keys[2] === '2026-Q3')).toBe(true);

    const byStatus = await ask({ source: 'LICENSING', groupBy: ['STATUS'] });
    const expired = byStatus.rows.find((r) => r.keys[0] === 'EXPIRED')!;
    // Status and kind codes are labelled with their Chinese names, as exports show them.
    expect(Object.fromEntries(byStatus.rows.map((r) => [r.keys[0], r.labels[0]]))).toEqual({
      EXPIRED: '已过期',
      SUSPENDED: '暂扣/中止',
      VALID: '有效',
    });
    expect(new Set(ledger.rows.map((r) => `${r.keys[1]}:${r.labels[1]}`))).toEqual(
      new Set(['CONFIRMATION:行政确认', 'FILING:备案登记', 'LICENCE:行政许可']),
    );
    expect(ledger.rows.every((r) => r.labels[0] !== null && r.labels[2] === null)).toBe(true); // unit names; a period has none
    const listed = await hub.gql(
      'query { licensingDecisions(status: EXPIRED, first: 100) { nodes { id } } }',
      {},
      { credential: statistician },
    );
    expect(expired.values[0]).toBe(String(listed.data!.licensingDecisions.nodes.length));
  });

  it('complaints by channel and status with median handling time', async () => {
    const ledger = await ask({ source: 'COMPLAINT', groupBy: ['CHANNEL', 'STATUS'], measures: ['COUNT', 'MEDIAN_HANDLING_DAYS'] });
    const expected = await hub.sql(`SELECT channel, status, count(*)::text AS n,
        round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - received_at) / 86400))::numeric, 2)::text AS median
      FROM complaint_record WHERE revoked_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(ledger.rows.map((r) => [...r.keys, ...r.values])).toEqual(expected.map((e) => [e.channel, e.status, e.n, e.median]));
    const names = { REPORT: '举报', COMPLAINT: '投诉', APPEAL: '申诉', RECEIVED: '已受理', CLOSED: '已办结' } as Record<string, string>;
    expect(ledger.rows.map((r) => r.labels)).toEqual(ledger.rows.map((r) => r.keys.map((k) => names[k!])));
    expect(ledger.rows.some((r) => r.values[1] !== null)).toBe(true);
  });

  it('every grouping of every source totals what an independent SQL count finds', async () => {
    const cases: Array<[string, string[], string, string]> = [
      ['PENALTY', ['TOWNSHIP'], 'penalty_decision', 'township_code'],
      ['PENALTY', ['UNIT'], 'penalty_decision', 'publisher_code'],
      ['PENALTY', ['MATTER'], 'penalty_decision', 'matter_code'],
      ['PENALTY', ['STATUS'], 'penalty_decision', 'execution_status'],
      ['PENALTY', ['KIND'], 'penalty_decision', 'measure_kind'],
      ['LICENSING', ['TOWNSHIP'], 'licensing_decision', 'township_code'],
      ['LICENSING', ['MATTER'], 'licensing_decision', 'matter_code'],
      ['COMPLAINT', ['TOWNSHIP'], 'complaint_record', 'township_code'],
      ['COMPLAINT', ['HANDLING_UNIT'], 'complaint_record', 'handling_unit_code'],
    ];
    for (const [source, groupBy, table, column] of cases) {
      const ledger = await ask({ source, groupBy });
      const expected = await hub.sql(
        `SELECT ${column} AS k, count(*)::text AS n FROM ${table} WHERE revoked_at IS NULL GROUP BY 1 ORDER BY 1 NULLS LAST`,
      );
      expect([source, groupBy, ledger.rows.map((r) => [r.keys[0], r.values[0]])]).toEqual([
        source,
        groupBy,
        expected.map((e) => [e.k, e.n]),
      ]);
      const sum = ledger.rows.reduce((acc, r) => acc + Number(r.values[0]), 0);
      expect(String(sum)).toBe(ledger.totals[0]);
    }
    for (const period of ['DAY', 'MONTH', 'QUARTER', 'YEAR']) {
      const ledger = await ask({ source: 'PENALTY', period });
      expect(ledger.rows.reduce((acc, r) => acc + Number(r.values[0]), 0)).toBe(49);
    }
  });

  it('counts every category together by category and township, and filters like the record queries', async () => {
    const all = await ask({ source: 'ALL', groupBy: ['CATEGORY'] });
    expect(Object.fromEntries(all.rows.map((r) => [r.keys[0], r.values[0]]))).toEqual({ COMPLAINT: '40', LICENSING: '60', PENALTY: '49' });
    expect(Object.fromEntries(all.rows.map((r) => [r.keys[0], r.labels[0]]))).toEqual({
      COMPLAINT: '举报投诉',
      LICENSING: '许可信息',
      PENALTY: '处罚信息',
    });
    const filtered = await ask({
      source: 'PENALTY',
      groupBy: ['TOWNSHIP'],
      filter: { from: '2026-02-01', to: '2026-03-31', townshipCodes: [ANHAI] },
    });
    const [expected] = await hub.sql(
      `SELECT count(*)::text AS n FROM penalty_decision WHERE revoked_at IS NULL AND township_code = $1 AND decision_date BETWEEN '2026-02-01' AND '2026-03-31'`,
      [ANHAI],
    );
    expect(filtered.rows).toEqual([{ keys: [ANHAI], labels: ['安海镇'], values: [expected.n] }]);
    const withRevoked = await ask({ source: 'PENALTY', filter: { includeRevoked: true } });
    expect(withRevoked.totals).toEqual(['50']);
  });

  it('answers through `statistics` exactly what the deprecated `ledger` answers', async () => {
    const STATISTICS = `query($source: LedgerSource!, $groupBy: [LedgerDimension!], $period: LedgerPeriod, $measures: [LedgerMeasure!]) {
      statistics(source: $source, groupBy: $groupBy, period: $period, measures: $measures) { headers rows { keys labels values } totals } }`;
    const variables = { source: 'PENALTY', groupBy: ['TOWNSHIP'], period: 'MONTH', measures: ['COUNT', 'FINE_TOTAL'] };
    const answer = await hub.gql(STATISTICS, variables, { credential: statistician });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.statistics).toEqual(await ask(variables));
    expect((answer.data!.statistics as { totals: string[] }).totals[0]).toBe('49');
  });
  it('refuses what a source cannot answer, naming the argument', async () => {
    const error = async (variables: Record<string, unknown>) =>
      onlyError(await hub.gql(LEDGER, variables, { credential: statistician })).extensions;
    expect(await error({ source: 'LICENSING', measures: ['FINE_TOTAL'] })).toEqual({ code: 'BAD_USER_INPUT', field: 'measures' });
    expect(await error({ source: 'NORMATIVE', groupBy: ['TOWNSHIP'] })).toEqual({ code: 'BAD_USER_INPUT', field: 'groupBy' });
    expect(await error({ source: 'PENALTY', groupBy: ['CATEGORY'] })).toEqual({ code: 'BAD_USER_INPUT', field: 'groupBy' });
    expect(await error({ source: 'ALL', measures: ['FINE_TOTAL'] })).toEqual({ code: 'BAD_USER_INPUT', field: 'measures' });
    expect(await error({ source: 'PENALTY', groupBy: ['TOWNSHIP', 'TOWNSHIP'] })).toEqual({ code: 'BAD_USER_INPUT', field: 'groupBy' });
    expect(await error({ source: 'PENALTY', filter: { from: '2026-02-30' } })).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.from' });
  });
});
