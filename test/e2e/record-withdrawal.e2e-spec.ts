import { HubClient } from '@hub/connectors';
import { ApiKeyScope, LicensingDecisionInput, Role } from '@hub/shared-schema';
import { FOOD_MATTER, licence, MARKET, PUBLISH_LICENCES, QINGYANG, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';

const PUBLISH = `mutation($input: LicensingDecisionInput!) { publishLicensingDecision(input: $input) { outcome id version revokeReason error { code field message } } }`;
const BATCH = `mutation($records: [LicensingDecisionInput!]!) { publishLicensingDecisions(records: $records) {
  accepted rejected withdrawn results { index sourceId outcome id version revokedAt revokeReason error { code field message } } } }`;
const REVOKE = `mutation($id: ID!, $reason: String!) { revokeRecord(category: LICENSING, id: $id, reason: $reason) { version change } }`;
const REINSTATE = `mutation($id: ID, $sourceId: String, $reason: String!) {
  reinstateRecord(category: LICENSING, id: $id, sourceId: $sourceId, reason: $reason) { version change content } }`;
const PERMIT = `query($u: String!) { permitStatus(uscc: $u, matterCode: "${FOOD_MATTER.code}") { covered reason reasonCode licence { sourceId } others { sourceId status } } }`;
const LIST = `query($u: String, $status: LicenceStatus, $includeRevoked: Boolean) {
  licensingDecisions(holderUscc: $u, status: $status, includeRevoked: $includeRevoked) { nodes { sourceId status revokeReason } } }`;
const LEDGER = `query($filter: LedgerFilterInput) { ledger(source: LICENSING, groupBy: [STATUS], filter: $filter) { rows { keys values } } }`;
const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;
const EVENTS = `query($id: ID!) { events(subscriptionId: $id, after: "0", first: 100) { nodes { type subject data } } }`;

describe('a withdrawn record stays withdrawn until its publisher reinstates it (e2e)', () => {
  let hub: TestApp;
  let market: string; // the department system that publishes and withdraws
  let health: string; // another department
  let officer: string; // a town officer checking permits
  beforeAll(async () => {
    hub = await startTestApp();
    await seed.foodMatter(hub);
    market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ, ApiKeyScope.SUBSCRIBE]);
    health = await hub.apiKey('dept-health', [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    officer = await hub.userToken([Role.OFFICER], QINGYANG);
  });
  afterAll(() => hub.close());

  const permit = async (n: number) => (await hub.gql(PERMIT, { u: uscc(n) }, { credential: officer })).data!.permitStatus;

  it('answers a nightly re-push of a withdrawn record WITHDRAWN with the reason, storing nothing, and the permit check stays uncovered', async () => {
    const [created] = (await hub.gql(BATCH, { records: [licence(1)] }, { credential: market })).data!.publishLicensingDecisions.results;
    expect((await hub.gql(REVOKE, { id: created.id, reason: '许可证录入错误' }, { credential: market })).data!.revokeRecord).toEqual({
      version: 2,
      change: 'REVOKED',
    });

    // The nightly full push: the same content and a changed one, beside a new record.
    const push = await hub.gql(BATCH, { records: [licence(1), licence(2)] }, { credential: market });
    expect(push.data!.publishLicensingDecisions).toMatchObject({ accepted: 1, rejected: 0, withdrawn: 1 });
    const [again] = push.data!.publishLicensingDecisions.results;
    expect(again).toMatchObject({
      outcome: 'WITHDRAWN',
      id: created.id,
      version: 2,
      revokeReason: '许可证录入错误',
      revokedAt: expect.any(String),
      error: { code: 'CONFLICT', field: 'sourceId', message: expect.stringContaining('许可证录入错误') },
    });
    const changed = await hub.gql(BATCH, { records: [licence(1, { scope: '散装食品销售' })] }, { credential: market });
    expect(changed.data!.publishLicensingDecisions.results[0]).toMatchObject({ outcome: 'WITHDRAWN', version: 2 });

    // The SDK (and so the CLI's error report) counts it as not pushed, with the reason.
    const [outcome] = await new HubClient({ url: hub.url, credential: market }).publish('licensing', [
      licence(1) as unknown as LicensingDecisionInput,
    ]);
    expect(outcome).toMatchObject({
      ok: false,
      outcome: 'WITHDRAWN',
      code: 'CONFLICT',
      field: 'sourceId',
      message: expect.stringContaining('许可证录入错误'),
    });

    // A single publish answers the same refusal as a top-level error on input.sourceId.
    const single = onlyError(await hub.gql(PUBLISH, { input: licence(1) }, { credential: market }));
    expect(single.extensions).toEqual({ code: 'CONFLICT', field: 'input.sourceId' });
    expect(single.message).toContain('许可证录入错误');

    const [row] = await hub.sql('SELECT version, revoked_at, scope FROM licensing_decision WHERE id = $1', [created.id]);
    expect(row).toMatchObject({ version: 2, revoked_at: expect.any(Date), scope: '预包装食品销售' });
    expect(await hub.sql('SELECT version FROM record_version WHERE record_id = $1 ORDER BY version', [created.id])).toEqual([
      { version: 1 },
      { version: 2 },
    ]);
    expect(await permit(1)).toMatchObject({
      covered: false,
      licence: null,
      reasonCode: 'WITHDRAWN',
      others: [{ sourceId: licence(1).sourceId, status: 'WITHDRAWN' }],
      reason: expect.stringContaining('已撤回（撤回原因：许可证录入错误）'),
    });
  });

  it('shows a withdrawn licence as WITHDRAWN wherever its status is read, never VALID', async () => {
    const [created] = (await hub.gql(BATCH, { records: [licence(10), licence(11)] }, { credential: market })).data!
      .publishLicensingDecisions.results;
    await hub.gql(REVOKE, { id: created.id, reason: '重复推送' }, { credential: market });
    const read = async (variables: Record<string, unknown>) =>
      (await hub.gql(LIST, variables, { credential: officer })).data!.licensingDecisions.nodes.map((n: any) => [n.sourceId, n.status]);
    expect(await read({ u: uscc(10), includeRevoked: true })).toEqual([[licence(10).sourceId, 'WITHDRAWN']]);
    expect(await read({ u: uscc(10), status: 'WITHDRAWN' })).toEqual([[licence(10).sourceId, 'WITHDRAWN']]);
    expect(await read({ u: uscc(10), status: 'VALID', includeRevoked: true })).toEqual([]);
    expect(await read({ u: uscc(11), status: 'WITHDRAWN' })).toEqual([]);

    const ledger = async (filter: Record<string, unknown>) =>
      Object.fromEntries(
        (await hub.gql(LEDGER, { filter }, { credential: officer })).data!.ledger.rows.map((r: any) => [r.keys[0], r.values[0]]),
      );
    const counted = await ledger({ includeRevoked: true });
    const [truth] = await hub.sql(`SELECT count(*) FILTER (WHERE revoked_at IS NOT NULL)::text AS withdrawn,
      count(*) FILTER (WHERE revoked_at IS NULL AND status = 'VALID' AND (valid_to IS NULL OR valid_to >= (now() AT TIME ZONE 'Asia/Shanghai')::date))::text AS valid FROM licensing_decision`);
    expect(counted).toMatchObject({ WITHDRAWN: truth.withdrawn, VALID: truth.valid });
    expect(await ledger({ includeRevoked: true, statuses: ['WITHDRAWN'] })).toEqual({ WITHDRAWN: truth.withdrawn });
    expect(await ledger({})).not.toHaveProperty('WITHDRAWN');

    // WITHDRAWN is read, never published.
    const published = await hub.gql(BATCH, { records: [licence(12, { status: 'WITHDRAWN' })] }, { credential: market });
    expect(published.data!.publishLicensingDecisions.results[0]).toMatchObject({
      outcome: 'REJECTED',
      error: { code: 'BAD_USER_INPUT', field: 'status' },
    });
  });

  it('brings a withdrawn record back only through reinstateRecord by its own publisher, audited, with a change event', async () => {
    const subscription = await hub.gql(
      CREATE,
      { input: { unitCode: MARKET, name: 'mine', delivery: 'PULL', startFrom: 'BEGINNING', categories: ['LICENSING'] } },
      { credential: market },
    );
    expect(subscription.errors).toBeUndefined();
    const subscriptionId = subscription.data!.createSubscription.subscription.id;
    const [created] = (await hub.gql(BATCH, { records: [licence(20)] }, { credential: market })).data!.publishLicensingDecisions.results;
    await hub.gql(REVOKE, { id: created.id, reason: '待核实' }, { credential: market });
    expect((await permit(20)).covered).toBe(false);

    // Another unit can neither reinstate it by id nor find it by the publisher's own sourceId.
    expect(onlyError(await hub.gql(REINSTATE, { id: created.id, reason: '不是我的' }, { credential: health })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      onlyError(await hub.gql(REINSTATE, { sourceId: licence(20).sourceId, reason: '不是我的' }, { credential: health })).extensions,
    ).toEqual({ code: 'NOT_FOUND', field: 'sourceId' });
    expect(onlyError(await hub.gql(REINSTATE, { reason: '都没给' }, { credential: market })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    expect(
      onlyError(await hub.gql(REINSTATE, { id: created.id, sourceId: licence(20).sourceId, reason: '都给了' }, { credential: market }))
        .extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const live = (await hub.gql(BATCH, { records: [licence(21)] }, { credential: market })).data!.publishLicensingDecisions.results[0];
    expect(onlyError(await hub.gql(REINSTATE, { id: live.id, reason: '没撤回' }, { credential: market })).extensions).toEqual({
      code: 'CONFLICT',
      field: 'id',
    });

    const reinstated = await hub.gql(REINSTATE, { sourceId: licence(20).sourceId, reason: '核实无误，恢复' }, { credential: market });
    expect(reinstated.errors).toBeUndefined();
    expect(reinstated.data!.reinstateRecord).toMatchObject({
      version: 3,
      change: 'REINSTATED',
      content: { licenceNumber: licence(20).licenceNumber, reinstateReason: '核实无误，恢复' },
    });
    expect(await permit(20)).toMatchObject({ covered: true, reasonCode: 'COVERED', licence: { sourceId: licence(20).sourceId } });
    const history = await hub.gql(
      'query($id: ID!) { recordHistory(category: LICENSING, id: $id) { version change } }',
      { id: created.id },
      { credential: officer },
    );
    expect(history.data!.recordHistory).toEqual([
      { version: 1, change: 'PUBLISHED' },
      { version: 2, change: 'REVOKED' },
      { version: 3, change: 'REINSTATED' },
    ]);

    // The change reaches subscribers like any other, and the next push is a revision again.
    const events = (await hub.gql(EVENTS, { id: subscriptionId }, { credential: market })).data!.events.nodes.filter(
      (e: any) => e.subject === created.id,
    );
    expect(events.map((e: any) => e.type)).toEqual(['licensing.published', 'licensing.revoked', 'licensing.reinstated']);
    expect(events[2].data).toMatchObject({
      version: 3,
      reinstateReason: '核实无误，恢复',
      record: { licenceNumber: licence(20).licenceNumber },
    });
    expect(events[2].data.record).not.toHaveProperty('revokeReason');
    const revised = await hub.gql(BATCH, { records: [licence(20, { scope: '散装食品销售' })] }, { credential: market });
    expect(revised.data!.publishLicensingDecisions.results[0]).toMatchObject({ outcome: 'REVISED', version: 4, error: null });

    const audit = await hub.sql(
      `SELECT operation, target, outcome, unit_code, details FROM audit_entry WHERE operation LIKE 'record.reinstate%' ORDER BY id`,
    );
    expect(audit.filter((a) => a.outcome === 'OK')).toEqual([
      {
        operation: 'record.reinstate.detail',
        target: created.id,
        outcome: 'OK',
        unit_code: MARKET,
        details: expect.objectContaining({ sourceId: licence(20).sourceId, reason: '核实无误，恢复', version: 3 }),
      },
      { operation: 'record.reinstate', target: null, outcome: 'OK', unit_code: MARKET, details: null },
    ]);
    expect(audit.filter((a) => a.outcome !== 'OK').map((a) => a.outcome)).toEqual(
      expect.arrayContaining(['FORBIDDEN', 'NOT_FOUND', 'CONFLICT']),
    );
  });

  it('gives the permit check a Chinese reason and a stable code for every case', async () => {
    await hub.gql(
      PUBLISH_LICENCES,
      {
        records: [
          licence(30),
          licence(31, { validTo: '2025-01-31' }),
          licence(32, { status: 'SUSPENDED' }),
          licence(33, { status: 'REVOKED' }),
          licence(34, { validFrom: '2030-01-01', validTo: '2035-01-01' }),
        ],
      },
      { credential: market },
    );
    const cases: Array<[number, string, string]> = [
      [30, 'COVERED', `许可证 ${licence(30).licenceNumber} 在`],
      [31, 'EXPIRED', `许可证 ${licence(31).licenceNumber} 已过期（有效期至 2025-01-31）`],
      [32, 'SUSPENDED', `许可证 ${licence(32).licenceNumber} 暂扣/中止`],
      [33, 'REVOKED', `许可证 ${licence(33).licenceNumber} 撤销/吊销`],
      [34, 'NOT_YET_VALID', `许可证 ${licence(34).licenceNumber} 尚未生效（2030-01-01 起有效）`],
      [35, 'NO_LICENCE', `该主体没有事项“${FOOD_MATTER.name}”的许可记录`],
    ];
    for (const [n, reasonCode, text] of cases) {
      const answer = await permit(n);
      expect({ n, reasonCode: answer.reasonCode }).toEqual({ n, reasonCode });
      expect(answer.reason).toContain(text);
      expect(answer.reason).toContain(FOOD_MATTER.name);
      // No English words around the Chinese: codes are in reasonCode.
      expect(answer.reason).not.toMatch(/\b(licence|covers|valid|no|on)\b/);
    }
  });
});
