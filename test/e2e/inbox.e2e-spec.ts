import { ApiKeyScope, Role } from '@hub/shared-schema';
import { ANHAI, MARKET, QINGYANG } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';
import { assistanceClient } from '../utils/assistance';
import { complaintInput } from '../utils/complaints';
import { transferClient, transferInput } from '../utils/transfers';

/** Monday 9 March 2026, 10:00 in Jinjiang. */
const NOW = new Date('2026-03-09T02:00:00Z');
const INBOX = `query($first: Int) { inbox(first: $first) { itemType id state title urgent nextDueAt overdue since } }`;

describe('the inbox (待办) across the workflows (e2e)', () => {
  let hub: TestApp;
  let t: ReturnType<typeof transferClient>;
  let marketOfficer: string;
  let marketLeader: string;
  let qingyangOfficer: string;
  let anhaiOfficer: string;

  beforeAll(async () => {
    hub = await startTestApp();
    hub.clock.set(NOW);
    t = transferClient(hub);
    await seed.foodMatter(hub);
    [marketOfficer, marketLeader, qingyangOfficer, anhaiOfficer] = await Promise.all([
      hub.userToken([Role.OFFICER], MARKET),
      hub.userToken([Role.LEADER], MARKET),
      hub.userToken([Role.OFFICER], QINGYANG),
      hub.userToken([Role.OFFICER], ANHAI),
    ]);
  });
  afterAll(() => hub.close());

  const inbox = async (credential: string, first?: number) => {
    const answer = await hub.gql(INBOX, { first }, { credential });
    expect(answer.errors).toBeUndefined();
    return answer.data!.inbox as any[];
  };

  it("lists what the unit must act on, the earliest deadline first, and nothing of other units'", async () => {
    const plain = await t.create(transferInput(1, NOW), marketOfficer);
    const urgent = await t.create(transferInput(2, NOW, { urgent: true }), marketOfficer);
    // Sent to Qingyang: out of the sender's inbox (nothing to do until the answer), into the receiver's.
    const sent = await t.create(transferInput(3, NOW), marketOfficer);
    await t.attach(sent.id, 'SOURCE', marketOfficer);
    await t.attach(sent.id, 'EVIDENCE', marketOfficer);
    await t.ok('submitTransfer', { id: sent.id }, marketOfficer);
    await t.ok('approveTransfer', { id: sent.id }, marketLeader);
    await t.ok('sendTransfer', { id: sent.id }, marketOfficer);

    expect(await inbox(marketOfficer)).toEqual([
      {
        itemType: 'TRANSFER',
        id: urgent.id,
        state: 'DRAFT',
        title: '晋江市示例食品店2',
        urgent: true,
        nextDueAt: '2026-03-10T01:00:00.000Z',
        overdue: false,
        since: '2026-03-09T01:00:00.000Z',
      },
      expect.objectContaining({ id: plain.id, state: 'DRAFT', urgent: false, nextDueAt: '2026-03-16T15:59:59.999Z' }),
    ]);
    expect(await inbox(qingyangOfficer)).toEqual([
      // §4(3)3④: the receiver answers within 5 working days of receipt: the end of Monday 16 March.
      expect.objectContaining({ itemType: 'TRANSFER', id: sent.id, state: 'SENT', nextDueAt: '2026-03-16T15:59:59.999Z' }),
    ]);
    expect(await inbox(anhaiOfficer)).toEqual([]);
    expect((await inbox(marketOfficer, 1)).map((item) => item.id)).toEqual([urgent.id]);
  });

  it("merges the workflows: a technical opinion Qingyang asked of the market bureau stands in the bureau's inbox by its deadline", async () => {
    const opinion = await assistanceClient(hub).ok(
      'createAssistanceRequest',
      {
        kind: 'TECHNICAL_OPINION',
        requestedUnitCode: MARKET,
        subject: '请求对涉案食品出具检验意见',
        details: '因查处需要，依据《晋江市镇街综合执法协作配合制度》第五条请求协助。',
      },
      qingyangOfficer,
    );
    // §5(2): the written opinion is due 5 working days after receipt: the end of Monday 16 March, as the
    // plain draft's sending deadline; the older item (the draft, discovered an hour before) comes first.
    const items = await inbox(marketOfficer);
    expect(items.map((item) => [item.itemType, item.id])).toEqual([
      ['TRANSFER', items[0].id],
      ['TRANSFER', items[1].id],
      ['ASSISTANCE', opinion.id],
    ]);
    expect(items[2]).toMatchObject({ state: 'SENT', title: '请求对涉案食品出具检验意见', nextDueAt: '2026-03-16T15:59:59.999Z' });

    // §4(2): a complaint Qingyang's hotline system registers is Qingyang's to check (5 working days by
    // default): beside the transfer it received, the older first; titled by the party, never the reporter.
    const complaintId = await seed.complaint(hub, await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH]), complaintInput(7, NOW));
    const qingyang = await inbox(qingyangOfficer);
    expect(qingyang.map((item) => item.itemType)).toEqual(['TRANSFER', 'COMPLAINT']);
    expect(qingyang[1]).toEqual({
      itemType: 'COMPLAINT',
      id: complaintId,
      state: 'RECEIVED',
      title: '晋江市示例食品店7',
      urgent: false,
      nextDueAt: '2026-03-16T15:59:59.999Z',
      overdue: false,
      since: NOW.toISOString(),
    });
  });

  it('answers a unit system by API key, and refuses a bad page size with its field and a reader without a unit worklist', async () => {
    const key = await hub.apiKey(QINGYANG, [ApiKeyScope.READ]);
    expect((await inbox(key)).map((item) => item.state)).toEqual(['SENT', 'RECEIVED']);
    expect(onlyError(await hub.gql(INBOX, { first: 0 }, { credential: marketOfficer })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    const supervisor = await hub.userToken([Role.SUPERVISOR], 'joint-meeting-office');
    expect(onlyError(await hub.gql(INBOX, {}, { credential: supervisor })).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
