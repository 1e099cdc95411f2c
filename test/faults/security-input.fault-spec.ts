import { randomUUID } from 'node:crypto';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { ANHAI, FOOD_MATTER, licence, MARKET, penalty, PUBLISH_LICENCES, QINGYANG } from '../utils/fixtures';
import { exited, freePort, HubProcess } from '../utils/hub-process';
import { startHubProcessOn, startTestApp, TestApp } from '../utils/test-app';
import { recordAttacks } from './fault-figures';

/** What an attack got back: the first error's code and field, or OK. */
interface Answer {
  code: string;
  field: string | null;
}

interface Attack {
  name: string;
  expected: Answer;
  actual: Answer;
}

const refused = (field: string): Answer => ({ code: 'BAD_USER_INPUT', field });

/**
 * JSON nested `depth` levels, as text: built by hand, since JSON.stringify of such a value overflows
 * the test's own stack. Placed wherever a variable holds DEEP.
 */
const DEEP = '__deep_json__';
const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}{"leaf":1}${'}'.repeat(depth)}`;

/** The answer of one record of a batch, in the same shape as a whole request's. */
const recordAnswer = (result: { outcome: string; error: { code: string; field: string | null } | null }): Answer =>
  result.error ? { code: result.error.code, field: result.error.field } : { code: result.outcome, field: null };

const SUBSCRIBE = 'mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }';
const REPORT = 'mutation($input: SavedReportInput!) { saveReport(input: $input) { id } }';
const UNIT = 'mutation($input: CreateUnitInput!) { createUnit(input: $input) { code } }';
const USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
const KEY = 'mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret } }';
const REVOKE = 'mutation($id: ID!, $reason: String!) { revokeRecord(category: LICENSING, id: $id, reason: $reason) { version } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const KIND = 'mutation($input: OtherInfoKindInput!) { saveOtherInfoKind(input: $input) { code } }';
const SEARCH = 'query($text: String) { licensingDecisions(holderNameContains: $text) { nodes { id } } }';
const UNITS = 'query($text: String) { units(nameContains: $text) { nodes { code } } }';
const DECIDED = 'query($from: String, $to: String) { penaltyDecisions(decidedFrom: $from, decidedTo: $to) { nodes { id } } }';
const BATCH_RESULT = 'accepted results { index outcome error { code field message } }';
const PENALTIES = `mutation($records: [PenaltyDecisionInput!]!) { publishPenaltyDecisions(records: $records) { ${BATCH_RESULT} } }`;
const COMPLAINTS = `mutation($records: [ComplaintRecordInput!]!) { publishComplaintRecords(records: $records) { ${BATCH_RESULT} } }`;
const DEVICES = `mutation($records: [SurveillanceDeviceInput!]!) { publishSurveillanceDevices(records: $records) { ${BATCH_RESULT} } }`;
const OTHER = `mutation($records: [OtherEnforcementInfoInput!]!) { publishOtherEnforcementInfos(records: $records) { ${BATCH_RESULT} } }`;
const UPDATE_SUBSCRIPTION = 'mutation($input: UpdateSubscriptionInput!) { updateSubscription(input: $input) { id } }';

const complaint = (n: number, overrides: Record<string, unknown> = {}) => ({
  sourceId: `QY-TS-${n}`,
  channel: 'COMPLAINT',
  receivedAt: '2026-03-01T01:00:00Z',
  summary: `投诉${n}`,
  status: 'RECEIVED',
  ...overrides,
});
const device = (n: number, overrides: Record<string, unknown> = {}) => ({
  sourceId: `QY-CAM-${n}`,
  deviceCode: `CAM-${n}`,
  deviceKind: 'CAMERA',
  location: '青阳街道泉安中路',
  latitude: '24.81',
  longitude: '118.58',
  townshipCode: QINGYANG,
  status: 'ACTIVE',
  ...overrides,
});

/**
 * The security review's bad input, and two of its smaller findings, as attacks through the public API of
 * the built hub (its own process): NUL characters in every kind of argument, a lone surrogate in one
 * record of a batch, runaway JSON, impossible, reversed and far-future dates, blank names, coordinates
 * off the globe, a FORBIDDEN that would name another unit, and /metrics without its token. Each is
 * refused with its code and field, the valid records beside it kept, every refused mutation audited, the
 * process alive.
 */
describe('security: bad input refused at the edge (fault)', () => {
  let api: TestApp;
  let hub: HubProcess;
  let admin: string;
  let market: string;
  let qingyang: string;
  let anhaiLeader: string;

  beforeAll(async () => {
    api = await startTestApp({ HUB_DELIVERY_WORKER: 'false' });
    admin = await api.userToken([Role.ADMIN], 'joint-meeting-office');
    await api.gql(
      'mutation($input: DevolvedMatterInput!) { saveDevolvedMatter(input: $input) { code } }',
      { input: FOOD_MATTER },
      { credential: admin },
    );
    market = await api.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ, ApiKeyScope.SUBSCRIBE]);
    qingyang = await api.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ, ApiKeyScope.SUBSCRIBE]);
    anhaiLeader = await api.userToken([Role.LEADER], ANHAI);
    const schema = { type: 'object', properties: { note: { type: 'string' } } };
    await api.gql(KIND, { input: { code: 'hazard', name: '隐患', jsonSchema: schema } }, { credential: admin });
    hub = await startHubProcessOn(api, { HUB_DELIVERY_WORKER: 'false' });
  }, 120_000);
  afterAll(async () => {
    hub.child.kill('SIGTERM');
    await exited(hub.child);
    await api.close();
  });

  /** One call to the hub process; a mutation gets its own request id, to find its audit row by. */
  async function call(query: string, variables: Record<string, unknown>, credential: string | null, requestId = randomUUID()) {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-request-id': requestId };
    if (credential) headers.authorization = `Bearer ${credential}`;
    const body = JSON.stringify({ query, variables }).replaceAll(`"${DEEP}"`, deepJson(5000));
    const reply = await fetch(`${hub.url}/graphql`, { method: 'POST', headers, body });
    const response = (await reply.json()) as {
      data?: any;
      errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
    };
    const error = response.errors?.[0];
    const answer: Answer = error
      ? { code: error.extensions?.code ?? 'NONE', field: error.extensions?.field ?? null }
      : { code: 'OK', field: null };
    return { answer, response, requestId };
  }

  it('refuses NUL characters, lone surrogates and runaway JSON in every kind of argument, and audits each refusal', async () => {
    const attacks: Attack[] = [];
    const audited: Array<{ name: string; requestId: string }> = [];
    const attack = async (
      name: string,
      query: string,
      variables: Record<string, unknown>,
      credential: string | null,
      expected: Answer,
      mutation = true,
    ) => {
      const { answer, requestId } = await call(query, variables, credential);
      attacks.push({ name, expected, actual: answer });
      if (mutation) audited.push({ name, requestId });
    };
    const subscription = (name: string) => ({ unitCode: MARKET, name, delivery: 'PULL' });
    const ledger = { source: 'PENALTY', groupBy: ['TOWNSHIP'] };

    await attack('NUL in a subscription name', SUBSCRIBE, { input: subscription('feed\u0000') }, market, refused('input.name'));
    await attack('lone surrogate in a subscription name', SUBSCRIBE, { input: subscription('feed\uD800') }, market, refused('input.name'));
    await attack(
      'NUL in a report name',
      REPORT,
      { input: { name: '月报\u0000', ledger, format: 'CSV', schedule: 'MONTHLY' } },
      admin,
      refused('input.name'),
    );
    await attack(
      'NUL in a unit code',
      UNIT,
      { input: { code: 'x\u0000', name: '某单位', kind: 'DEPARTMENT' } },
      admin,
      refused('input.code'),
    );
    await attack(
      'NUL in a unit name',
      UNIT,
      { input: { code: 'dept-nul', name: '某\u0000单位', kind: 'DEPARTMENT' } },
      admin,
      refused('input.name'),
    );
    await attack(
      'NUL in a user name',
      USER,
      { input: { username: 'nul\u0000user', displayName: 'x', unitCode: QINGYANG, roles: ['OFFICER'], password: 'a-long-password-1' } },
      admin,
      refused('input.username'),
    );
    await attack(
      'NUL in a key name',
      KEY,
      { input: { unitCode: MARKET, name: 'key\u0000', scopes: ['READ'] } },
      admin,
      refused('input.name'),
    );
    await attack('NUL in a revoke reason', REVOKE, { id: randomUUID(), reason: '撤回\u0000原因' }, market, refused('reason'));
    await attack(
      'NUL in an unauthenticated login name',
      LOGIN,
      { input: { username: 'admin\u0000', password: 'whatever-it-is' } },
      null,
      refused('input.username'),
    );
    await attack(
      'NUL in an unauthenticated login password',
      LOGIN,
      { input: { username: 'someone', password: 'pw\u0000' } },
      null,
      refused('input.password'),
    );
    await attack(
      'NUL in a JSON key',
      KIND,
      { input: { code: 'nul-key', name: '类型', jsonSchema: { 'type\u0000': 'object' } } },
      admin,
      refused('input.jsonSchema.type\uFFFD'),
    );
    await attack(
      '5,000-deep JSON in a JSON argument',
      KIND,
      { input: { code: 'deep', name: '类型', jsonSchema: DEEP } },
      admin,
      refused('input.jsonSchema'),
    );
    await attack('NUL in search text', SEARCH, { text: '华丰\u0000' }, market, refused('holderNameContains'), false);
    await attack('lone surrogate in search text', UNITS, { text: '\uDC00青阳' }, market, refused('nameContains'), false);

    // In a batch, only the bad record is refused: a lone surrogate, a NUL, runaway JSON.
    const licences = (
      await call(PUBLISH_LICENCES, { records: [licence(1), licence(2, { holderName: '华丰\uD800五金店' }), licence(3)] }, market)
    ).response.data!.publishLicensingDecisions;
    const otherCall = (
      await call(
        OTHER,
        {
          records: [
            { sourceId: 'YH-1', kindCode: 'hazard', title: '消防通道堵塞', payload: { note: '泉安中路88号' } },
            { sourceId: 'YH-2', kindCode: 'hazard', title: '深层', payload: DEEP },
            { sourceId: 'YH-3', kindCode: 'hazard', title: '标题\u0000', payload: {} },
          ],
        },
        qingyang,
      )
    ).response;
    if (!otherCall.data) throw new Error(JSON.stringify(otherCall.errors));
    const others = otherCall.data.publishOtherEnforcementInfos;
    const batchAnswers = [...licences.results, ...others.results].map(recordAnswer);
    const batchExpected: Answer[] = [
      { code: 'CREATED', field: null },
      refused('holderName'),
      { code: 'CREATED', field: null },
      { code: 'CREATED', field: null },
      refused('payload'),
      refused('title'),
    ];
    [1, 4, 5].forEach((i) => attacks.push({ name: `batch record ${i}`, expected: batchExpected[i], actual: batchAnswers[i] }));
    expect(batchAnswers).toEqual(batchExpected);

    const mishandled = attacks.filter((a) => JSON.stringify(a.actual) !== JSON.stringify(a.expected));
    recordAttacks('security: NUL, surrogates, deep JSON', { tried: attacks.length, mishandled: mishandled.length });
    expect(attacks.map((a) => [a.name, a.actual])).toEqual(attacks.map((a) => [a.name, a.expected]));

    // Every refused mutation left its audit row with the code it answered (the text made storable).
    const rows = await api.sql<{ request_id: string; outcome: string; target: string | null }>(
      'SELECT request_id, outcome, target FROM audit_entry WHERE request_id = ANY($1)',
      [audited.map((a) => a.requestId)],
    );
    expect(audited.map((a) => [a.name, rows.find((r) => r.request_id === a.requestId)?.outcome ?? 'NOT AUDITED'])).toEqual(
      audited.map((a) => [a.name, 'BAD_USER_INPUT']),
    );
    expect(rows.find((r) => r.request_id === audited.find((a) => a.name === 'NUL in a report name')!.requestId)?.target).toBe('月报\uFFFD');
  }, 120_000);

  it('refuses impossible, reversed, far-future and floor-less dates, blank names and coordinates off the globe, keeping the valid records', async () => {
    const complaints = (
      await call(
        COMPLAINTS,
        {
          records: [
            complaint(1),
            complaint(2, { receivedAt: '2026-04-31T10:00:00Z' }),
            complaint(3, { receivedAt: '2026-03-02T00:00:00Z', closedAt: '2026-03-01T00:00:00Z', status: 'CLOSED' }),
            complaint(4, { receivedAt: '9999-01-01T00:00:00Z' }),
            complaint(5, { summary: '\u200B\u200C\uFEFF' }),
          ],
        },
        qingyang,
      )
    ).response.data!.publishComplaintRecords;
    const licences = (
      await call(
        PUBLISH_LICENCES,
        {
          records: [
            licence(11),
            licence(12, { validFrom: '2026-02-01', validTo: '2026-01-01' }),
            licence(13, { decisionDate: '2099-01-01' }),
            licence(14, { validTo: '9999-12-31' }),
            licence(15, { decisionDate: '1900-01-01' }),
            licence(16, { holderName: '   ' }),
            licence(17, { holderName: '\u3000\u200B' }),
          ],
        },
        market,
      )
    ).response.data!.publishLicensingDecisions;
    const penalties = (await call(PENALTIES, { records: [penalty(21), penalty(22, { decisionDate: '2099-06-01' })] }, qingyang)).response
      .data!.publishPenaltyDecisions;
    const devices = (
      await call(DEVICES, { records: [device(31), device(32, { latitude: '91' }), device(33, { longitude: '-181' })] }, qingyang)
    ).response.data!.publishSurveillanceDevices;

    const answers = [...complaints.results, ...licences.results, ...penalties.results, ...devices.results].map(recordAnswer);
    const ok = { code: 'CREATED', field: null };
    const expected: Answer[] = [
      ok,
      refused('receivedAt'),
      refused('closedAt'),
      refused('receivedAt'),
      refused('summary'),
      ok,
      refused('validTo'),
      refused('decisionDate'),
      refused('validTo'),
      refused('decisionDate'),
      refused('holderName'),
      refused('holderName'),
      ok,
      refused('decisionDate'),
      ok,
      refused('latitude'),
      refused('longitude'),
    ];
    const reversedFilter = (await call(DECIDED, { from: '2026-03-01', to: '2026-02-01' }, qingyang)).answer;
    const blankUnit = (await call(UNIT, { input: { code: 'dept-blank', name: '\u3000\u3000', kind: 'DEPARTMENT' } }, admin)).answer;
    const attacks = [
      ...answers.map((actual, i) => ({ actual, expected: expected[i] })).filter((a) => a.expected.code !== 'CREATED'),
      { actual: reversedFilter, expected: refused('decidedTo') },
      { actual: blankUnit, expected: refused('input.name') },
    ];
    const mishandled = attacks.filter((a) => JSON.stringify(a.actual) !== JSON.stringify(a.expected)).length;
    recordAttacks('security: dates, orderings, names, coordinates', { tried: attacks.length, mishandled });
    expect(answers).toEqual(expected);
    expect(attacks.slice(-2).map((a) => a.actual)).toEqual([refused('decidedTo'), refused('input.name')]);
    expect(mishandled).toBe(0);

    // Nothing of a refused record was stored; 31 April did not become 1 May.
    expect((await api.sql(`SELECT count(*)::int AS n FROM complaint_record WHERE source_id = 'QY-TS-2'`))[0].n).toBe(0);
    expect((await api.sql(`SELECT count(*)::int AS n FROM licensing_decision WHERE source_id LIKE 'SCJG-2026-1_'`))[0].n).toBe(1);
  }, 120_000);

  it("answers FORBIDDEN for another unit's resource without naming the unit that owns it", async () => {
    const created = await call(SUBSCRIBE, { input: { unitCode: MARKET, name: 'market-feed', delivery: 'PULL' } }, market);
    const id = created.response.data!.createSubscription.subscription.id as string;
    const stranger = await call(UPDATE_SUBSCRIPTION, { input: { id, active: false } }, anhaiLeader);
    const error = stranger.response.errors?.[0];
    const attacks = [{ actual: stranger.answer.code, expected: 'FORBIDDEN', leaks: error?.message.includes(MARKET) ?? true }];
    const mishandled = attacks.filter((a) => a.actual !== a.expected || a.leaks).length;
    recordAttacks('security: FORBIDDEN names no owner', { tried: attacks.length, mishandled });
    expect(stranger.answer.code).toBe('FORBIDDEN');
    expect(error?.message).not.toContain(MARKET);
    expect(error?.message).toContain(ANHAI);
    expect(mishandled).toBe(0);
  });

  it('serves /metrics only with its token, or only on its own port, while /health stays open; and the hub is still alive', async () => {
    const token = `metrics-${randomUUID()}`;
    const tokenHub = await startHubProcessOn(api, { HUB_DELIVERY_WORKER: 'false', METRICS_TOKEN: token });
    const metricsPort = await freePort();
    const portHub = await startHubProcessOn(api, { HUB_DELIVERY_WORKER: 'false', METRICS_PORT: String(metricsPort) });
    try {
      const status = async (url: string, headers: Record<string, string> = {}) => (await fetch(url, { headers })).status;
      const attacks = [
        { name: 'no token', actual: await status(`${tokenHub.url}/metrics`), expected: 401 },
        { name: 'wrong token', actual: await status(`${tokenHub.url}/metrics`, { authorization: `Bearer ${token}x` }), expected: 401 },
        { name: 'token without Bearer', actual: await status(`${tokenHub.url}/metrics`, { authorization: token }), expected: 401 },
        { name: 'API port when METRICS_PORT is set', actual: await status(`${portHub.url}/metrics`), expected: 404 },
      ];
      const mishandled = attacks.filter((a) => a.actual !== a.expected).length;
      recordAttacks('security: /metrics', { tried: attacks.length, mishandled });
      expect(attacks.map((a) => [a.name, a.actual])).toEqual(attacks.map((a) => [a.name, a.expected]));

      const scraped = await fetch(`${tokenHub.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('process_cpu_user_seconds_total');
      const ownPort = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(ownPort.status).toBe(200);
      expect(await ownPort.text()).toContain('process_cpu_user_seconds_total');
      expect(portHub.output()).toContain(`Metrics:     http://127.0.0.1:${metricsPort}/metrics`);
      for (const url of [tokenHub.url, portHub.url, hub.url]) expect(await status(`${url}/health`)).toBe(200);
    } finally {
      tokenHub.child.kill('SIGTERM');
      portHub.child.kill('SIGTERM');
      await Promise.all([exited(tokenHub.child), exited(portHub.child)]);
    }

    // The hub took every attack of this file and still answers.
    expect(hub.child.exitCode).toBeNull();
    expect((await call('{ viewer { unitCode } }', {}, market)).response.data!.viewer.unitCode).toBe(MARKET);
  }, 180_000);
});
