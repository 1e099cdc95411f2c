import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { ANHAI, MARKET, QINGYANG } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { exited, HubProcess } from '../utils/hub-process';
import { candidateIdNumber, searchAll } from '../utils/id-number-searches';
import { eventually } from '../utils/wait';
import { gqlAt, startHubProcessOn, startTestApp, TEST_JWT_SECRET, TestApp } from '../utils/test-app';

const QUOTA = 20;
const OFFICE = 'joint-meeting-office';
const JUSTICE = 'dept-justice';
const ALERT = 'security.idNumberSearchQuotaExceeded';
/** The person the enumeration is after: born 1990-02-15, the 45th date it tries. */
const TARGET = candidateIdNumber(45);
const SUBSCRIBE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;
const EVENTS = `query($id: ID!, $after: String) { events(subscriptionId: $id, after: $after, first: 100) { endCursor hasMore nodes { type subject source data } } }`;
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => candidateIdNumber(from + i));

describe('searches by ID number: hourly quota per caller, supervisors alerted, keyed audit (e2e)', () => {
  let hub: TestApp;
  let second: HubProcess;
  let town: string;
  let officer: string;
  let officerName: string;
  let feeds: Record<string, { key: string; id: string }>;

  /** Outcomes of one request's ID-number searches in the audit trail, once all of `total` have landed. */
  async function outcomes(requestId: string, total: number): Promise<Record<string, number>> {
    const rows = await eventually(
      () =>
        hub.sql<{ outcome: string; n: number }>(
          `SELECT outcome, count(*)::int AS n FROM audit_entry WHERE request_id = $1 AND operation LIKE '%.search.idNumber' GROUP BY outcome`,
          [requestId],
        ),
      (r) => r.reduce((sum, row) => sum + row.n, 0) >= total,
    );
    return Object.fromEntries(rows.map((r) => [r.outcome, r.n]));
  }

  /** The quota alerts a unit's feed holds, of one caller when `actorName` is given. */
  async function alertsIn(unitCode: string, actorName?: string): Promise<any[]> {
    const { key, id } = feeds[unitCode];
    const seen: any[] = [];
    let after = '0';
    for (;;) {
      const page = (await hub.gql(EVENTS, { id, after }, { credential: key })).data!.events;
      seen.push(...page.nodes.filter((e: any) => e.type === ALERT && (!actorName || e.data.actor.name === actorName)));
      after = page.endCursor;
      if (!page.hasMore) return seen;
    }
  }

  beforeAll(async () => {
    hub = await startTestApp({ ID_NUMBER_SEARCHES_PER_HOUR: String(QUOTA) });
    const admin = await hub.userToken([Role.ADMIN], OFFICE);
    await seed.matter(hub, admin);
    town = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ, ApiKeyScope.SUBSCRIBE]);
    await seed.penalty(hub, town, 1, { partyUscc: null, partyIdNumber: TARGET, partyName: '张三' });
    const market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
    await seed.licence(hub, market, 1, { holderUscc: null, holderIdNumber: TARGET, holderName: '张三' });
    officer = await hub.userToken([Role.OFFICER], ANHAI);
    officerName = (await hub.gql('{ viewer { name } }', {}, { credential: officer })).data!.viewer.name;
    // A supervisor at the justice bureau too: alerts go to every unit a supervisor works in.
    await hub.userToken([Role.SUPERVISOR], JUSTICE);
    feeds = {};
    for (const unitCode of [OFFICE, JUSTICE, ANHAI, QINGYANG]) {
      const key = unitCode === QINGYANG ? town : await hub.apiKey(unitCode, [ApiKeyScope.SUBSCRIBE]);
      const created = await hub.gql(
        SUBSCRIBE,
        { input: { unitCode, name: 'all', delivery: 'PULL', startFrom: 'BEGINNING' } },
        { credential: key },
      );
      expect(created.errors).toBeUndefined();
      feeds[unitCode] = { key, id: created.data!.createSubscription.subscription.id };
    }
  });
  afterAll(async () => {
    if (second) {
      second.child.kill('SIGTERM');
      await exited(second.child);
    }
    await hub.close();
  });

  it("cuts an officer's alias enumeration off at the quota, counting the aliases one by one", async () => {
    const first = await searchAll(hub.url, officer, range(0, 15), 'enum-1');
    expect(first.errors).toBeUndefined();
    expect(Object.values(first.data!).map((answer: any) => answer.nodes.length)).toEqual(Array(15).fill(0)); // 15 answers, each empty
    expect(await outcomes('enum-1', 15)).toEqual({ OK: 15 });

    // Six more: five still within the quota (16th…20th), the 21st refused.
    const more = await searchAll(hub.url, officer, range(15, 6), 'enum-2');
    expect(more.errors).toHaveLength(1);
    const refusal = more.errors![0];
    expect(refusal.extensions).toMatchObject({ code: 'RATE_LIMITED', field: 'partyIdNumber' });
    expect(refusal.message).toContain('身份证号');
    expect(await outcomes('enum-2', 6)).toEqual({ OK: 5, RATE_LIMITED: 1 });
    const [window] = await hub.sql(
      `SELECT window_start + interval '1 hour' AS resets FROM id_number_search_window WHERE actor_id = (SELECT id::text FROM user_account WHERE username = $1)`,
      [officerName],
    );
    expect(refusal.extensions!.resetsAt).toBe(new Date(window.resets).toISOString());

    // The rest of the enumeration, the target's birth date among it, finds nothing: every alias is refused.
    const rest = await searchAll(hub.url, officer, range(31, 15), 'enum-3');
    expect(rest.data).toBeNull();
    expect(rest.errors!.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']); // one refusal answers the request; the audit counts all 15
    expect(await outcomes('enum-3', 15)).toEqual({ RATE_LIMITED: 15 });
    expect(JSON.stringify(rest)).not.toContain(TARGET.slice(6, 14));
  });

  it('refuses the other ID-number searches of that officer too, each naming its own argument', async () => {
    const profile = await searchAll(hub.url, officer, [TARGET], 'profile-1', 'partyProfile');
    expect(profile.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'RATE_LIMITED', field: 'idNumber' })]);
    const licences = await searchAll(hub.url, officer, [TARGET], 'licences-1', 'licensingDecisions');
    expect(licences.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'RATE_LIMITED', field: 'holderIdNumber' })]);
    // Searching by name or USCC is not counted.
    const byName = await hub.gql(
      '{ penaltyDecisions(partyNameContains: "张三") { nodes { partyIdNumber masked } } }',
      {},
      { credential: officer },
    );
    expect(byName.data!.penaltyDecisions.nodes).toEqual([{ partyIdNumber: `3****************${TARGET.slice(-1)}`, masked: true }]);
  });

  it("alerts the supervisors' units exactly once per window, and no one else", async () => {
    for (const unitCode of [OFFICE, JUSTICE]) {
      const alerts = await alertsIn(unitCode);
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({
        source: `urn:jinjiang-hub:unit:${ANHAI}`,
        data: { actor: { name: officerName, unitCode: ANHAI }, quota: QUOTA, field: 'partyIdNumber' },
      });
      expect(JSON.stringify(alerts[0])).not.toContain(TARGET);
    }
    expect(await alertsIn(ANHAI)).toEqual([]);
    expect(await alertsIn(QINGYANG)).toEqual([]);
  });

  it('leaves another officer of the same unit, and supervisors, unaffected', async () => {
    const colleague = await hub.userToken([Role.OFFICER], ANHAI);
    const found = await searchAll(hub.url, colleague, [TARGET], 'colleague-1');
    expect(found.errors).toBeUndefined();
    expect(found.data!.a0.nodes).toEqual([{ partyIdNumber: `3****************${TARGET.slice(-1)}` }]);

    // Supervisors see every number in full already: not counted, still audited.
    const supervisor = await hub.userToken([Role.SUPERVISOR], OFFICE);
    for (const n of [1, 2]) {
      const answer = await searchAll(hub.url, supervisor, range(100 + 15 * n, 15), `supervisor-${n}`);
      expect(answer.errors).toBeUndefined();
    }
    expect(await outcomes('supervisor-1', 15)).toEqual({ OK: 15 });
    expect(await outcomes('supervisor-2', 15)).toEqual({ OK: 15 });
  });

  it('holds the count across hub processes sharing the database', async () => {
    second = await startHubProcessOn(hub, { ID_NUMBER_SEARCHES_PER_HOUR: String(QUOTA), HUB_DELIVERY_WORKER: 'false' });
    const other = await hub.userToken([Role.OFFICER], QINGYANG);
    const [here, there] = await Promise.all([
      searchAll(hub.url, other, range(200, 15), 'two-processes-a'),
      searchAll(second.url, other, range(215, 15), 'two-processes-b'),
    ]);
    expect([here, there].filter((r) => r.errors?.some((e) => e.extensions?.code === 'RATE_LIMITED'))).not.toHaveLength(0);
    const a = await outcomes('two-processes-a', 15);
    const b = await outcomes('two-processes-b', 15);
    expect((a.OK ?? 0) + (b.OK ?? 0)).toBe(QUOTA);
    expect((a.RATE_LIMITED ?? 0) + (b.RATE_LIMITED ?? 0)).toBe(30 - QUOTA);
    // Refused in both processes at once, announced once.
    const otherName = (await hub.gql('{ viewer { name } }', {}, { credential: other })).data!.viewer.name;
    expect(await alertsIn(OFFICE, otherName)).toHaveLength(1);
  });

  it('starts a new window after an hour, and alerts again only when that one runs out', async () => {
    // An hour passes on the hub's clock (it runs on, an hour ahead): the officer's window has ended.
    hub.clock.advance(3_600_000);
    const again = await searchAll(hub.url, officer, [TARGET], 'after-window');
    expect(again.errors).toBeUndefined();
    expect(again.data!.a0.nodes).toHaveLength(1);
    expect(await alertsIn(OFFICE, officerName)).toHaveLength(1);

    await searchAll(hub.url, officer, range(300, 15), 'window-2a');
    await outcomes('window-2a', 15);
    const over = await searchAll(hub.url, officer, range(315, 10), 'window-2b');
    expect(over.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(await outcomes('window-2b', 10)).toEqual({ OK: 4, RATE_LIMITED: 6 });
    const alerts = await alertsIn(OFFICE, officerName);
    expect(alerts).toHaveLength(2);
    expect(alerts[1].data.windowStart).not.toBe(alerts[0].data.windowStart);
  });

  it('audits each search by an HMAC under the hub secret, never the number or its plain SHA-256', async () => {
    const key = Buffer.from(hkdfSync('sha256', TEST_JWT_SECRET, 'jinjiang-hub', 'audit-id-number-search', 32));
    const expected = `hmac-sha256:${createHmac('sha256', key).update(TARGET).digest('hex')}`;
    const rows = await hub.sql(
      `SELECT target, outcome, request_id FROM audit_entry WHERE request_id IN ('colleague-1', 'after-window', 'profile-1', 'licences-1') ORDER BY id`,
    );
    expect(rows.map((r) => r.target)).toEqual([expected, expected, expected, expected]);
    expect(rows.map((r) => r.outcome).sort()).toEqual(['OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);

    const plain = createHash('sha256').update(TARGET).digest('hex');
    const leaks = await hub.sql(
      `SELECT count(*)::int AS n FROM audit_entry WHERE concat(target, details::text) LIKE '%' || $1 || '%' OR concat(target, details::text) LIKE '%' || $2 || '%'`,
      [plain.slice(0, 16), TARGET],
    );
    expect(leaks[0].n).toBe(0);
    // Nor does a second process with the same secret count differently: its rows carry the same HMAC.
    await gqlAt(
      second.url,
      `query($n: String) { partyProfile(idNumber: $n) { query } }`,
      { n: TARGET },
      { credential: await hub.userToken([Role.OFFICER], ANHAI), headers: { 'x-request-id': 'second-process' } },
    );
    const [fromSecond] = await eventually(
      () => hub.sql(`SELECT target FROM audit_entry WHERE request_id = 'second-process'`),
      (r) => r.length === 1,
    );
    expect(fromSecond.target).toBe(expected);
  });
});
