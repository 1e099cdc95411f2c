import { ApiKeyScope, Role } from '@hub/shared-schema';
import { FOOD_MATTER, licence, MARKET, penalty, PUBLISH_LICENCES, QINGYANG, residentId, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';
import { TestWebhookReceiver } from '../utils/webhook-receiver';

const PROFILE = `query($uscc: String, $licences: ProfileListInput, $penalties: ProfileListInput, $openComplaints: ProfileListInput) {
  partyProfile(uscc: $uscc, licences: $licences, penalties: $penalties, openComplaints: $openComplaints) {
    licences { id sourceId decisionDate } licencesPageInfo { hasNextPage endCursor }
    penalties { id } penaltiesPageInfo { hasNextPage endCursor }
    openComplaints { id } openComplaintsPageInfo { hasNextPage endCursor } } }`;
const EVENT_FIELDS = 'position id specversion source type subject time datacontenttype category townshipCode matterCode data';
const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;
const EVENTS = `query($id: ID!) { events(subscriptionId: $id, after: "0", first: 100) { nodes { ${EVENT_FIELDS} } } }`;

describe('what readers get: paged profiles, one event shape, audits naming records, suggestions (e2e)', () => {
  let hub: TestApp;
  let market: string;
  let town: string; // Qingyang's system: publishes penalties and complaints, subscribes
  let officer: string;
  let supervisor: string;
  const receivers: TestWebhookReceiver[] = [];
  beforeAll(async () => {
    hub = await startTestApp({ DELIVERY_POLL_MS: '20', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    await seed.foodMatter(hub);
    market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    town = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ, ApiKeyScope.SUBSCRIBE]);
    officer = await hub.userToken([Role.OFFICER], QINGYANG);
    supervisor = await hub.userToken([Role.SUPERVISOR], 'joint-meeting-office');
  });
  afterAll(async () => {
    await hub.close();
    await Promise.all(receivers.map((r) => r.stop()));
  });

  it('says when a profile list is cut and pages through each list on its own', async () => {
    const party = uscc(900);
    // 55 licences of one party, several on one decision date (the id breaks the tie).
    const licences = Array.from({ length: 55 }, (_, i) =>
      licence(1000 + i, { holderUscc: party, decisionDate: `2024-0${1 + (i % 9)}-01` }),
    );
    expect((await hub.gql(PUBLISH_LICENCES, { records: licences }, { credential: market })).data!.publishLicensingDecisions.accepted).toBe(
      55,
    );
    const penalties = Array.from({ length: 3 }, (_, i) => penalty(2000 + i, { partyUscc: party }));
    expect(
      (
        await hub.gql(
          'mutation($r: [PenaltyDecisionInput!]!) { publishPenaltyDecisions(records: $r) { accepted } }',
          { r: penalties },
          { credential: town },
        )
      ).data!.publishPenaltyDecisions.accepted,
    ).toBe(3);
    const complaints = Array.from({ length: 3 }, (_, i) => ({
      sourceId: `QY-TS-${i}`,
      channel: 'COMPLAINT',
      receivedAt: `2026-11-0${i + 1}T01:00:00Z`,
      summary: '投诉',
      status: 'RECEIVED',
      subjectUscc: party,
    }));
    expect(
      (
        await hub.gql(
          'mutation($r: [ComplaintRecordInput!]!) { publishComplaintRecords(records: $r) { accepted } }',
          { r: complaints },
          { credential: town },
        )
      ).data!.publishComplaintRecords.accepted,
    ).toBe(3);

    const ask = async (variables: Record<string, unknown>) => {
      const answer = await hub.gql(PROFILE, { uscc: party, ...variables }, { credential: officer });
      expect(answer.errors).toBeUndefined();
      return answer.data!.partyProfile;
    };
    const first = await ask({});
    expect(first.licences).toHaveLength(50);
    expect(first.licencesPageInfo).toEqual({ hasNextPage: true, endCursor: expect.any(String) });
    expect(first.penalties).toHaveLength(3);
    expect(first.penaltiesPageInfo).toMatchObject({ hasNextPage: false });
    expect(first.openComplaintsPageInfo).toMatchObject({ hasNextPage: false });
    const rest = await ask({ licences: { after: first.licencesPageInfo.endCursor } });
    expect(rest.licences).toHaveLength(5);
    expect(rest.licencesPageInfo.hasNextPage).toBe(false);
    const all = [...first.licences, ...rest.licences];
    expect(new Set(all.map((l: any) => l.sourceId))).toEqual(new Set(licences.map((l) => l.sourceId)));
    const dates = all.map((l: any) => l.decisionDate);
    expect(dates).toEqual([...dates].sort().reverse());

    // Every list pages with its own size and cursor.
    const small = await ask({ licences: { first: 20 }, penalties: { first: 2 }, openComplaints: { first: 1 } });
    expect([small.licences.length, small.penalties.length, small.openComplaints.length]).toEqual([20, 2, 1]);
    expect([small.licencesPageInfo.hasNextPage, small.penaltiesPageInfo.hasNextPage, small.openComplaintsPageInfo.hasNextPage]).toEqual([
      true,
      true,
      true,
    ]);
    const next = await ask({
      penalties: { first: 2, after: small.penaltiesPageInfo.endCursor },
      openComplaints: { first: 2, after: small.openComplaintsPageInfo.endCursor },
    });
    expect(next.penalties).toHaveLength(1);
    expect(next.openComplaints).toHaveLength(2);
    expect(new Set([...small.penalties, ...next.penalties].map((p: any) => p.id)).size).toBe(3);
    expect(new Set([...small.openComplaints, ...next.openComplaints].map((p: any) => p.id)).size).toBe(3);

    // Page sizes are bounded and cursors checked, each error naming its list.
    const tooMany = onlyError(await hub.gql(PROFILE, { uscc: party, licences: { first: 101 } }, { credential: officer }));
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'licences.first' });
    const forged = onlyError(await hub.gql(PROFILE, { uscc: party, penalties: { after: 'bm90LWEtY3Vyc29y' } }, { credential: officer }));
    expect(forged.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'penalties.after' });
  });

  it('delivers an event with the same fields by webhook as the feed answers', async () => {
    const receiver = new TestWebhookReceiver();
    receivers.push(receiver);
    const url = await receiver.start();
    const base = { unitCode: QINGYANG, categories: ['LICENSING'], startFrom: 'NOW' };
    const hook = await hub.gql(CREATE, { input: { ...base, name: 'hook', delivery: 'WEBHOOK', webhookUrl: url } }, { credential: town });
    const pull = await hub.gql(CREATE, { input: { ...base, name: 'pull', delivery: 'PULL' } }, { credential: town });
    expect([hook.errors, pull.errors]).toEqual([undefined, undefined]);
    const published = await hub.gql(PUBLISH_LICENCES, { records: [licence(3000)] }, { credential: market });
    const id = published.data!.publishLicensingDecisions.results[0].id;

    await receiver.waitFor(() => receiver.delivered.some((r) => r.event.subject === id));
    const body = receiver.delivered.find((r) => r.event.subject === id)!.event;
    const feed = (
      await hub.gql(EVENTS, { id: pull.data!.createSubscription.subscription.id }, { credential: town })
    ).data!.events.nodes.find((e: any) => e.subject === id);
    expect(Object.keys(body).sort()).toEqual(EVENT_FIELDS.split(' ').sort());
    expect(body).toEqual(feed);
    expect(body).toMatchObject({ townshipCode: QINGYANG, matterCode: FOOD_MATTER.code, datacontenttype: 'application/json' });
  });

  it('names every record of a multi-record full view in its audit row', async () => {
    const records = [1, 2, 3].map((n) =>
      licence(4000 + n, { holderUscc: null, holderIdNumber: residentId(4000 + n), holderName: `王小明${n}` }),
    );
    const published = await hub.gql(PUBLISH_LICENCES, { records }, { credential: market });
    const ids: string[] = published.data!.publishLicensingDecisions.results.map((r: any) => r.id);
    const read = await hub.gql(
      '{ licensingDecisions(holderNameContains: "王小明", first: 10) { nodes { id holderIdNumber } } }',
      {},
      { credential: supervisor },
    );
    expect(read.data!.licensingDecisions.nodes.map((n: any) => n.holderIdNumber).sort()).toEqual(
      [1, 2, 3].map((n) => residentId(4000 + n)).sort(),
    );
    const [row] = await hub.sql(
      `SELECT target, details FROM audit_entry WHERE operation = 'licensing.read.personalData' ORDER BY id DESC LIMIT 1`,
    );
    expect(row.target.split(',').sort()).toEqual([...ids].sort());
    expect([...row.details.recordIds].sort()).toEqual([...ids].sort());
  });

  it('says which fields exist when introspection is on, and hides them when it is off', async () => {
    const typo = onlyError(await hub.gql('{ licensingDecisions { nodes { holderNam } } }', {}, { credential: officer }));
    expect(typo.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.message).toContain('Did you mean "holderName"');
    expect(typo.message).not.toContain('[Suggestion hidden]');

    const closed = await startTestApp({ GRAPHQL_INTROSPECTION: 'false' });
    try {
      const key = await closed.apiKey(MARKET, [ApiKeyScope.READ]);
      const hidden = onlyError(await closed.gql('{ licensingDecisions { nodes { holderNam } } }', {}, { credential: key }));
      expect(hidden.message).not.toContain('holderName');
      expect(hidden.message).toContain('[Suggestion hidden]');
    } finally {
      await closed.close();
    }
  });
});
