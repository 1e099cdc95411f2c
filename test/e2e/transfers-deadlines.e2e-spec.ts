import { ApiKeyScope, Role } from '@hub/shared-schema';
import { ANHAI, MARKET, QINGYANG, residentId, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';
import { transferClient, transferInput } from '../utils/transfers';
import { eventually } from '../utils/wait';

/** Monday 9 March 2026, 10:00 in Jinjiang. */
const NOW = new Date('2026-03-09T02:00:00Z');
const SUBSCRIBE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;
const EVENTS = `query($id: ID!) { events(subscriptionId: $id, after: "0", first: 100) { nodes { type subject } } }`;

describe('case transfers (e2e): deadlines that mark themselves, criminal referral flags, masking', () => {
  let hub: TestApp;
  let t: ReturnType<typeof transferClient>;
  let marketOfficer: string;
  let marketLeader: string;
  let qingyangOfficer: string;
  let anhaiOfficer: string;
  let supervisor: string;
  let qingyangKey: string;

  beforeAll(async () => {
    hub = await startTestApp({ DEADLINE_SWEEP_MS: '100' });
    hub.clock.set(NOW);
    t = transferClient(hub);
    await seed.foodMatter(hub);
    [marketOfficer, marketLeader, qingyangOfficer, anhaiOfficer, supervisor] = await Promise.all([
      hub.userToken([Role.OFFICER], MARKET),
      hub.userToken([Role.LEADER], MARKET),
      hub.userToken([Role.OFFICER], QINGYANG),
      hub.userToken([Role.OFFICER], ANHAI),
      hub.userToken([Role.SUPERVISOR], 'joint-meeting-office'),
    ]);
    qingyangKey = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
  });
  afterAll(() => hub.close());

  const eventsOf = async (id: string, type: string) =>
    (await hub.sql(`SELECT type FROM change_event WHERE subject = $1 AND type = $2`, [id, type])).length;

  it('reminds one working day before the sending deadline, marks it overdue once, and tells both units', async () => {
    const feeds = await Promise.all(
      [MARKET, QINGYANG].map(async (unit) => {
        const key = await hub.apiKey(unit, [ApiKeyScope.SUBSCRIBE]);
        const created = await hub.gql(
          SUBSCRIBE,
          { input: { unitCode: unit, name: `transfers-${unit}`, delivery: 'PULL', startFrom: 'BEGINNING', categories: ['OTHER'] } },
          { credential: key },
        );
        expect(created.errors).toBeUndefined();
        return { key, id: created.data!.createSubscription.subscription.id as string };
      }),
    );
    const draft = await t.create(transferInput(1, NOW), marketOfficer);
    const [send] = draft.deadlines;
    // Due at the end of Monday 16 March; the reminder one working day before: as that last working day begins.
    expect(send).toMatchObject({ kind: 'SEND', dueAt: '2026-03-16T15:59:59.999Z', remindAt: '2026-03-15T16:00:00.000Z', overdue: false });

    hub.clock.set(new Date('2026-03-16T02:00:00Z'));
    await eventually(
      () => eventsOf(draft.id, 'transfer.reminder'),
      (n) => n === 1,
    );
    expect(await eventsOf(draft.id, 'transfer.overdue')).toBe(0);

    hub.clock.set(new Date('2026-03-17T02:00:00Z'));
    await eventually(
      () => eventsOf(draft.id, 'transfer.overdue'),
      (n) => n === 1,
    );
    // A later deadline marked by a later sweep: the first one's mark was not written again.
    const later = await t.create(transferInput(2, new Date('2026-03-17T02:00:00Z'), { urgent: true }), marketOfficer);
    hub.clock.set(new Date('2026-03-18T03:00:00Z'));
    await eventually(
      () => eventsOf(later.id, 'transfer.overdue'),
      (n) => n === 1,
    );
    expect(await eventsOf(draft.id, 'transfer.overdue')).toBe(1);
    expect(await eventsOf(draft.id, 'transfer.reminder')).toBe(1);

    const read = await t.read(draft.id, marketOfficer);
    expect(read.deadlines[0]).toMatchObject({ kind: 'SEND', overdue: true });
    const overdueList = await hub.gql('{ transfers(overdue: true, first: 50) { nodes { id } } }', {}, { credential: marketOfficer });
    expect(overdueList.data!.transfers.nodes.map((n: any) => n.id)).toContain(draft.id);
    // The sender's inbox: most urgent first, each with its earliest open deadline and the overdue mark.
    const inbox = (await hub.gql('{ transferInbox { id nextDueAt overdue } }', {}, { credential: marketOfficer })).data!.transferInbox;
    expect(inbox.slice(0, 2)).toEqual([
      { id: draft.id, nextDueAt: '2026-03-16T15:59:59.999Z', overdue: true },
      { id: later.id, nextDueAt: '2026-03-18T01:00:00.000Z', overdue: true },
    ]);

    for (const feed of feeds) {
      const nodes = (await hub.gql(EVENTS, { id: feed.id }, { credential: feed.key })).data!.events.nodes;
      const mine = nodes.filter((n: any) => n.subject === draft.id).map((n: any) => n.type);
      expect(mine).toEqual(expect.arrayContaining(['transfer.created', 'transfer.reminder', 'transfer.overdue']));
    }
    hub.clock.set(NOW);
  });

  it('§4(5): flags for supervisors a penalty published for the party and matter of a criminal referral', async () => {
    const referral = await t.create(transferInput(3, NOW, { receiverUnitCode: 'judicial-police', criminalReferral: true }), marketOfficer);
    expect(referral).toMatchObject({ criminalReferral: true, receiverUnitCode: 'judicial-police', warnings: [] });
    await t.attach(referral.id, 'SOURCE', marketOfficer);
    await t.attach(referral.id, 'EVIDENCE', marketOfficer);
    await t.ok('submitTransfer', { id: referral.id }, marketOfficer);
    await t.ok('approveTransfer', { id: referral.id }, marketLeader);
    const FLAGS = '{ criminalReferralFlags { nodes { transferId penaltyId penaltyPublisherCode matterCode referralState } } }';
    // A referral not yet sent was never made: a penalty for its party and matter is no fine instead of it.
    await seed.penalty(hub, qingyangKey, 30, { partyUscc: uscc(3) });
    expect((await hub.gql(FLAGS, {}, { credential: supervisor })).data!.criminalReferralFlags.nodes).toEqual([]);
    await t.ok('sendTransfer', { id: referral.id }, marketOfficer);

    const penaltyId = await seed.penalty(hub, qingyangKey, 3, { partyUscc: uscc(3) });
    const flags = await hub.gql(FLAGS, {}, { credential: supervisor });
    expect(flags.data!.criminalReferralFlags.nodes).toEqual([
      { transferId: referral.id, penaltyId, penaltyPublisherCode: QINGYANG, matterCode: 'SCJG-001', referralState: 'SENT' },
    ]);
    expect(await eventsOf(referral.id, 'transfer.penalty_flagged')).toBe(1);
    // The same penalty revised is not flagged twice; a penalty of another party is not flagged.
    await seed.penalty(hub, qingyangKey, 3, { partyUscc: uscc(3), fineAmount: '6000' });
    await seed.penalty(hub, qingyangKey, 4);
    expect((await hub.gql(FLAGS, {}, { credential: supervisor })).data!.criminalReferralFlags.nodes).toHaveLength(1);
    expect(onlyError(await hub.gql(FLAGS, {}, { credential: qingyangOfficer })).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('masks the ID number and phone for readers who do not handle the transfer, and audits every full view', async () => {
    const idNumber = residentId(5);
    const { id } = await t.create(transferInput(5, NOW, { partyUscc: null, partyIdNumber: idNumber, partyName: '张三' }), marketOfficer);
    await t.attach(id, 'SOURCE', marketOfficer);
    await t.attach(id, 'EVIDENCE', marketOfficer);
    await t.ok('submitTransfer', { id }, marketOfficer);
    await t.ok('approveTransfer', { id }, marketLeader);
    await t.ok('sendTransfer', { id }, marketOfficer);

    const full = await t.read(id, qingyangOfficer);
    expect(full).toMatchObject({ partyIdNumber: idNumber, contactPhone: '13800001234' });
    const audited = await hub.sql(`SELECT target FROM audit_entry WHERE operation = 'transfer.read.personalData' AND target = $1`, [id]);
    expect(audited.length).toBeGreaterThan(0);

    // Anhai's officer, before an inspection, sees the open transfer on the party's profile, masked.
    const profile = await hub.gql(
      `query($idNumber: String) { partyProfile(idNumber: $idNumber) { openTransfers { id partyIdNumber contactPhone senderUnitCode } } }`,
      { idNumber },
      { credential: anhaiOfficer },
    );
    expect(profile.errors).toBeUndefined();
    const [shown] = profile.data!.partyProfile.openTransfers;
    expect(shown).toMatchObject({ id, senderUnitCode: MARKET, contactPhone: '*******1234' });
    expect(shown.partyIdNumber).toBe(`${idNumber[0]}${'*'.repeat(16)}${idNumber.slice(-1)}`);
  });
});
