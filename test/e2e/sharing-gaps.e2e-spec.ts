import { ApiKeyScope, Role } from '@hub/shared-schema';
import { silenceVerdict } from '../../apps/hub-api/src/modules/sharing-gaps/sharing-gap-rules';
import { complaintClient, complaintInput } from '../utils/complaints';
import { ANHAI, FOOD_MATTER, licence, MARKET, penalty, QINGYANG, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';
import { transferClient, transferInput } from '../utils/transfers';

const GAPS = `query($kind: SharingGapKind, $unitCode: String, $explained: Boolean, $first: Int, $after: String) {
  sharingGaps(kind: $kind, unitCode: $unitCode, explained: $explained, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id kind unitCode unitName date summary explained explanation { note explainedBy explainedAt }
      evidence { category lastPushDate pushDays usualIntervalWorkingDays thresholdWorkingDays silenceWorkingDays penaltyId
        decisionNumber licenceNumber transferId complaintId deadlineId dueAt state documentId eventId eventPosition subscriptions } } } }`;
const EXPLAIN = `mutation($input: ExplainSharingGapInput!) { explainSharingGap(input: $input) {
  id kind explained explanation { note explainedBy explainedAt } } }`;
const PUBLISH_PENALTY = `mutation($input: PenaltyDecisionInput!) { publishPenaltyDecision(input: $input) { id } }`;
const PENALTIES = `query($uscc: String) { penaltyDecisions(partyUscc: $uscc) { nodes { id licenceNumber } } }`;
const DOC = `mutation($input: NormativeDocumentInput!) { publishNormativeDocument(input: $input) { id } }`;
const SUBSCRIBE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;
const EVENTS = `query($id: ID!) { events(subscriptionId: $id, after: "0", first: 100) { endCursor nodes { position type subject } } }`;
const ACK = `mutation($id: ID!, $position: String!) { acknowledgeEvents(subscriptionId: $id, position: $position) { position } }`;

/** 10:00 in Jinjiang on a Shanghai date. */
const at = (date: string) => new Date(`${date}T02:00:00Z`);

describe('sharing gaps (e2e): failures to share that no one reported (§6(3))', () => {
  let hub: TestApp;
  let supervisor: string;
  let admin: string;
  let qingyangKey: string;

  beforeAll(async () => {
    hub = await startTestApp();
    hub.clock.set(at('2026-03-02'));
    admin = await seed.foodMatter(hub);
    supervisor = await hub.userToken([Role.SUPERVISOR], 'joint-meeting-office');
    qingyangKey = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
  });
  afterAll(() => hub.close());

  const gaps = async (vars: Record<string, unknown>, credential = supervisor) => {
    const response = await hub.gql(GAPS, { first: 100, ...vars }, { credential });
    expect(response.errors).toBeUndefined();
    return response.data!.sharingGaps.nodes as any[];
  };

  it('PUBLISHER_SILENT: a department that pushed every working day and then nothing for five; not the one still pushing', async () => {
    const health = await hub.apiKey('dept-health', [ApiKeyScope.PUBLISH]);
    const water = await hub.apiKey('dept-water', [ApiKeyScope.PUBLISH]);
    // Mon 2 to Fri 13 March 2026: both push licences every working day; 16 to 20 March only the water bureau.
    const both = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'].map((d) => `2026-03-${d}`);
    const waterOnly = ['16', '17', '18', '19', '20'].map((d) => `2026-03-${d}`);
    let n = 1000;
    for (const date of [...both, ...waterOnly]) {
      hub.clock.set(at(date));
      if (both.includes(date)) await seed.licence(hub, health, ++n, { sourceId: `WSJ-${n}` });
      await seed.licence(hub, water, ++n, { sourceId: `SLJ-${n}` });
    }
    // Monday 23 March: the working days 16 to 20 March have ended without a push from the health bureau.
    hub.clock.set(at('2026-03-23'));
    const silent = await gaps({ kind: 'PUBLISHER_SILENT' });
    expect(silent.map((g) => g.unitCode)).toEqual(['dept-health']);
    // The learnt rule, as the pure rule says on the same push days (working-day ordinals 1…10, 15 ended).
    const verdict = silenceVerdict([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 15)!;
    expect(verdict.silent).toBe(true);
    expect(silent[0]).toMatchObject({
      id: 'PUBLISHER_SILENT:dept-health:LICENSING:2026-03-13',
      kind: 'PUBLISHER_SILENT',
      // The working day whose end took the silence past the threshold: 13 March + 3 + 1 working days.
      date: '2026-03-19',
      explained: false,
      evidence: {
        category: 'LICENSING',
        lastPushDate: '2026-03-13',
        pushDays: verdict.pushDays,
        usualIntervalWorkingDays: verdict.usualIntervalWorkingDays,
        thresholdWorkingDays: verdict.thresholdWorkingDays,
        silenceWorkingDays: verdict.silenceWorkingDays,
      },
    });
    expect(silent[0].evidence).toMatchObject({ pushDays: 10, usualIntervalWorkingDays: 1, thresholdWorkingDays: 3, silenceWorkingDays: 5 });
    expect(silent[0].summary).toContain('2026-03-13');

    // Three working days of silence are within the threshold: on Thursday 19 March there was no gap yet.
    hub.clock.set(at('2026-03-19'));
    expect(await gaps({ kind: 'PUBLISHER_SILENT', unitCode: 'dept-health' })).toEqual([]);
    // A supervisor explains it; the health bureau pushes again: that silence is over.
    hub.clock.set(at('2026-03-23'));
    const explained = await hub.gql(
      EXPLAIN,
      { input: { gapId: silent[0].id, note: '卫健局许可系统升级停推一周' } },
      { credential: supervisor },
    );
    expect(explained.data!.explainSharingGap).toMatchObject({ explained: true });
    await seed.licence(hub, health, ++n, { sourceId: `WSJ-${n}` });
    expect(await gaps({ kind: 'PUBLISHER_SILENT', unitCode: 'dept-health' })).toEqual([]);
    // Silent again after the resume (24 to 27 March): a new gap, named by the new last push day, not explained.
    hub.clock.set(at('2026-03-30'));
    expect(await gaps({ kind: 'PUBLISHER_SILENT', unitCode: 'dept-health' })).toEqual([
      expect.objectContaining({
        id: 'PUBLISHER_SILENT:dept-health:LICENSING:2026-03-23',
        explained: false,
        evidence: expect.objectContaining({ lastPushDate: '2026-03-23', pushDays: 11, usualIntervalWorkingDays: 1, silenceWorkingDays: 4 }),
      }),
    ]);
  });

  it('UNPUBLISHED_LICENCE: a penalty naming a licence number never published (§4(1)2); not one naming a published licence', async () => {
    hub.clock.set(at('2026-04-01'));
    const resources = await hub.apiKey('dept-natural-resources', [ApiKeyScope.PUBLISH]);
    const published = licence(2001, { sourceId: 'ZRZY-2001', licenceNumber: 'ZR-LIC-2001' });
    await seed.licences(hub, resources, [published]);

    const missing = await seed.penalty(hub, qingyangKey, 2002, { licenceNumber: 'SC-LIC-NEVER-2002' });
    const named = await hub.gql(
      PUBLISH_PENALTY,
      { input: { ...penalty(2003), licenceNumber: 'ZR-LIC-2001' } },
      { credential: qingyangKey },
    );
    expect(named.errors).toBeUndefined();
    // The penalty's licence number is read back like its other fields.
    const read = await hub.gql(PENALTIES, { uscc: uscc(2003) }, { credential: qingyangKey });
    expect(read.data!.penaltyDecisions.nodes).toEqual([{ id: named.data!.publishPenaltyDecision.id, licenceNumber: 'ZR-LIC-2001' }]);
    await seed.penalty(hub, qingyangKey, 2004); // names no licence

    const found = await gaps({ kind: 'UNPUBLISHED_LICENCE' });
    expect(found).toEqual([
      expect.objectContaining({
        id: `UNPUBLISHED_LICENCE:${missing}:SC-LIC-NEVER-2002`,
        // The matter's source department licenses it and should have shared the licence.
        unitCode: FOOD_MATTER.sourceDepartmentCode,
        date: '2026-03-01',
        evidence: expect.objectContaining({
          penaltyId: missing,
          licenceNumber: 'SC-LIC-NEVER-2002',
          decisionNumber: '晋青综执罚决字〔2026〕2002号',
        }),
      }),
    ]);

    // The licence published at last: the gap mends itself.
    await seed.licences(hub, resources, [licence(2005, { sourceId: 'ZRZY-2005', licenceNumber: 'SC-LIC-NEVER-2002' })]);
    expect(await gaps({ kind: 'UNPUBLISHED_LICENCE' })).toEqual([]);

    // Validated at the edge like the other fields.
    const blank = onlyError(
      await hub.gql(PUBLISH_PENALTY, { input: { ...penalty(2006), licenceNumber: '  ' } }, { credential: qingyangKey }),
    );
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(String(blank.extensions!.field)).toContain('licenceNumber');
  });

  it('RESULT_NOT_REPORTED: an accepted transfer and a complaint past their result deadlines; not those reported back', async () => {
    const start = at('2026-05-11');
    hub.clock.set(start);
    const t = transferClient(hub);
    const c = complaintClient(hub);
    const [marketOfficer, marketLeader, qingyangOfficer] = await Promise.all([
      hub.userToken([Role.OFFICER], MARKET),
      hub.userToken([Role.LEADER], MARKET),
      hub.userToken([Role.OFFICER], QINGYANG),
    ]);
    const accepted = async (n: number) => {
      const { id } = await t.create(transferInput(n, start), marketOfficer);
      await t.attach(id, 'SOURCE', marketOfficer);
      await t.attach(id, 'EVIDENCE', marketOfficer);
      await t.ok('submitTransfer', { id }, marketOfficer);
      await t.ok('approveTransfer', { id }, marketLeader);
      await t.ok('sendTransfer', { id }, marketOfficer);
      await t.ok('acceptTransfer', { id }, qingyangOfficer);
      return id as string;
    };
    const silentTransfer = await accepted(3001);
    const reportedTransfer = await accepted(3002);
    await t.ok('reportTransferResult', { id: reportedTransfer, summary: '已立案处罚' }, qingyangOfficer);

    const silentComplaint = await c.publish(complaintInput(3003, start, { sourceId: 'RX-3003' }), qingyangKey);
    // Received by the market bureau and transferred to Qingyang, which accepted it and never reported back.
    const handedOn = await c.publish(complaintInput(3005, start, { sourceId: 'RX-3005' }), marketOfficer);
    await c.ok('startComplaintCheck', { id: handedOn }, marketOfficer);
    const { transferId: handedOnTransfer } = await c.ok(
      'transferComplaint',
      { id: handedOn, transfer: transferInput(3005, start) },
      marketOfficer,
    );
    await t.attach(handedOnTransfer, 'SOURCE', marketOfficer);
    await t.attach(handedOnTransfer, 'EVIDENCE', marketOfficer);
    await t.ok('submitTransfer', { id: handedOnTransfer }, marketOfficer);
    await t.ok('approveTransfer', { id: handedOnTransfer }, marketLeader);
    await t.ok('sendTransfer', { id: handedOnTransfer }, marketOfficer);
    await t.ok('acceptTransfer', { id: handedOnTransfer }, qingyangOfficer);
    const answeredComplaint = await c.publish(complaintInput(3004, start, { sourceId: 'RX-3004' }), qingyangKey);
    await c.ok('startComplaintCheck', { id: answeredComplaint }, qingyangOfficer);
    await c.ok('answerComplaint', { id: answeredComplaint, answer: '经核查未发现违法行为，已电话答复' }, qingyangOfficer);

    const due = await hub.sql<{ item_id: string; due_at: Date }>(
      `SELECT item_id, due_at FROM deadline
        WHERE item_id = ANY($1) AND ((item_type = 'transfer' AND kind = 'RESULT') OR (item_type = 'complaint' AND kind = 'ANSWER'))`,
      [[silentTransfer, reportedTransfer, silentComplaint, answeredComplaint, handedOn, handedOnTransfer]],
    );
    const dueOf = (id: string) => due.find((d) => d.item_id === id)!.due_at;
    // Before the deadlines: nothing is late yet.
    expect(await gaps({ kind: 'RESULT_NOT_REPORTED' })).toEqual([]);
    const latest = Math.max(...due.map((d) => d.due_at.getTime()));
    hub.clock.set(new Date(latest + 3_600_000));

    const late = await gaps({ kind: 'RESULT_NOT_REPORTED' });
    expect(late.map((g) => g.id).sort()).toEqual(
      [
        `RESULT_NOT_REPORTED:complaint:${silentComplaint}`,
        `RESULT_NOT_REPORTED:transfer:${silentTransfer}`,
        // The transferred complaint: its person unanswered, and its transfer's result never reported.
        `RESULT_NOT_REPORTED:complaint:${handedOn}`,
        `RESULT_NOT_REPORTED:transfer:${handedOnTransfer}`,
      ].sort(),
    );
    // The unit that owes the result of the transferred complaint is the one it was transferred to.
    expect(late.find((g) => g.evidence.complaintId === handedOn)).toMatchObject({
      unitCode: QINGYANG,
      evidence: { state: 'TRANSFERRED', transferId: handedOnTransfer },
    });
    const transferGap = late.find((g) => g.evidence.transferId === silentTransfer && !g.evidence.complaintId);
    expect(transferGap).toMatchObject({ unitCode: QINGYANG, evidence: { state: 'ACCEPTED', dueAt: dueOf(silentTransfer).toISOString() } });
    const complaintGap = late.find((g) => g.evidence.complaintId === silentComplaint);
    expect(complaintGap).toMatchObject({
      unitCode: QINGYANG,
      evidence: { state: 'RECEIVED', dueAt: dueOf(silentComplaint).toISOString() },
    });
    expect(complaintGap.evidence.deadlineId).toEqual(expect.any(String));
  });

  it('NORMATIVE_UNACKNOWLEDGED: a town whose subscription did not consume the change after 3 working days; not the town that acknowledged', async () => {
    hub.clock.set(at('2026-09-07')); // a Monday
    const market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
    const qingyangFeed = await hub.apiKey(QINGYANG, [ApiKeyScope.SUBSCRIBE]);
    const anhaiFeed = await hub.apiKey(ANHAI, [ApiKeyScope.SUBSCRIBE]);
    const subscribe = async (unitCode: string, credential: string) => {
      const created = await hub.gql(
        SUBSCRIBE,
        { input: { unitCode, name: `normative-${unitCode}`, delivery: 'PULL', startFrom: 'BEGINNING', categories: ['NORMATIVE'] } },
        { credential },
      );
      expect(created.errors).toBeUndefined();
      return created.data!.createSubscription.subscription.id as string;
    };
    const qingyangSub = await subscribe(QINGYANG, qingyangFeed);
    const anhaiSub = await subscribe(ANHAI, anhaiFeed);
    const doc = await hub.gql(
      DOC,
      {
        input: {
          sourceId: 'CLJZ-2026-09',
          kind: 'DISCRETION_BENCHMARK',
          title: '晋江市市场监管领域行政处罚裁量基准（2026年9月修订）',
          documentNumber: '晋市监〔2026〕9号',
          issuingBody: '晋江市市场监督管理局',
          effectiveFrom: '2026-09-01',
          matterCodes: [FOOD_MATTER.code],
        },
      },
      { credential: market },
    );
    const documentId = doc.data!.publishNormativeDocument.id as string;
    // Qingyang's system reads the change and acknowledges it; Anhai's does not.
    const feed = (await hub.gql(EVENTS, { id: qingyangSub }, { credential: qingyangFeed })).data!.events;
    const event = feed.nodes.find((e: any) => e.subject === documentId);
    expect(event.type).toBe('normative.published');
    expect((await hub.gql(ACK, { id: qingyangSub, position: feed.endCursor }, { credential: qingyangFeed })).errors).toBeUndefined();

    // Thursday 10 September: only two working days (8, 9) have ended after the day of the change.
    hub.clock.set(at('2026-09-10'));
    expect(await gaps({ kind: 'NORMATIVE_UNACKNOWLEDGED', unitCode: ANHAI })).toEqual([]);
    // Friday 11 September: the third has ended.
    hub.clock.set(at('2026-09-11'));
    const found = await gaps({ kind: 'NORMATIVE_UNACKNOWLEDGED' });
    const mine = found.filter((g) => g.evidence.documentId === documentId);
    expect(mine).toEqual([
      expect.objectContaining({
        unitCode: ANHAI,
        date: '2026-09-10',
        evidence: expect.objectContaining({
          category: 'NORMATIVE',
          silenceWorkingDays: 3,
          eventPosition: event.position,
          dueAt: '2026-09-10T15:59:59.999Z',
          subscriptions: [`${anhaiSub}@0`],
        }),
      }),
    ]);
    expect(mine[0].id).toBe(`NORMATIVE_UNACKNOWLEDGED:${mine[0].evidence.eventId}:${ANHAI}`);
    expect(found.filter((g) => g.unitCode === QINGYANG)).toEqual([]);

    // Anhai's system catches up: the gap is gone.
    expect((await hub.gql(ACK, { id: anhaiSub, position: event.position }, { credential: anhaiFeed })).errors).toBeUndefined();
    expect((await gaps({ kind: 'NORMATIVE_UNACKNOWLEDGED' })).filter((g) => g.evidence.documentId === documentId)).toEqual([]);
  });

  it('marks a gap explained with a note, audited; lists it as explained; refuses an unknown gap, an empty note and a second explanation', async () => {
    hub.clock.set(at('2026-10-12'));
    const penaltyId = await seed.penalty(hub, qingyangKey, 4001, { licenceNumber: 'SC-LIC-EXPLAIN-4001' });
    const gapId = `UNPUBLISHED_LICENCE:${penaltyId}:SC-LIC-EXPLAIN-4001`;
    expect((await gaps({ explained: false })).map((g) => g.id)).toContain(gapId);

    const explained = await hub.gql(EXPLAIN, { input: { gapId, note: '市场监管局许可系统对接中断，已补推' } }, { credential: supervisor });
    expect(explained.errors).toBeUndefined();
    expect(explained.data!.explainSharingGap).toMatchObject({
      id: gapId,
      kind: 'UNPUBLISHED_LICENCE',
      explained: true,
      explanation: { note: '市场监管局许可系统对接中断，已补推', explainedAt: at('2026-10-12').toISOString() },
    });
    const [stored] = await hub.sql(`SELECT note, kind, unit_code FROM sharing_gap_explanation WHERE gap_id = $1`, [gapId]);
    expect(stored).toEqual({ note: '市场监管局许可系统对接中断，已补推', kind: 'UNPUBLISHED_LICENCE', unit_code: MARKET });
    const audit = await hub.sql(`SELECT operation, outcome, details FROM audit_entry WHERE target = $1 ORDER BY id`, [gapId]);
    expect(audit.map((a) => a.operation)).toEqual(expect.arrayContaining(['sharingGap.explained', 'sharingGap.explain']));
    expect(audit.find((a) => a.operation === 'sharingGap.explained')).toMatchObject({
      outcome: 'OK',
      details: { kind: 'UNPUBLISHED_LICENCE', note: '市场监管局许可系统对接中断，已补推' },
    });

    const explainedOnly = await gaps({ explained: true });
    expect(explainedOnly.map((g) => g.id)).toContain(gapId);
    expect(explainedOnly.every((g) => g.explained)).toBe(true);
    expect((await gaps({ explained: false })).map((g) => g.id)).not.toContain(gapId);
    expect((await gaps({ unitCode: MARKET, kind: 'UNPUBLISHED_LICENCE' }))[0]).toMatchObject({ id: gapId, explained: true });

    const again = onlyError(await hub.gql(EXPLAIN, { input: { gapId, note: '再次说明' } }, { credential: admin }));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SHARING_GAP_ALREADY_EXPLAINED', field: 'input.gapId' });
    const unknown = onlyError(
      await hub.gql(EXPLAIN, { input: { gapId: 'UNPUBLISHED_LICENCE:nothing:here', note: '说明' } }, { credential: supervisor }),
    );
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SHARING_GAP_UNKNOWN', field: 'input.gapId' });
    const notAKind = onlyError(await hub.gql(EXPLAIN, { input: { gapId: 'whatever', note: '说明' } }, { credential: supervisor }));
    expect(notAKind.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SHARING_GAP_UNKNOWN' });
    for (const note of ['', '   ']) {
      const empty = onlyError(await hub.gql(EXPLAIN, { input: { gapId, note } }, { credential: supervisor }));
      expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    }
  });

  it('pages the list by a cursor, and refuses a cursor it did not give', async () => {
    hub.clock.set(at('2026-10-13'));
    for (const n of [5001, 5002, 5003]) await seed.penalty(hub, qingyangKey, n, { licenceNumber: `SC-LIC-PAGE-${n}` });
    const all = await gaps({});
    expect(all.length).toBeGreaterThan(3);
    const first = (await hub.gql(GAPS, { first: 2 }, { credential: supervisor })).data!.sharingGaps;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await hub.gql(GAPS, { first: 100, after: first.pageInfo.endCursor }, { credential: supervisor })).data!.sharingGaps;
    expect([...first.nodes, ...next.nodes].map((g: any) => g.id)).toEqual(all.map((g) => g.id));
    const bad = onlyError(await hub.gql(GAPS, { first: 2, after: 'bm90LWEtY3Vyc29y' }, { credential: supervisor }));
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooMany = onlyError(await hub.gql(GAPS, { first: 1000 }, { credential: supervisor }));
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses to count working days in a year the calendar does not hold, rather than guess', async () => {
    hub.clock.set(at('2040-03-01'));
    const missing = onlyError(await hub.gql(GAPS, { first: 1 }, { credential: supervisor }));
    expect(missing.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CALENDAR_YEAR_MISSING', year: 2040 });
    hub.clock.set(at('2026-10-13'));
  });

  it('is for SUPERVISOR and ADMIN only: every other role is refused both the list and the explanation', async () => {
    expect((await hub.gql(GAPS, { first: 1 }, { credential: admin })).errors).toBeUndefined();
    const others = [
      ...(await Promise.all(
        [Role.OFFICER, Role.LEADER, Role.STATISTICIAN].map((role) =>
          hub.userToken([role], role === Role.STATISTICIAN ? 'dept-justice' : QINGYANG),
        ),
      )),
      await hub.apiKey(QINGYANG, [ApiKeyScope.READ, ApiKeyScope.PUBLISH, ApiKeyScope.SUBSCRIBE]),
    ];
    for (const credential of others) {
      expect(onlyError(await hub.gql(GAPS, { first: 1 }, { credential })).extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        onlyError(await hub.gql(EXPLAIN, { input: { gapId: 'PUBLISHER_SILENT:x:y:2026-01-01', note: '说明' } }, { credential })).extensions,
      ).toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
