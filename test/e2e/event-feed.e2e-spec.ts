import { ApiKeyScope, Role } from '@hub/shared-schema';
import { ANHAI, FOOD_MATTER, licence, MARKET, PUBLISH_LICENCES, QINGYANG, residentId, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';

const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) {
  webhookSecret subscription { id unitCode name delivery position categories townshipCodes } } }`;
const EVENTS = `query($id: ID!, $after: String, $first: Int) { events(subscriptionId: $id, after: $after, first: $first) {
  endCursor hasMore nodes { position id specversion source type subject time category townshipCode matterCode data } } }`;
const ACK = `mutation($id: ID!, $position: String!) { acknowledgeEvents(subscriptionId: $id, position: $position) { position } }`;

describe('change log: pull feed and subscriptions (e2e)', () => {
  let hub: TestApp;
  let market: string;
  let qingyang: string; // Qingyang subdistrict's system: subscribes to its township
  let anhai: string; // Anhai town's system
  beforeAll(async () => {
    hub = await startTestApp();
    await seed.foodMatter(hub);
    market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ, ApiKeyScope.SUBSCRIBE]);
    qingyang = await hub.apiKey(QINGYANG, [ApiKeyScope.SUBSCRIBE]);
    anhai = await hub.apiKey(ANHAI, [ApiKeyScope.SUBSCRIBE]);
  });
  afterAll(() => hub.close());

  async function subscribe(credential: string, input: Record<string, unknown>) {
    const created = await hub.gql(CREATE, { input: { delivery: 'PULL', startFrom: 'BEGINNING', ...input } }, { credential });
    expect(created.errors).toBeUndefined();
    return created.data!.createSubscription.subscription.id as string;
  }

  async function readAll(credential: string, id: string, first: number) {
    const seen: any[] = [];
    let after: string | null = '0';
    for (let pages = 0; pages < 100; pages++) {
      const page: any = (await hub.gql(EVENTS, { id, after, first }, { credential })).data!.events;
      seen.push(...page.nodes);
      after = page.endCursor;
      if (!page.hasMore) return { seen, endCursor: after };
    }
    throw new Error('feed did not end');
  }

  it('replays from the start every matching event once, in log order, CloudEvents-shaped', async () => {
    const records = Array.from({ length: 23 }, (_, i) => licence(100 + i, { townshipCode: i % 2 ? ANHAI : QINGYANG }));
    expect((await hub.gql(PUBLISH_LICENCES, { records }, { credential: market })).data?.publishLicensingDecisions.accepted).toBe(23);
    await seed.licence(hub, market, 100, { status: 'SUSPENDED' });

    const id = await subscribe(qingyang, { unitCode: QINGYANG, name: 'replay', townshipCodes: [QINGYANG] });
    const { seen, endCursor } = await readAll(qingyang, id, 5);
    const expected = await hub.sql<{ position: string; id: string }>(
      `SELECT position::text, id FROM change_event WHERE township_code = $1 OR $1 = ANY(recipients) ORDER BY change_event.position`,
      [QINGYANG],
    );
    expect(seen.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    expect(seen.length).toBe(13); // 12 published in Qingyang, one revised
    expect(seen.map((e) => e.type).filter((t) => t === 'licensing.revised')).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      specversion: '1.0',
      source: `urn:jinjiang-hub:unit:${MARKET}`,
      category: 'LICENSING',
      townshipCode: QINGYANG,
    });
    expect(seen[0].data.record.holderUscc).toMatch(/^91350582/);
    // The end cursor is the head of the log, past events the filter skipped.
    const [{ head }] = await hub.sql('SELECT max(position)::text AS head FROM change_event');
    expect(endCursor).toBe(head);
  });

  it('gives two consumers with different subscriptions only their own events, and no one else their feed', async () => {
    const q = await subscribe(qingyang, { unitCode: QINGYANG, name: 'mine', townshipCodes: [QINGYANG] });
    const a = await subscribe(anhai, { unitCode: ANHAI, name: 'mine', townshipCodes: [ANHAI] });
    const fromQ = (await readAll(qingyang, q, 100)).seen;
    const fromA = (await readAll(anhai, a, 100)).seen;
    expect(fromQ.length).toBeGreaterThan(0);
    expect(fromA.length).toBeGreaterThan(0);
    expect(fromQ.every((e) => e.townshipCode === QINGYANG)).toBe(true);
    expect(fromA.every((e) => e.townshipCode === ANHAI)).toBe(true);
    expect(fromQ.filter((e) => fromA.some((x) => x.id === e.id))).toEqual([]);

    expect(onlyError(await hub.gql(EVENTS, { id: q, after: '0' }, { credential: anhai })).extensions?.code).toBe('FORBIDDEN');
    const readOnly = await hub.apiKey(QINGYANG, [ApiKeyScope.READ]);
    expect(onlyError(await hub.gql(EVENTS, { id: q, after: '0' }, { credential: readOnly })).extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps personal data masked for other units, and shows it to the publisher with an audit row', async () => {
    const idNumber = residentId(7);
    await seed.licence(hub, market, 200, { holderUscc: null, holderIdNumber: idNumber, holderPhone: '13905951234', holderName: '王小明' });
    const q = await subscribe(qingyang, { unitCode: QINGYANG, name: 'masking', partyKeys: [], categories: ['LICENSING'] });
    const mine = await subscribe(market, { unitCode: MARKET, name: 'own' });

    const event = (await readAll(qingyang, q, 100)).seen.find((e) => e.data.sourceId === 'SCJG-2026-200');
    expect(event.data.record.holderIdNumber).not.toContain(idNumber.slice(6, 14));
    expect(event.data.record.holderIdNumber).toBe(`3****************${idNumber.slice(-1)}`);
    expect(event.data.record.holderPhone).toBe('*******1234');
    expect(JSON.stringify(event)).not.toContain(idNumber);

    const own = (await readAll(market, mine, 100)).seen.find((e) => e.data.sourceId === 'SCJG-2026-200');
    expect(own.data.record.holderIdNumber).toBe(idNumber);
    const audits = await hub.sql(`SELECT unit_code, details FROM audit_entry WHERE operation = 'events.personalData'`);
    expect(audits.some((row) => row.unit_code === MARKET && row.details.recordIds.includes(own.subject))).toBe(true);
    expect(audits.some((row) => row.unit_code === QINGYANG)).toBe(false);
  });

  it('filters by matter, publisher, party and event type, each selecting exactly what SQL selects', async () => {
    const admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
    const OTHER_MATTER = { ...FOOD_MATTER, code: 'SCJG-002', name: '药品经营许可相关违法行为处罚' };
    await seed.matter(hub, admin, OTHER_MATTER);
    const records = [
      licence(400),
      licence(401, { matterCode: OTHER_MATTER.code }),
      licence(402, { matterCode: OTHER_MATTER.code, townshipCode: ANHAI }),
    ];
    expect((await hub.gql(PUBLISH_LICENCES, { records }, { credential: market })).data?.publishLicensingDecisions.accepted).toBe(3);
    await seed.licence(hub, market, 400, { status: 'SUSPENDED' });
    const qingyangPublisher = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH]);
    await seed.penalty(hub, qingyangPublisher, 403);

    const cases: Array<[string, Record<string, string[]>, string, unknown]> = [
      ['matter', { matterCodes: [OTHER_MATTER.code] }, 'matter_code = $1', OTHER_MATTER.code],
      ['publisher', { publisherCodes: [QINGYANG] }, 'source_unit_code = $1', QINGYANG],
      ['party', { partyKeys: [uscc(400)] }, 'party_key = $1', uscc(400)],
      ['type', { eventTypes: ['licensing.revised'] }, 'type = $1', 'licensing.revised'],
    ];
    const [{ total }] = await hub.sql('SELECT count(*)::int AS total FROM change_event');
    for (const [name, filter, where, value] of cases) {
      const id = await subscribe(market, { unitCode: MARKET, name: `by-${name}`, ...filter });
      const seen = (await readAll(market, id, 7)).seen;
      const expected = await hub.sql(`SELECT id FROM change_event WHERE ${where} ORDER BY position`, [value]);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(total); // the filter selects
      expect({ name, ids: seen.map((e) => e.id) }).toEqual({ name, ids: expected.map((e) => e.id) });
    }
    // Filters combine: both of Qingyang's events under the other matter, none of Anhai's.
    const both = await subscribe(market, {
      unitCode: MARKET,
      name: 'matter-and-township',
      matterCodes: [OTHER_MATTER.code],
      townshipCodes: [QINGYANG],
    });
    expect((await readAll(market, both, 100)).seen.map((e) => e.data.sourceId)).toEqual(['SCJG-2026-401']);
  });

  it('continues after the acknowledged position, and refuses acknowledgements beyond the log', async () => {
    const id = await subscribe(qingyang, { unitCode: QINGYANG, name: 'ack', townshipCodes: [QINGYANG] });
    const first = (await hub.gql(EVENTS, { id, first: 3 }, { credential: qingyang })).data!.events;
    expect(first.nodes).toHaveLength(3);
    expect((await hub.gql(ACK, { id, position: first.endCursor }, { credential: qingyang })).data?.acknowledgeEvents.position).toBe(
      first.endCursor,
    );
    const next = (await hub.gql(EVENTS, { id, first: 3 }, { credential: qingyang })).data!.events;
    expect(BigInt(next.nodes[0].position)).toBeGreaterThan(BigInt(first.endCursor));
    // An older acknowledgement arriving late does not move the position back.
    await hub.gql(ACK, { id, position: '1' }, { credential: qingyang });
    expect(
      (await hub.gql('query($id: ID!) { subscription(id: $id) { position } }', { id }, { credential: qingyang })).data?.subscription
        .position,
    ).toBe(first.endCursor);
    const beyond = onlyError(await hub.gql(ACK, { id, position: '999999999' }, { credential: qingyang }));
    expect(beyond.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'position' });
    const bad = onlyError(await hub.gql(ACK, { id, position: 'abc' }, { credential: qingyang }));
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'position' });
  });

  it('starts a NOW subscription at the head, and validates what a subscription asks for', async () => {
    const created = await hub.gql(CREATE, { input: { unitCode: QINGYANG, name: 'now', delivery: 'PULL' } }, { credential: qingyang });
    const [{ head }] = await hub.sql('SELECT max(position)::text AS head FROM change_event');
    expect(created.data?.createSubscription).toMatchObject({ webhookSecret: null, subscription: { position: head, delivery: 'PULL' } });
    const dup = onlyError(
      await hub.gql(CREATE, { input: { unitCode: QINGYANG, name: 'now', delivery: 'PULL' } }, { credential: qingyang }),
    );
    expect(dup.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
    const noUrl = onlyError(
      await hub.gql(CREATE, { input: { unitCode: QINGYANG, name: 'w', delivery: 'WEBHOOK' } }, { credential: qingyang }),
    );
    expect(noUrl.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.webhookUrl' });
    const badUrl = onlyError(
      await hub.gql(
        CREATE,
        { input: { unitCode: QINGYANG, name: 'w', delivery: 'WEBHOOK', webhookUrl: 'ftp://x' } },
        { credential: qingyang },
      ),
    );
    expect(badUrl.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.webhookUrl' });
    const badTownship = onlyError(
      await hub.gql(CREATE, { input: { unitCode: QINGYANG, name: 'w', delivery: 'PULL', townshipCodes: ['1'] } }, { credential: qingyang }),
    );
    expect(badTownship.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.townshipCodes' });
    const other = onlyError(await hub.gql(CREATE, { input: { unitCode: ANHAI, name: 'x', delivery: 'PULL' } }, { credential: qingyang }));
    expect(other.extensions?.code).toBe('FORBIDDEN');
    // Not even an admin: a subscription receives with its unit's rights, personal data included.
    const admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
    const asAdmin = onlyError(await hub.gql(CREATE, { input: { unitCode: ANHAI, name: 'x', delivery: 'PULL' } }, { credential: admin }));
    expect(asAdmin.extensions?.code).toBe('FORBIDDEN');
    const tooFar = onlyError(
      await hub.gql(
        EVENTS,
        { id: created.data!.createSubscription.subscription.id as string, after: '9999999999999999999' },
        { credential: qingyang },
      ),
    );
    expect(tooFar.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('writes no event for a publish that rolls back', async () => {
    // Fails the transaction at commit, after the record, its version and its event were written.
    await hub.sql(`CREATE FUNCTION fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await hub.sql(`CREATE CONSTRAINT TRIGGER fail_commit AFTER INSERT ON change_event DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW WHEN (NEW.data->>'sourceId' = 'ROLLBACK-1') EXECUTE FUNCTION fail_commit()`);
    // Dropped however the assertions go, so that a failing one leaves no trigger behind for the tests after it.
    let before: number;
    try {
      before = (await hub.sql('SELECT count(*)::int AS n FROM change_event'))[0].n;
      const failed = await hub.gql(
        PUBLISH_LICENCES,
        { records: [licence(300), licence(301, { sourceId: 'ROLLBACK-1' })] },
        { credential: market },
      );
      // The injected failure is none the client can mend: the hub answers it as its own failure.
      expect(failed.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(failed.data?.publishLicensingDecisions ?? null).toBeNull();
      expect((await hub.sql('SELECT count(*)::int AS n FROM change_event'))[0].n).toBe(before);
      expect(
        (await hub.sql(`SELECT count(*)::int AS n FROM licensing_decision WHERE source_id IN ('SCJG-2026-300', 'ROLLBACK-1')`))[0].n,
      ).toBe(0);
    } finally {
      await hub.sql('DROP TRIGGER IF EXISTS fail_commit ON change_event');
    }
    expect(
      (await hub.gql(PUBLISH_LICENCES, { records: [licence(300)] }, { credential: market })).data?.publishLicensingDecisions.accepted,
    ).toBe(1);
    expect((await hub.sql('SELECT count(*)::int AS n FROM change_event'))[0].n).toBe(before + 1);
  });
});
