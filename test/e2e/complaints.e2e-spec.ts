import { ApiKeyScope, Role } from '@hub/shared-schema';
import { ANHAI, MARKET, QINGYANG, residentId } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { complaintClient, complaintInput } from '../utils/complaints';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';
import { transferClient, transferInput } from '../utils/transfers';
import { eventually } from '../utils/wait';

/** Monday 9 March 2026, 10:00 in Jinjiang. */
const NOW = new Date('2026-03-09T02:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const JMO = 'joint-meeting-office';
const SUBSCRIBE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;
const EVENTS = `query($id: ID!, $after: String) { events(subscriptionId: $id, after: $after, first: 100) {
  endCursor hasMore nodes { type subject data } } }`;
const EXPORT = `mutation($input: RequestExportInput!) { requestExport(input: $input) { id } }`;
const JOB = `query($id: ID!) { exportJob(id: $id) { status error } }`;
const DOWNLOAD = `query($id: ID!) { exportDownloadUrl(id: $id) { url } }`;
const FULL = { reporterName: '王小明', reporterPhone: '13905950099', reporterIdNumber: residentId(9), masked: false };
const MASKED = {
  reporterName: '王**',
  reporterPhone: '*******0099',
  reporterIdNumber: `3****************${residentId(9).slice(-1)}`,
  masked: true,
};

describe('complaints (e2e): first-receiver responsibility, the workflow that owns the shared record (§4(2))', () => {
  let hub: TestApp;
  let c: ReturnType<typeof complaintClient>;
  let t: ReturnType<typeof transferClient>;
  let marketOfficer: string; // the owning unit: the market regulator received the report on its hotline
  let marketLeader: string;
  let qingyangOfficer: string; // the receiving unit of its transfer
  let anhaiOfficer: string; // another town
  let supervisor: string;
  let admin: string;
  let marketKey: string; // the owner's own system
  let qingyangKey: string;
  let anhaiKey: string; // another unit's system
  let jmoKey: string; // the joint-meeting office's system
  const feeds = new Map<string, string>();

  beforeAll(async () => {
    hub = await startTestApp({ DEADLINE_SWEEP_MS: '100' });
    hub.clock.set(NOW);
    c = complaintClient(hub);
    t = transferClient(hub);
    await seed.foodMatter(hub);
    [marketOfficer, marketLeader, qingyangOfficer, anhaiOfficer, supervisor, admin] = await Promise.all([
      hub.userToken([Role.OFFICER], MARKET),
      hub.userToken([Role.LEADER], MARKET),
      hub.userToken([Role.OFFICER], QINGYANG),
      hub.userToken([Role.OFFICER], ANHAI),
      hub.userToken([Role.SUPERVISOR], JMO),
      hub.userToken([Role.ADMIN], 'dept-justice'),
    ]);
    const scopes = [ApiKeyScope.PUBLISH, ApiKeyScope.READ, ApiKeyScope.SUBSCRIBE];
    [marketKey, qingyangKey, anhaiKey, jmoKey] = await Promise.all([MARKET, QINGYANG, ANHAI, JMO].map((u) => hub.apiKey(u, scopes)));
    for (const [unit, key] of [
      [MARKET, marketKey],
      [QINGYANG, qingyangKey],
      [ANHAI, anhaiKey],
      [JMO, jmoKey],
    ]) {
      const input = { unitCode: unit, name: `complaints of ${unit}`, delivery: 'PULL', startFrom: 'BEGINNING', categories: ['COMPLAINT'] };
      const created = await hub.gql(SUBSCRIBE, { input }, { credential: key });
      expect(created.errors).toBeUndefined();
      feeds.set(key, created.data!.createSubscription.subscription.id);
    }
  });
  afterAll(() => hub.close());

  async function feed(key: string): Promise<any[]> {
    const seen: any[] = [];
    let after: string | null = '0';
    for (let pages = 0; pages < 50; pages++) {
      const response = await hub.gql(EVENTS, { id: feeds.get(key), after }, { credential: key });
      if (response.errors?.length) throw new Error(`events refused: ${JSON.stringify(response.errors)}`);
      const page: any = response.data!.events;
      seen.push(...page.nodes);
      after = page.endCursor;
      if (!page.hasMore) return seen;
    }
    throw new Error('feed did not end');
  }

  async function exported(credential: string): Promise<string> {
    const requested = await hub.gql(EXPORT, { input: { format: 'CSV', records: { source: 'COMPLAINT' } } }, { credential });
    expect(requested.errors).toBeUndefined();
    const id = requested.data!.requestExport.id as string;
    await eventually(
      () => hub.gql(JOB, { id }, { credential }).then((r) => r.data!.exportJob.status as string),
      (status) => status === 'DONE',
    );
    const { url } = (await hub.gql(DOWNLOAD, { id }, { credential })).data!.exportDownloadUrl;
    return (await fetch(url)).text();
  }

  const fullViews = async () =>
    (await hub.sql(`SELECT count(*)::int AS n FROM audit_entry WHERE operation = 'complaint.read.personalData'`))[0].n as number;

  it('takes a complaint through its transfer to closed by the transfer result, the reporter shown only to the owner and supervisors', async () => {
    const id = await c.publish(complaintInput(1, new Date(NOW.getTime() - HOUR)), marketOfficer);
    const registered = await c.read(id, marketOfficer);
    expect(registered).toMatchObject({ status: 'RECEIVED', publisherCode: MARKET, handlingUnitCode: MARKET, outcome: null, ...FULL });
    expect(registered.steps).toEqual([expect.objectContaining({ action: 'create', toState: 'RECEIVED', side: 'OWNER', unitCode: MARKET })]);
    // Local policy (README): initial check 5 working days, answer 15, from receipt on Monday 9 March.
    expect(registered.deadlines).toEqual([
      expect.objectContaining({ kind: 'INITIAL_CHECK', dueAt: '2026-03-16T15:59:59.999Z', rule: { workingDays: 5, hours: null } }),
      expect.objectContaining({ kind: 'ANSWER', dueAt: '2026-03-30T15:59:59.999Z', rule: { workingDays: 15, hours: null } }),
    ]);
    expect(registered.allowedActions).toEqual(['startCheck', 'redirect']);

    await c.ok('startComplaintCheck', { id }, marketOfficer);
    const transferred = await c.ok('transferComplaint', { id, note: '属青阳街道赋权事项', transfer: transferInput(1, NOW) }, marketOfficer);
    expect(transferred).toMatchObject({ status: 'TRANSFERRED', outcome: 'TRANSFERRED', handlingUnitCode: QINGYANG, ...FULL });
    const transferId = transferred.transferId as string;
    expect((await t.read(transferId, marketOfficer)).state).toBe('DRAFT');

    await t.attach(transferId, 'SOURCE', marketOfficer);
    await t.attach(transferId, 'EVIDENCE', marketOfficer);
    await t.ok('submitTransfer', { id: transferId }, marketOfficer);
    await t.ok('approveTransfer', { id: transferId }, marketLeader);
    await t.ok('sendTransfer', { id: transferId }, marketOfficer);
    await t.ok('acceptTransfer', { id: transferId }, qingyangOfficer);
    expect((await c.read(id, marketOfficer)).status).toBe('TRANSFERRED');
    await t.ok('reportTransferResult', { id: transferId, summary: '已立案查处，责令改正' }, qingyangOfficer);

    const closed = await c.read(id, supervisor);
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'TRANSFERRED', outcomeNote: '已立案查处，责令改正', transferId, ...FULL });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.steps.map((s: any) => [s.action, s.toState, s.side, s.unitCode])).toEqual([
      ['create', 'RECEIVED', 'OWNER', MARKET],
      ['startCheck', 'VERIFYING', 'OWNER', MARKET],
      ['transfer', 'TRANSFERRED', 'OWNER', MARKET],
      ['transferResult', 'CLOSED', 'RECEIVER', QINGYANG],
    ]);
    expect(closed.deadlines.map((d: any) => [d.kind, d.outcome])).toEqual([
      ['INITIAL_CHECK', 'MET'],
      ['ANSWER', 'MET'],
    ]);
    // The shared record is the projection: one version per change of the workflow, each a change event.
    const versions = await hub.sql(`SELECT content->>'status' AS status FROM record_version WHERE record_id = $1 ORDER BY version`, [id]);
    expect(versions.map((v) => v.status)).toEqual(['RECEIVED', 'VERIFYING', 'TRANSFERRED', 'CLOSED']);
    const linked = await hub.gql(
      `query($id: ID!) { transfer(id: $id) { complaintId } }`,
      { id: transferId },
      { credential: marketOfficer },
    );
    expect(linked.data!.transfer.complaintId).toBe(id);

    // Queries: the owner (its staff and its system) and supervisors see the reporter; the receiver, another town, another system do not.
    const readers: Array<[string, string, object]> = [
      ['owning unit', marketOfficer, FULL],
      ["owning unit's system", marketKey, FULL],
      ['receiving unit', qingyangOfficer, MASKED],
      ['another town', anhaiOfficer, MASKED],
      ['supervisor', supervisor, FULL],
      ["another unit's system", anhaiKey, MASKED],
    ];
    for (const [who, credential, view] of readers) {
      const before = await fullViews();
      const one = await c.read(id, credential);
      const listed = (
        await hub.gql(
          `{ complaintRecords(first: 50) { nodes { id reporterName reporterPhone reporterIdNumber masked } } }`,
          {},
          { credential },
        )
      ).data!.complaintRecords.nodes.find((n: any) => n.id === id);
      expect([who, one]).toEqual([who, expect.objectContaining(view)]);
      expect([who, listed]).toEqual([who, expect.objectContaining(view)]);
      // Every full view is audited, once per answer; a masked one is not.
      expect([who, (await fullViews()) - before]).toEqual([who, (view as { masked: boolean }).masked ? 0 : 2]);
    }

    // The feed: the record's change events carry the reporter in full to the owner only; complaint.* to the units concerned.
    const published = (events: any[]) => events.find((e) => e.subject === id && e.type === 'complaint.published');
    const types = (events: any[]) => events.filter((e) => e.subject === id).map((e) => e.type);
    const [ownerFeed, receiverFeed, otherFeed, officeFeed] = await Promise.all([marketKey, qingyangKey, anhaiKey, jmoKey].map(feed));
    expect(published(ownerFeed).data.record).toMatchObject({ reporterName: FULL.reporterName, reporterPhone: FULL.reporterPhone });
    for (const events of [receiverFeed, otherFeed, officeFeed]) {
      expect(published(events).data.record).toMatchObject({ reporterName: MASKED.reporterName, reporterPhone: MASKED.reporterPhone });
    }
    expect(types(ownerFeed)).toEqual(expect.arrayContaining(['complaint.created', 'complaint.transfer', 'complaint.transferResult']));
    expect(types(officeFeed)).toEqual(expect.arrayContaining(['complaint.created', 'complaint.transfer', 'complaint.transferResult']));
    expect(types(receiverFeed)).toEqual(expect.arrayContaining(['complaint.transfer', 'complaint.transferResult']));
    expect(types(otherFeed).filter((type) => !/^complaint\.(published|revised)$/.test(type))).toEqual([]);
    expect(JSON.stringify(types(otherFeed).length ? otherFeed.filter((e) => e.subject === id) : [])).not.toContain('王小明');

    // Exports leave the reporter out altogether, whoever asks.
    for (const credential of [marketOfficer, supervisor, anhaiOfficer]) {
      const csv = await exported(credential);
      expect(csv).toContain('晋江市示例食品店1');
      expect(csv).not.toContain('王小明');
      expect(csv).not.toContain('王**');
      expect(csv).not.toContain('13905950099');
    }
  });

  it('refuses a pushed complaint whose status, closing time or handling unit is not the workflow’s, with its code', async () => {
    const pushed = complaintInput(2, new Date(NOW.getTime() - HOUR), { sourceId: '12345-0002' });
    for (const status of ['TRANSFERRED', 'VERIFYING', 'CLOSED']) {
      const extra = status === 'CLOSED' ? { closedAt: new Date(NOW.getTime() - 60_000).toISOString() } : {};
      const error = onlyError(await c.publishResponse({ ...pushed, status, ...extra }, qingyangKey));
      expect([status, error.extensions]).toEqual([
        status,
        { code: 'CONFLICT', reason: 'COMPLAINT_STATUS_OWNED_BY_WORKFLOW', field: 'input.status' },
      ]);
    }
    const other = onlyError(await c.publishResponse({ ...pushed, handlingUnitCode: ANHAI }, qingyangKey));
    expect(other.extensions).toEqual({ code: 'CONFLICT', reason: 'COMPLAINT_STATUS_OWNED_BY_WORKFLOW', field: 'input.handlingUnitCode' });
    // In a batch the refusal is the record's own; the others are stored.
    const batch = await hub.gql(
      `mutation($records: [ComplaintRecordInput!]!) { publishComplaintRecords(records: $records) {
        accepted rejected results { outcome error { code field reason } } } }`,
      { records: [pushed, { ...pushed, sourceId: '12345-0003', status: 'ANSWERED', closedAt: NOW.toISOString() }] },
      { credential: qingyangKey },
    );
    expect(batch.data!.publishComplaintRecords).toMatchObject({
      accepted: 1,
      rejected: 1,
      results: [
        { outcome: 'CREATED', error: null },
        { outcome: 'REJECTED', error: { code: 'CONFLICT', field: 'status', reason: 'COMPLAINT_STATUS_OWNED_BY_WORKFLOW' } },
      ],
    });
    const [{ id }] = await hub.sql(`SELECT id FROM complaint_record WHERE source_id = '12345-0002'`);
    expect((await c.read(id, qingyangKey)).steps).toEqual([
      expect.objectContaining({ action: 'create', side: 'OWNER', unitCode: QINGYANG }),
    ]);

    // Once in the workflow a revision keeps its status; changing it is the workflow's action.
    await c.ok('startComplaintCheck', { id }, qingyangKey);
    const stale = onlyError(await c.publishResponse({ ...pushed, summary: '补充：另有过期食品' }, qingyangKey));
    expect(stale.extensions).toEqual({ code: 'CONFLICT', reason: 'COMPLAINT_STATUS_OWNED_BY_WORKFLOW', field: 'input.status' });
    const revised = await c.publishResponse({ ...pushed, status: 'VERIFYING', summary: '补充：另有过期食品' }, qingyangKey);
    expect(revised.data!.publishComplaintRecord).toMatchObject({ outcome: 'REVISED' });
    expect(await c.read(id, qingyangKey)).toMatchObject({ status: 'VERIFYING', handlingUnitCode: QINGYANG });
  });

  it('requires the record of each outcome: where the person was directed, the answer given', async () => {
    const elsewhere = await c.publish(complaintInput(3, new Date(NOW.getTime() - HOUR)), anhaiOfficer);
    const missing = onlyError(await c.act('redirectComplaint', { id: elsewhere }, anhaiOfficer));
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.directedTo' });
    const blank = onlyError(await c.act('redirectComplaint', { id: elsewhere, directedTo: '  ' }, anhaiOfficer));
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.directedTo' });
    expect((await c.read(elsewhere, anhaiOfficer)).status).toBe('RECEIVED');
    const redirected = await c.ok(
      'redirectComplaint',
      { id: elsewhere, directedTo: '晋江市人力资源和社会保障局（劳动纠纷）' },
      anhaiOfficer,
    );
    expect(redirected).toMatchObject({
      status: 'CLOSED',
      outcome: 'NOT_OUR_FUNCTION',
      outcomeNote: '晋江市人力资源和社会保障局（劳动纠纷）',
    });
    expect(redirected.deadlines.map((d: any) => [d.kind, d.outcome])).toEqual([
      ['INITIAL_CHECK', 'CANCELLED'],
      ['ANSWER', 'MET'],
    ]);

    const checked = await c.publish(complaintInput(4, new Date(NOW.getTime() - HOUR)), anhaiOfficer);
    const early = onlyError(await c.act('answerComplaint', { id: checked, answer: '经核查未发现违法行为' }, anhaiOfficer));
    expect(early.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRANSITION_NOT_ALLOWED' });
    const notOwner = onlyError(await c.act('startComplaintCheck', { id: checked }, qingyangOfficer));
    expect(notOwner.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACTION_NOT_PERMITTED' });
    await c.ok('startComplaintCheck', { id: checked }, anhaiOfficer);
    const noAnswer = onlyError(await c.act('answerComplaint', { id: checked }, anhaiOfficer));
    expect(noAnswer.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.answer' });
    const answered = await c.ok('answerComplaint', { id: checked, answer: '经核查未发现违法行为，已电话告知' }, anhaiOfficer);
    expect(answered).toMatchObject({
      status: 'ANSWERED',
      outcome: 'NO_VIOLATION',
      outcomeNote: '经核查未发现违法行为，已电话告知',
      overdue: false,
    });
  });

  it('gives a complaint back to its owner when the transfer it was handed off by is withdrawn', async () => {
    const id = await c.publish(complaintInput(10, new Date(NOW.getTime() - HOUR)), marketOfficer);
    await c.ok('startComplaintCheck', { id }, marketOfficer);
    const { transferId } = await c.ok('transferComplaint', { id, transfer: transferInput(10, NOW) }, marketOfficer);
    await t.ok('withdrawTransfer', { id: transferId, note: '经核实属本局职能' }, marketOfficer);
    const back = await c.read(id, marketOfficer);
    expect(back).toMatchObject({ status: 'VERIFYING', outcome: null, transferId: null, handlingUnitCode: MARKET });
    expect(back.steps.map((s: any) => s.action)).toEqual(['create', 'startCheck', 'transfer', 'transferWithdrawn']);
    expect(back.allowedActions).toEqual(expect.arrayContaining(['answer', 'file', 'transfer']));
    // Withdrawn by its publisher, the record is not handled until reinstated.
    await hub.gql(
      'mutation($id: ID!) { revokeRecord(category: COMPLAINT, id: $id, reason: "重复录入") { version } }',
      { id },
      {
        credential: marketOfficer,
      },
    );
    const refused = onlyError(await c.act('answerComplaint', { id, answer: '未发现违法' }, marketOfficer));
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.id' });
  });

  it('links a repeat report of the same matter about the same party within the window to the first one', async () => {
    const first = await c.publish(complaintInput(5, new Date(NOW.getTime() - 3 * DAY), { sourceId: 'DUP-1' }), qingyangOfficer);
    const again = await c.publish(
      complaintInput(5, new Date(NOW.getTime() - DAY), { sourceId: 'DUP-2', channel: 'PETITION' }),
      anhaiOfficer,
    );
    const otherParty = await c.publish(complaintInput(6, new Date(NOW.getTime() - DAY), { sourceId: 'DUP-3' }), qingyangOfficer);
    const old = await c.publish(complaintInput(7, new Date(NOW.getTime() - 45 * DAY), { sourceId: 'DUP-4' }), qingyangOfficer);
    const late = await c.publish(complaintInput(7, new Date(NOW.getTime() - DAY), { sourceId: 'DUP-5' }), qingyangOfficer);

    expect((await c.read(again, supervisor)).duplicateOf).toBe(first);
    expect(await c.read(first, supervisor)).toMatchObject({ duplicateOf: null, repeats: [again] });
    expect((await c.read(otherParty, supervisor)).duplicateOf).toBeNull();
    expect((await c.read(late, supervisor)).duplicateOf).toBeNull(); // 44 days after the first: outside 30
    expect((await c.read(old, supervisor)).repeats).toEqual([]);
    // Not merged: each is its own complaint, handled by its own first receiver.
    expect((await c.read(again, anhaiOfficer)).steps).toEqual([expect.objectContaining({ action: 'create', unitCode: ANHAI })]);
  });

  it('counts an answer given after its deadline as overdue; the periods per channel are set by an administrator', async () => {
    const set = await hub.gql(
      `mutation { setComplaintDeadlines(channel: COMPLAINT, initialCheckWorkingDays: 1, answerWorkingDays: 2) {
        channel initialCheckWorkingDays answerWorkingDays } }`,
      {},
      { credential: admin },
    );
    expect(set.data!.setComplaintDeadlines).toEqual({ channel: 'COMPLAINT', initialCheckWorkingDays: 1, answerWorkingDays: 2 });
    const refused = onlyError(
      await hub.gql(
        `mutation { setComplaintDeadlines(channel: COMPLAINT, initialCheckWorkingDays: 1, answerWorkingDays: 2) { channel } }`,
        {},
        {
          credential: marketOfficer,
        },
      ),
    );
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await hub.sql(`SELECT target FROM audit_entry WHERE operation = 'complaint.setDeadlines' AND outcome = 'OK'`)).toEqual([
      { target: 'COMPLAINT' },
    ]);

    const id = await c.publish(complaintInput(8, NOW, { channel: 'COMPLAINT', sourceId: 'LATE-1' }), qingyangOfficer);
    const onTime = await c.publish(complaintInput(9, NOW, { sourceId: 'ONTIME-1' }), qingyangOfficer); // REPORT: 5 and 15
    expect((await c.read(id, qingyangOfficer)).deadlines.map((d: any) => [d.kind, d.dueAt])).toEqual([
      ['INITIAL_CHECK', '2026-03-10T15:59:59.999Z'],
      ['ANSWER', '2026-03-11T15:59:59.999Z'],
    ]);
    hub.clock.set(new Date('2026-03-12T02:00:00Z'));
    await eventually(
      () => c.read(id, qingyangOfficer),
      (complaint) => complaint.deadlines.every((d: any) => d.overdue),
    );
    expect(
      (await hub.sql(`SELECT count(*)::int AS n FROM change_event WHERE subject = $1 AND type = 'complaint.overdue'`, [id]))[0].n,
    ).toBe(2);

    await c.ok('startComplaintCheck', { id }, qingyangOfficer);
    const answered = await c.ok('answerComplaint', { id, answer: '经核查未发现违法行为' }, qingyangOfficer);
    expect(answered).toMatchObject({ status: 'ANSWERED', overdue: true });
    expect(answered.deadlines).toEqual([
      expect.objectContaining({ kind: 'INITIAL_CHECK', outcome: 'MET', overdue: true, overdueAt: expect.any(String) }),
      expect.objectContaining({ kind: 'ANSWER', outcome: 'MET', overdue: true, overdueAt: expect.any(String) }),
    ]);
    const ids = async (filter: string) =>
      (
        await hub.gql(`{ complaintRecords(${filter}, first: 100) { nodes { id } } }`, {}, { credential: supervisor })
      ).data!.complaintRecords.nodes.map((n: any) => n.id);
    expect(await ids('overdue: true')).toContain(id);
    expect(await ids('overdue: true')).not.toContain(onTime);
    expect(await ids('overdue: false')).toContain(onTime);
    expect(await ids('overdue: true, status: ANSWERED')).toEqual([id]);
  });
});
