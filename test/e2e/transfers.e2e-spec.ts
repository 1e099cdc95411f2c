import { ApiKeyScope, Role } from '@hub/shared-schema';
import { ANHAI, MARKET, QINGYANG, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';
import { transferClient, transferInput } from '../utils/transfers';

/** Monday 9 March 2026, 10:00 in Jinjiang. */
const NOW = new Date('2026-03-09T02:00:00Z');

describe('case transfers through GraphQL (e2e): the lifecycle of §4(3)', () => {
  let hub: TestApp;
  let t: ReturnType<typeof transferClient>;
  let marketOfficer: string;
  let marketLeader: string;
  let anhaiLeader: string; // a leader, of another unit
  let qingyangOfficer: string;
  let anhaiOfficer: string;
  let cityOfficer: string;
  let supervisor: string;
  let qingyangKey: string;

  beforeAll(async () => {
    hub = await startTestApp();
    hub.clock.set(NOW);
    t = transferClient(hub);
    await seed.foodMatter(hub);
    [marketOfficer, marketLeader, anhaiLeader, qingyangOfficer, anhaiOfficer, cityOfficer, supervisor] = await Promise.all([
      hub.userToken([Role.OFFICER], MARKET),
      hub.userToken([Role.LEADER], MARKET),
      hub.userToken([Role.LEADER], ANHAI),
      hub.userToken([Role.OFFICER], QINGYANG),
      hub.userToken([Role.OFFICER], ANHAI),
      hub.userToken([Role.OFFICER], 'city-government'),
      hub.userToken([Role.SUPERVISOR], 'joint-meeting-office'),
    ]);
    qingyangKey = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
  });
  afterAll(() => hub.close());

  /** A transfer of party `n` brought to APPROVED with its source material and evidence attached. */
  async function approved(n: number): Promise<string> {
    const { id } = await t.create(transferInput(n, NOW), marketOfficer);
    await t.attach(id, 'SOURCE', marketOfficer);
    await t.attach(id, 'EVIDENCE', marketOfficer);
    await t.ok('submitTransfer', { id }, marketOfficer);
    await t.ok('approveTransfer', { id }, marketLeader);
    return id;
  }

  /** The refusal's code and reason, and that nothing was written. */
  async function refusedUnchanged(id: string, run: () => Promise<any>, code: string, reason?: string) {
    const before = await t.footprint(id);
    const error = onlyError(await run());
    expect(error.extensions).toMatchObject({ code, ...(reason ? { reason } : {}) });
    expect(await t.footprint(id)).toEqual(before);
    return error;
  }

  it('takes a transfer from draft to closed, each step by the side and role the declaration names', async () => {
    const draft = await t.create(transferInput(1, NOW), marketOfficer);
    expect(draft).toMatchObject({ state: 'DRAFT', senderUnitCode: MARKET, receiverUnitCode: QINGYANG, warnings: [] });
    expect(draft.steps).toEqual([expect.objectContaining({ action: 'create', toState: 'DRAFT', side: 'SENDER', unitCode: MARKET })]);
    // §4(3)3①: 5 working days after discovery (Monday): the end of Monday 16 March, Shanghai time.
    expect(draft.deadlines).toEqual([
      expect.objectContaining({
        kind: 'SEND',
        clause: '§4(3)3①',
        rule: { workingDays: 5, hours: null },
        dueAt: '2026-03-16T15:59:59.999Z',
      }),
    ]);
    const id = draft.id as string;
    // §4(3)4: the letter is the hub's, issued on approval; a unit uploads the source material and the evidence.
    expect(onlyError(await t.attachResponse(id, 'LETTER', marketOfficer)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.kind',
    });
    await t.attach(id, 'SOURCE', marketOfficer);
    await t.attach(id, 'EVIDENCE', marketOfficer);

    expect((await t.ok('submitTransfer', { id }, marketOfficer)).state).toBe('SUBMITTED');
    const rejected = await t.ok('rejectTransfer', { id, note: '案情描述不完整' }, marketLeader);
    expect(rejected.state).toBe('DRAFT');
    expect(rejected.steps.at(-1)).toMatchObject({ action: 'reject', fromState: 'SUBMITTED', note: '案情描述不完整', side: 'SENDER' });
    await t.ok('submitTransfer', { id }, marketOfficer);
    const approvedOne = await t.ok('approveTransfer', { id }, marketLeader);
    expect(approvedOne).toMatchObject({ state: 'APPROVED', allowedActions: expect.arrayContaining(['send', 'withdraw', 'extend']) });
    // The letter the leader approved, kept as the transfer's evidence with its hash.
    expect(approvedOne.letterNo).toMatch(/^晋江移〔2026〕\d{4}号$/);
    const letter = approvedOne.materials.find((m: any) => m.kind === 'LETTER');
    expect(letter.evidence).toMatchObject({ id: approvedOne.letterEvidenceId, sha256: approvedOne.letterSha256, status: 'CONFIRMED' });
    // Once approved, the materials are what the leader approved: none is added after.
    expect(onlyError(await t.attachResponse(id, 'EVIDENCE', marketOfficer)).extensions).toMatchObject({ code: 'CONFLICT' });

    const sent = await t.ok('sendTransfer', { id }, marketOfficer);
    expect(sent.state).toBe('SENT');
    expect(sent.materials.map((m: any) => m.kind).sort()).toEqual(['EVIDENCE', 'LETTER', 'SOURCE']);
    expect(sent.deadlines.find((d: any) => d.kind === 'SEND')).toMatchObject({ outcome: 'MET' });
    expect(sent.deadlines.find((d: any) => d.kind === 'ANSWER')).toMatchObject({ clause: '§4(3)3④', outcome: null });

    // The receiver reads it (its inbox first) and accepts; the result period is the local policy's 60 working days.
    const inbox = await hub.gql('{ transferInbox { id state } }', {}, { credential: qingyangOfficer });
    expect(inbox.data!.transferInbox).toContainEqual({ id, state: 'SENT' });
    const accepted = await t.ok('acceptTransfer', { id }, qingyangOfficer);
    expect(accepted.steps.at(-1)).toMatchObject({ action: 'accept', side: 'RECEIVER', unitCode: QINGYANG });
    expect(accepted.deadlines.find((d: any) => d.kind === 'RESULT')).toMatchObject({
      rule: { workingDays: 60, hours: null },
      outcome: null,
    });

    const penaltyId = await seed.penalty(hub, qingyangKey, 1);
    const reported = await t.ok('reportTransferResult', { id, summary: '已立案处罚', penaltyId }, qingyangOfficer);
    expect(reported).toMatchObject({ state: 'RESULT_REPORTED', resultSummary: '已立案处罚', resultPenaltyId: penaltyId });
    const closed = await t.ok('closeTransfer', { id }, marketOfficer);
    expect(closed).toMatchObject({ state: 'CLOSED', allowedActions: [] });
    expect(closed.steps.map((s: any) => s.action)).toEqual([
      'create',
      'submit',
      'reject',
      'submit',
      'approve',
      'send',
      'accept',
      'reportResult',
      'close',
    ]);

    // Each step has its audit row and its event to both units and the supervisors' office.
    const events = await hub.sql(`SELECT type, audience, category FROM change_event WHERE subject = $1 ORDER BY position`, [id]);
    expect(events.map((e) => e.type)).toEqual([
      'transfer.created',
      'transfer.submit',
      'transfer.reject',
      'transfer.submit',
      'transfer.approve',
      'transfer.send',
      'transfer.accept',
      'transfer.reportResult',
      'transfer.close',
    ]);
    for (const event of events) {
      expect(event.category).toBe('OTHER');
      expect([...event.audience].sort()).toEqual(['joint-meeting-office', MARKET, QINGYANG].sort());
    }
    expect((await t.footprint(id)).audits).toBe(9);
  });

  it('refuses approval by an officer and by a leader of another unit, and writes nothing', async () => {
    const { id } = await t.create(transferInput(2, NOW), marketOfficer);
    await t.ok('submitTransfer', { id }, marketOfficer);
    const byOfficer = await refusedUnchanged(
      id,
      () => t.act('approveTransfer', { id }, marketOfficer),
      'FORBIDDEN',
      'ACTION_NOT_PERMITTED',
    );
    expect(byOfficer.extensions).toMatchObject({ state: 'SUBMITTED', allowedActions: ['extend', 'withdraw'] });
    const byOtherLeader = await refusedUnchanged(
      id,
      () => t.act('approveTransfer', { id }, anhaiLeader),
      'FORBIDDEN',
      'ACTION_NOT_PERMITTED',
    );
    expect(byOtherLeader.extensions).toMatchObject({ state: 'SUBMITTED', allowedActions: [] });
  });

  it('refuses sending before approval and without the materials, naming what is missing', async () => {
    const { id } = await t.create(transferInput(3, NOW), marketOfficer);
    const early = await refusedUnchanged(id, () => t.act('sendTransfer', { id }, marketOfficer), 'CONFLICT', 'TRANSITION_NOT_ALLOWED');
    expect(early.extensions).toMatchObject({ state: 'DRAFT', allowedActions: ['submit', 'extend', 'withdraw'] });

    await t.attach(id, 'SOURCE', marketOfficer);
    await t.ok('submitTransfer', { id }, marketOfficer);
    await t.ok('approveTransfer', { id }, marketLeader);
    const bare = await refusedUnchanged(id, () => t.act('sendTransfer', { id }, marketOfficer), 'CONFLICT', 'TRANSFER_MATERIALS_MISSING');
    expect(bare.extensions!.missing).toEqual(['EVIDENCE']);
  });

  it('escalates a declined case to the city government, whose named unit must accept: no decline after the decision', async () => {
    const id = await approved(4);
    await t.ok('sendTransfer', { id }, marketOfficer);
    await refusedUnchanged(id, () => t.act('declineTransfer', { id }, qingyangOfficer), 'BAD_USER_INPUT');
    await t.ok('declineTransfer', { id, note: '不属于本街道管辖' }, qingyangOfficer);
    const escalated = await t.ok('escalateTransfer', { id }, qingyangOfficer);
    expect(escalated).toMatchObject({ state: 'ESCALATED', cityGovernmentUnitCode: 'city-government' });
    // Only the city government decides.
    await refusedUnchanged(
      id,
      () => t.act('assignTransfer', { id, handlingUnitCode: ANHAI }, marketLeader),
      'FORBIDDEN',
      'ACTION_NOT_PERMITTED',
    );
    const assigned = await t.ok('assignTransfer', { id, handlingUnitCode: ANHAI, note: '由安海镇办理' }, cityOfficer);
    expect(assigned).toMatchObject({ state: 'ASSIGNED', receiverUnitCode: ANHAI, originalReceiverUnitCode: QINGYANG });
    expect(assigned.steps.at(-1)).toMatchObject({ action: 'assign', side: 'CITY_GOVERNMENT', unitCode: 'city-government' });

    const decline = await refusedUnchanged(
      id,
      () => t.act('declineTransfer', { id, note: '不属于本镇' }, anhaiOfficer),
      'CONFLICT',
      'TRANSITION_NOT_ALLOWED',
    );
    expect(decline.extensions).toMatchObject({ state: 'ASSIGNED', allowedActions: ['accept'] });
    expect((await t.ok('acceptTransfer', { id }, anhaiOfficer)).state).toBe('ACCEPTED');
    const events = await hub.sql(`SELECT audience FROM change_event WHERE subject = $1 AND type = 'transfer.accept'`, [id]);
    expect([...events[0].audience].sort()).toEqual([ANHAI, 'city-government', 'joint-meeting-office', MARKET, QINGYANG].sort());
  });

  it('§4(3)3④: a receiver may not transfer a case it received onward, not even the first receiver after escalation', async () => {
    const id = await approved(5);
    await t.ok('sendTransfer', { id }, marketOfficer);
    const before = await hub.sql(`SELECT count(*)::int AS n FROM case_transfer`);
    const onward = onlyError(
      await hub.gql(
        `mutation($input: CreateTransferInput!) { createTransfer(input: $input) { id } }`,
        { input: transferInput(5, NOW, { receiverUnitCode: ANHAI }) },
        { credential: qingyangOfficer },
      ),
    );
    expect(onward.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ONWARD_TRANSFER_FORBIDDEN' });
    expect(await hub.sql(`SELECT count(*)::int AS n FROM case_transfer`)).toEqual(before);
    // Another party is another case.
    await t.create(transferInput(6, NOW, { receiverUnitCode: ANHAI }), qingyangOfficer);
  });

  it('lets the sender withdraw before acceptance only, with a reason', async () => {
    const id = await approved(7);
    await t.ok('sendTransfer', { id }, marketOfficer);
    const withdrawn = await t.ok('withdrawTransfer', { id, note: '当事人已补办许可' }, marketOfficer);
    expect(withdrawn).toMatchObject({ state: 'WITHDRAWN', allowedActions: [] });
    expect(withdrawn.deadlines.find((d: any) => d.kind === 'ANSWER')).toMatchObject({ outcome: 'CANCELLED' });

    const other = await approved(8);
    await t.ok('sendTransfer', { id: other }, marketOfficer);
    await t.ok('acceptTransfer', { id: other }, qingyangOfficer);
    await refusedUnchanged(
      other,
      () => t.act('withdrawTransfer', { id: other, note: '撤回' }, marketOfficer),
      'CONFLICT',
      'TRANSITION_NOT_ALLOWED',
    );
  });

  it('§4(3)3②: an extension is announced with a reason, never past 10 working days from discovery', async () => {
    const { id } = await t.create(transferInput(9, NOW), marketOfficer);
    await refusedUnchanged(
      id,
      () => t.act('extendTransfer', { id, workingDays: 11, note: '需进一步调查' }, marketOfficer),
      'BAD_USER_INPUT',
      'EXTENSION_BEYOND_LIMIT',
    );
    // An extension extends: 5 working days or fewer is no extension, refused at the edge with the field.
    const shorter = await refusedUnchanged(
      id,
      () => t.act('extendTransfer', { id, workingDays: 5, note: '需进一步调查' }, marketOfficer),
      'BAD_USER_INPUT',
    );
    expect(shorter.extensions).toMatchObject({ field: 'input.workingDays' });
    const extended = await t.ok('extendTransfer', { id, workingDays: 10, note: '需进一步调查取证' }, marketOfficer);
    expect(extended.state).toBe('DRAFT');
    expect(extended.deadlines).toEqual([
      expect.objectContaining({ kind: 'SEND', rule: { workingDays: 10, hours: null }, dueAt: '2026-03-23T15:59:59.999Z' }),
    ]);
    expect(extended.steps.at(-1)).toMatchObject({ action: 'extend', fromState: 'DRAFT', toState: 'DRAFT', note: '需进一步调查取证' });
    const [announced] = await hub.sql(`SELECT audience FROM change_event WHERE subject = $1 AND type = 'transfer.extend'`, [id]);
    expect(announced.audience).toContain(QINGYANG);

    const urgent = await t.create(transferInput(10, NOW, { urgent: true }), marketOfficer);
    expect(urgent.deadlines[0]).toMatchObject({ rule: { workingDays: null, hours: 24 }, dueAt: '2026-03-10T01:00:00.000Z' });
    await refusedUnchanged(
      urgent.id,
      () => t.act('extendTransfer', { id: urgent.id, workingDays: 6, note: '调查' }, marketOfficer),
      'BAD_USER_INPUT',
      'EXTENSION_BEYOND_LIMIT',
    );
  });

  it('§4(3)3②: an extension announced after the sending deadline passed is refused', async () => {
    const late = new Date('2026-03-20T02:00:00Z');
    const { id } = await t.create(transferInput(11, NOW), marketOfficer);
    hub.clock.set(late); // the 5 working days ended on 16 March
    try {
      await refusedUnchanged(
        id,
        () => t.act('extendTransfer', { id, workingDays: 8, note: '需进一步调查' }, marketOfficer),
        'CONFLICT',
        'EXTENSION_TOO_LATE',
      );
    } finally {
      hub.clock.set(NOW);
    }
  });

  it('warns of a receiver the catalog does not name, and refuses what §4(3) rules out when drafting', async () => {
    const elsewhere = await t.create(transferInput(12, NOW, { receiverUnitCode: ANHAI }), marketOfficer);
    expect(elsewhere.warnings).toEqual([expect.objectContaining({ code: 'RECEIVER_NOT_IN_CATALOG' })]);

    const create = (input: Record<string, unknown>) =>
      hub.gql(`mutation($input: CreateTransferInput!) { createTransfer(input: $input) { id } }`, { input }, { credential: marketOfficer });
    // §4(3): the department lacks the power in Qingyang: it stops the violation and secures the evidence first.
    expect(onlyError(await create(transferInput(13, NOW, { violationStopped: false }))).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'STOP_AND_SECURE_FIRST',
    });
    // §4(3)2①: closed before the matter was devolved (1 July 2021): stays with the department.
    expect(onlyError(await create(transferInput(14, NOW, { caseClosedOn: '2021-05-01' }))).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CLOSED_BEFORE_DEVOLUTION',
    });
    expect(await hub.sql(`SELECT id FROM case_transfer WHERE party_uscc = ANY($1)`, [[uscc(13), uscc(14)]])).toEqual([]);
  });

  it('shows a transfer to the units handling it and to supervisors only; lists sent and received apart', async () => {
    const id = await approved(15);
    await t.ok('sendTransfer', { id }, marketOfficer);
    expect((await t.read(id, supervisor)).id).toBe(id);
    expect(
      onlyError(await hub.gql('query($id: ID!) { transfer(id: $id) { id } }', { id }, { credential: anhaiOfficer })).extensions,
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    const list = (direction: string, credential: string) =>
      hub.gql(
        `query($d: TransferDirection) { transfers(direction: $d, first: 100) { nodes { id } pageInfo { hasNextPage } } }`,
        { d: direction },
        {
          credential,
        },
      );
    const sent = (await list('SENT', marketOfficer)).data!.transfers.nodes.map((n: any) => n.id);
    const received = (await list('RECEIVED', qingyangOfficer)).data!.transfers.nodes.map((n: any) => n.id);
    expect(sent).toContain(id);
    expect(received).toContain(id);
    expect((await list('RECEIVED', marketOfficer)).data!.transfers.nodes.map((n: any) => n.id)).not.toContain(id);
    const filtered = await hub.gql(
      `query($party: String) { transfers(party: $party, state: SENT) { nodes { id partyUscc } } }`,
      { party: uscc(15) },
      { credential: supervisor },
    );
    expect(filtered.data!.transfers.nodes).toEqual([{ id, partyUscc: uscc(15) }]);
  });
});
