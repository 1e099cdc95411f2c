import { createHash } from 'node:crypto';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { FOOD_MATTER, licence, MARKET, QINGYANG, residentId, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';

const PUBLISH = `mutation($input: LicensingDecisionInput!) { publishLicensingDecision(input: $input) { outcome id version error { code } } }`;
const BATCH = `mutation($records: [LicensingDecisionInput!]!) { publishLicensingDecisions(records: $records) {
  accepted rejected results { index sourceId outcome id version error { code field message } } } }`;
const LIST = `query($a: Int, $after: String, $publisherCode: String, $townshipCode: String, $holderUscc: String, $holderIdNumber: String,
  $holderNameContains: String, $matterCode: String, $status: LicenceStatus, $decidedFrom: String, $decidedTo: String, $includeRevoked: Boolean) {
  licensingDecisions(first: $a, after: $after, publisherCode: $publisherCode, townshipCode: $townshipCode, holderUscc: $holderUscc,
    holderIdNumber: $holderIdNumber, holderNameContains: $holderNameContains, matterCode: $matterCode, status: $status,
    decidedFrom: $decidedFrom, decidedTo: $decidedTo, includeRevoked: $includeRevoked) {
    nodes { id sourceId version status holderName holderUscc holderIdNumber holderPhone masked revokedAt }
    pageInfo { endCursor hasNextPage } } }`;

describe('licensing decisions (e2e)', () => {
  let hub: TestApp;
  let market: string; // the department system's API key
  let officer: string; // a town officer
  let supervisor: string;
  beforeAll(async () => {
    hub = await startTestApp();
    await seed.foodMatter(hub);
    market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    officer = await hub.userToken([Role.OFFICER], QINGYANG);
    supervisor = await hub.userToken([Role.SUPERVISOR], 'joint-meeting-office');
  });
  afterAll(() => hub.close());

  it('publishes, ignores an unchanged resend, versions a revision, and keeps the history', async () => {
    const first = await hub.gql(PUBLISH, { input: licence(1) }, { credential: market });
    expect(first.data?.publishLicensingDecision).toMatchObject({ outcome: 'CREATED', version: 1, error: null });
    const id = first.data!.publishLicensingDecision.id;
    expect((await hub.gql(PUBLISH, { input: licence(1) }, { credential: market })).data?.publishLicensingDecision).toMatchObject({
      outcome: 'UNCHANGED',
      id,
      version: 1,
    });
    expect(
      (await hub.gql(PUBLISH, { input: licence(1, { status: 'SUSPENDED' }) }, { credential: market })).data?.publishLicensingDecision,
    ).toMatchObject({ outcome: 'REVISED', id, version: 2 });

    const history = await hub.gql(
      'query($id: ID!) { recordHistory(category: LICENSING, id: $id) { version change content } }',
      { id },
      { credential: officer },
    );
    expect(history.data?.recordHistory.map((v: any) => [v.version, v.change, v.content.status])).toEqual([
      [1, 'PUBLISHED', 'VALID'],
      [2, 'REVISED', 'SUSPENDED'],
    ]);
    const events = await hub.sql('SELECT type FROM change_event WHERE subject = $1 ORDER BY position', [id]);
    expect(events.map((e) => e.type)).toEqual(['licensing.published', 'licensing.revised']);
  });

  it('revokes with a reason, never deleting, and hides revoked records unless asked', async () => {
    const { id } = (await hub.gql(PUBLISH, { input: licence(2) }, { credential: market })).data!.publishLicensingDecision;
    const revoked = await hub.gql(
      'mutation($id: ID!) { revokeRecord(category: LICENSING, id: $id, reason: "录入错误") { version change } }',
      { id },
      { credential: market },
    );
    expect(revoked.data?.revokeRecord).toEqual({ version: 2, change: 'REVOKED' });
    expect((await hub.gql(LIST, { holderUscc: uscc(2) }, { credential: officer })).data?.licensingDecisions.nodes).toEqual([]);
    const withRevoked = await hub.gql(LIST, { holderUscc: uscc(2), includeRevoked: true }, { credential: officer });
    expect(withRevoked.data?.licensingDecisions.nodes[0]).toMatchObject({ id, revokedAt: expect.any(String) });
    const again = await hub.gql(
      'mutation($id: ID!) { revokeRecord(category: LICENSING, id: $id, reason: "再次") { version } }',
      { id },
      { credential: market },
    );
    expect(onlyError(again).extensions?.code).toBe('CONFLICT');
    const events = await hub.sql('SELECT type FROM change_event WHERE subject = $1 ORDER BY position', [id]);
    expect(events.map((e) => e.type)).toEqual(['licensing.published', 'licensing.revoked']);
  });

  it('lets only departments publish licences, each for itself', async () => {
    const townKey = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH]);
    expect(onlyError(await hub.gql(PUBLISH, { input: licence(3) }, { credential: townKey })).extensions?.code).toBe('FORBIDDEN');
    const readOnly = await hub.apiKey(MARKET, [ApiKeyScope.READ]);
    expect(onlyError(await hub.gql(PUBLISH, { input: licence(3) }, { credential: readOnly })).extensions?.code).toBe('FORBIDDEN');
    // Another department cannot revoke the market regulator's record.
    const { id } = (await hub.gql(PUBLISH, { input: licence(3) }, { credential: market })).data!.publishLicensingDecision;
    const health = await hub.apiKey('dept-health', [ApiKeyScope.PUBLISH]);
    const refused = await hub.gql(
      'mutation($id: ID!) { revokeRecord(category: LICENSING, id: $id, reason: "不是我的") { version } }',
      { id },
      { credential: health },
    );
    expect(onlyError(refused).extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects bad fields precisely', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ holderUscc: uscc(4).slice(0, 17) + (uscc(4).endsWith('0') ? '1' : '0') }, 'BAD_USER_INPUT', 'input.holderUscc'],
      [{ holderUscc: null, holderIdNumber: '350582199001011230' }, 'BAD_USER_INPUT', 'input.holderIdNumber'],
      [{ townshipCode: '350582999' }, 'BAD_USER_INPUT', 'input.townshipCode'],
      [{ validTo: '2023-12-31' }, 'BAD_USER_INPUT', 'input.validTo'],
      [{ validFrom: '2024-02-30' }, 'BAD_USER_INPUT', 'input.validFrom'],
      [{ matterCode: 'NO-SUCH' }, 'NOT_FOUND', 'input.matterCode'],
      [{ holderUscc: null }, 'BAD_USER_INPUT', 'input.holderUscc'],
    ];
    for (const [overrides, code, field] of cases) {
      const response = await hub.gql(PUBLISH, { input: licence(4, overrides) }, { credential: market });
      expect([overrides, onlyError(response).extensions]).toEqual([overrides, { code, field }]);
    }
  });

  it('keeps the 990 valid records of a batch of 1,000 with 10 invalid, and a retry creates nothing', async () => {
    const records = Array.from({ length: 1000 }, (_, i) => licence(1000 + i, { sourceId: `BATCH-${i}` }));
    const bad = [3, 97, 150, 222, 400, 401, 555, 700, 888, 999];
    bad.forEach((i, k) => {
      records[i] = k % 2 ? { ...records[i], holderUscc: 'NOTAUSCC000000000' } : { ...records[i], matterCode: 'NO-SUCH' };
    });
    const first = (await hub.gql(BATCH, { records }, { credential: market })).data!.publishLicensingDecisions;
    expect([first.accepted, first.rejected]).toEqual([990, 10]);
    const rejected = first.results.filter((r: any) => r.outcome === 'REJECTED');
    expect(rejected.map((r: any) => r.index)).toEqual(bad);
    expect(rejected.map((r: any) => r.error.field)).toEqual(bad.map((_, k) => (k % 2 ? 'holderUscc' : 'matterCode')));
    const [{ count }] = await hub.sql(`SELECT count(*)::int AS count FROM licensing_decision WHERE source_id LIKE 'BATCH-%'`);
    expect(count).toBe(990);

    const withNul = (
      await hub.gql(
        BATCH,
        { records: [licence(2999, { sourceId: 'NUL-1', holderName: 'bad\u0000name' }), licence(2998, { sourceId: 'NUL-2' })] },
        { credential: market },
      )
    ).data!.publishLicensingDecisions;
    expect(withNul.results.map((r: any) => [r.outcome, r.error?.field ?? null])).toEqual([
      ['REJECTED', 'holderName'],
      ['CREATED', null],
    ]);

    const retry = (await hub.gql(BATCH, { records }, { credential: market })).data!.publishLicensingDecisions;
    expect(retry.results.filter((r: any) => r.outcome === 'UNCHANGED')).toHaveLength(990);
    const [{ after }] = await hub.sql(`SELECT count(*)::int AS after FROM licensing_decision WHERE source_id LIKE 'BATCH-%'`);
    const [{ events }] = await hub.sql(
      `SELECT count(*)::int AS events FROM change_event e JOIN licensing_decision l ON l.id = e.subject WHERE l.source_id LIKE 'BATCH-%'`,
    );
    expect([after, events]).toEqual([990, 990]);
  });

  it('filters by each field and pages with cursors', async () => {
    await hub.gql(
      BATCH,
      {
        records: [
          licence(50, { sourceId: 'F-1', decisionDate: '2025-03-01', townshipCode: '350582101', holderName: '安海镇顺昌食品商行' }),
          licence(51, { sourceId: 'F-2', decisionDate: '2025-03-02', status: 'SUSPENDED' }),
          licence(52, { sourceId: 'F-3', decisionDate: '2025-03-03', validTo: '2025-06-30' }),
          licence(53, {
            sourceId: 'F-4',
            decisionDate: '2025-03-04',
            holderUscc: null,
            holderIdNumber: residentId(53),
            holderPhone: '13905951234',
            holderName: '张三',
          }),
        ],
      },
      { credential: market },
    );
    const ids = async (filter: Record<string, unknown>) =>
      (
        (await hub.gql(LIST, { a: 100, decidedFrom: '2025-03-01', decidedTo: '2025-03-31', ...filter }, { credential: officer })).data!
          .licensingDecisions.nodes as any[]
      )
        .map((n) => n.sourceId)
        .sort();
    expect(await ids({})).toEqual(['F-1', 'F-2', 'F-3', 'F-4']);
    expect(await ids({ townshipCode: '350582101' })).toEqual(['F-1']);
    expect(await ids({ holderNameContains: '顺昌食品' })).toEqual(['F-1']);
    expect(await ids({ holderUscc: uscc(52) })).toEqual(['F-3']);
    expect(await ids({ holderIdNumber: residentId(53) })).toEqual(['F-4']);
    expect(await ids({ status: 'SUSPENDED' })).toEqual(['F-2']);
    expect(await ids({ status: 'EXPIRED' })).toEqual(['F-3']);
    expect(await ids({ status: 'VALID' })).toEqual(['F-1', 'F-4']);
    expect(await ids({ matterCode: FOOD_MATTER.code, publisherCode: MARKET, decidedFrom: '2025-03-03' })).toEqual(['F-3', 'F-4']);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await hub.gql(LIST, { a: 3, after, decidedFrom: '2025-03-01' }, { credential: officer })).data!.licensingDecisions;
      seen.push(...page.nodes.map((n: any) => n.sourceId));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['F-4', 'F-3', 'F-2', 'F-1']);

    const oldestFirst: string[] = [];
    after = null;
    do {
      const page: any = (
        await hub.gql(
          `query($after: String) { licensingDecisions(first: 3, after: $after, decidedFrom: "2025-03-01", sort: OLDEST_FIRST) {
        nodes { sourceId } pageInfo { endCursor hasNextPage } } }`,
          { after },
          { credential: officer },
        )
      ).data!.licensingDecisions;
      oldestFirst.push(...page.nodes.map((n: any) => n.sourceId));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(oldestFirst).toEqual(['F-1', 'F-2', 'F-3', 'F-4']);
  });

  it('masks ID numbers and phones for other units, shows them to the publisher and supervisors, and audits full views', async () => {
    const read = async (credential: string) =>
      (await hub.gql(LIST, { holderIdNumber: residentId(53) }, { credential, headers: { 'x-request-id': `mask-${credential.slice(-6)}` } }))
        .data!.licensingDecisions.nodes[0];
    const searchesBefore = (await hub.sql(`SELECT count(*)::int AS n FROM audit_entry WHERE operation = 'licensing.search.idNumber'`))[0].n;
    const asOfficer = await read(officer);
    expect(asOfficer).toMatchObject({
      masked: true,
      holderIdNumber: `3****************${residentId(53).slice(-1)}`,
      holderPhone: '*******1234',
    });
    const asPublisher = await read(market);
    expect(asPublisher).toMatchObject({ masked: false, holderIdNumber: residentId(53), holderPhone: '13905951234' });
    const asSupervisor = await read(supervisor);
    expect(asSupervisor).toMatchObject({ masked: false, holderIdNumber: residentId(53) });

    const audits = await hub.sql(
      `SELECT actor_name, request_id, details FROM audit_entry WHERE operation = 'licensing.read.personalData' ORDER BY id`,
    );
    expect(audits.map((a) => a.request_id)).toEqual([`mask-${market.slice(-6)}`, `mask-${supervisor.slice(-6)}`]);
    expect(audits[0].details.recordIds).toEqual([asPublisher.id]);

    // Searching by an ID number is audited for every reader (masked answers still confirm a guess) …
    const searches = await hub.sql(`SELECT target FROM audit_entry WHERE operation = 'licensing.search.idNumber' ORDER BY id`);
    expect(searches.length - searchesBefore).toBe(3);
    // … by a keyed hash (HMAC), the same for the same number, never the number or its plain SHA-256 …
    expect(searches.every((s) => /^hmac-sha256:[0-9a-f]{64}$/.test(s.target))).toBe(true);
    expect(new Set(searches.slice(searchesBefore).map((s) => s.target)).size).toBe(1);
    expect(searches.some((s) => s.target.includes(createHash('sha256').update(residentId(53)).digest('hex').slice(0, 16)))).toBe(false);
    // … and the outbox never holds the number or the phone in full.
    const [event] = await hub.sql(`SELECT data FROM change_event WHERE subject = $1`, [asPublisher.id]);
    expect(event.data.record).toMatchObject({ holderIdNumber: `3****************${residentId(53).slice(-1)}`, holderPhone: '*******1234' });
    expect(JSON.stringify(event.data)).not.toContain(residentId(53));
  });

  it('answers permitStatus for valid, expired, suspended, revoked, not-yet-valid and uncovered cases', async () => {
    const other = { ...FOOD_MATTER, code: 'SCJG-002', name: '药品经营违法行为处罚' };
    const admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
    await seed.matter(hub, admin, other);
    await hub.gql(
      BATCH,
      {
        records: [
          licence(60, { sourceId: 'P-valid' }),
          licence(61, { sourceId: 'P-expired', validTo: '2025-01-31' }),
          licence(62, { sourceId: 'P-suspended', status: 'SUSPENDED' }),
          licence(63, { sourceId: 'P-revoked', status: 'REVOKED' }),
          licence(64, { sourceId: 'P-future', validFrom: '2030-01-01', validTo: '2035-01-01' }),
        ],
      },
      { credential: market },
    );
    const check = async (n: number, matterCode = FOOD_MATTER.code, at?: string) =>
      (
        await hub.gql(
          'query($u: String!, $m: String!, $at: String) { permitStatus(uscc: $u, matterCode: $m, at: $at) { covered at reason reasonCode licence { sourceId status } others { sourceId status } } }',
          { u: uscc(n), m: matterCode, at },
          { credential: officer },
        )
      ).data!.permitStatus;
    expect(await check(60)).toMatchObject({ covered: true, licence: { sourceId: 'P-valid', status: 'VALID' } });
    expect(await check(61)).toMatchObject({ covered: false, licence: null, others: [{ sourceId: 'P-expired', status: 'EXPIRED' }] });
    expect(await check(61, FOOD_MATTER.code, '2025-01-15')).toMatchObject({ covered: true, at: '2025-01-15' });
    expect(await check(62)).toMatchObject({ covered: false, reasonCode: 'SUSPENDED', reason: expect.stringContaining('暂扣/中止') });
    expect(await check(63)).toMatchObject({ covered: false, reasonCode: 'REVOKED', reason: expect.stringContaining('撤销/吊销') });
    expect(await check(64)).toMatchObject({
      covered: false,
      reasonCode: 'NOT_YET_VALID',
      reason: expect.stringContaining('尚未生效（2030-01-01 起有效）'),
    });
    expect(await check(60, 'SCJG-002')).toMatchObject({
      covered: false,
      others: [],
      reasonCode: 'NO_LICENCE',
      reason: expect.stringContaining('没有事项“药品经营违法行为处罚”的许可记录'),
    });
  });
});
