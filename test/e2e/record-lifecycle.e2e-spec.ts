import { ApiKeyScope, Role } from '@hub/shared-schema';
import { FOOD_MATTER, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { startTestApp, TestApp } from '../utils/test-app';

interface CategoryCase {
  category: string;
  publisher: string;
  mutation: string;
  inputType: string;
  query: string;
  sample: (n: number) => Record<string, unknown>;
  revise: (record: Record<string, unknown>) => Record<string, unknown>;
}

const CASES: CategoryCase[] = [
  {
    category: 'NORMATIVE',
    publisher: 'dept-market-regulation',
    mutation: 'publishNormativeDocument',
    inputType: 'NormativeDocumentInput',
    query: 'normativeDocuments',
    sample: (n) => ({
      sourceId: `N-${n}`,
      kind: 'RULE',
      title: `规章${n}`,
      issuingBody: '晋江市市场监督管理局',
      effectiveFrom: `2025-01-0${n}`,
      matterCodes: [FOOD_MATTER.code],
    }),
    revise: (r) => ({ ...r, title: `${String(r.title)}（修订）` }),
  },
  {
    category: 'LICENSING',
    publisher: 'dept-market-regulation',
    mutation: 'publishLicensingDecision',
    inputType: 'LicensingDecisionInput',
    query: 'licensingDecisions',
    sample: (n) => ({
      sourceId: `L-${n}`,
      kind: 'FILING',
      licenceNumber: `BA-${n}`,
      holderName: `商户${n}`,
      holderUscc: uscc(500 + n),
      matterCode: FOOD_MATTER.code,
      validFrom: '2024-01-01',
      status: 'VALID',
      decisionDate: `2024-01-0${n}`,
    }),
    revise: (r) => ({ ...r, status: 'SUSPENDED' }),
  },
  {
    category: 'PENALTY',
    publisher: '350582001',
    mutation: 'publishPenaltyDecision',
    inputType: 'PenaltyDecisionInput',
    query: 'penaltyDecisions',
    sample: (n) => ({
      sourceId: `P-${n}`,
      measureKind: 'PENALTY',
      decisionNumber: `罚${n}`,
      partyName: `商户${n}`,
      partyUscc: uscc(600 + n),
      matterCode: FOOD_MATTER.code,
      facts: '事实',
      legalBasis: '依据',
      penaltyKinds: ['警告'],
      decisionDate: `2026-01-0${n}`,
      executionStatus: 'PENDING',
    }),
    revise: (r) => ({ ...r, executionStatus: 'EXECUTED' }),
  },
  {
    category: 'LEDGER',
    publisher: '350582001',
    mutation: 'publishLedgerEntry',
    inputType: 'LedgerEntryInput',
    query: 'ledgerEntries',
    sample: (n) => ({ sourceId: `T-${n}`, entryKind: 'INDICATOR', period: `2026-0${n}`, indicator: '办案数', value: String(n) }),
    revise: (r) => ({ ...r, value: '99' }),
  },
  {
    category: 'DEVICE',
    publisher: '350582001',
    mutation: 'publishSurveillanceDevice',
    inputType: 'SurveillanceDeviceInput',
    query: 'surveillanceDevices',
    sample: (n) => ({ sourceId: `D-${n}`, deviceCode: `D-${n}`, deviceKind: 'CAMERA', location: `路口${n}`, status: 'ACTIVE' }),
    revise: (r) => ({ ...r, status: 'FAULTY' }),
  },
  {
    category: 'COMPLAINT',
    publisher: '350582001',
    mutation: 'publishComplaintRecord',
    inputType: 'ComplaintRecordInput',
    query: 'complaintRecords',
    sample: (n) => ({
      sourceId: `C-${n}`,
      channel: 'COMPLAINT',
      receivedAt: `2026-11-0${n}T01:00:00Z`,
      summary: `投诉${n}`,
      status: 'RECEIVED',
    }),
    // §4(2): the status is the handling workflow's (issue #16); a publisher revises the content.
    revise: (r) => ({ ...r, summary: `${String(r.summary)}（补充）` }),
  },
  {
    category: 'OTHER',
    publisher: '350582001',
    mutation: 'publishOtherEnforcementInfo',
    inputType: 'OtherEnforcementInfoInput',
    query: 'otherEnforcementInfo',
    sample: (n) => ({ sourceId: `O-${n}`, kindCode: 'note', title: `信息${n}`, payload: { text: `内容${n}` } }),
    revise: (r) => ({ ...r, payload: { text: '改' } }),
  },
];

describe('every shared category: publish, resend, revise, revoke, page (e2e)', () => {
  let hub: TestApp;
  let reader: string;
  const keys = new Map<string, string>();
  beforeAll(async () => {
    hub = await startTestApp();
    const admin = await seed.foodMatter(hub);
    await hub.gql(
      'mutation { saveOtherInfoKind(input: {code: "note", name: "备注", jsonSchema: {type: "object"}}) { code } }',
      {},
      { credential: admin },
    );
    for (const unit of new Set(CASES.map((c) => c.publisher)))
      keys.set(unit, await hub.apiKey(unit, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]));
    reader = await hub.userToken([Role.SUPERVISOR], 'joint-meeting-office');
  });
  afterAll(() => hub.close());

  it.each(CASES.map((c) => [c.category, c] as const))('%s', async (_name, c) => {
    const key = keys.get(c.publisher)!;
    const publish = async (input: Record<string, unknown>) => {
      const response = await hub.gql(
        `mutation($input: ${c.inputType}!) { ${c.mutation}(input: $input) { outcome id version } }`,
        { input },
        { credential: key },
      );
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data[c.mutation] as { outcome: string; id: string; version: number };
    };
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) ids.push((await publish(c.sample(n))).id);
    expect(await publish(c.sample(1))).toEqual({ outcome: 'UNCHANGED', id: ids[0], version: 1 });
    expect(await publish(c.revise(c.sample(2)))).toEqual({ outcome: 'REVISED', id: ids[1], version: 2 });
    const revoked = await hub.gql(
      'mutation($c: RecordCategory!, $id: ID!) { revokeRecord(category: $c, id: $id, reason: "测试撤回") { version change } }',
      { c: c.category, id: ids[2] },
      { credential: key },
    );
    expect(revoked.data?.revokeRecord).toEqual({ version: 2, change: 'REVOKED' });

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const response: any = await hub.gql(
        `query($after: String) { ${c.query}(first: 2, after: $after) { nodes { id version } pageInfo { endCursor hasNextPage } } }`,
        { after },
        { credential: reader },
      );
      const connection = response.data[c.query];
      seen.push(...connection.nodes.map((n: { id: string }) => n.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect([...seen].sort()).toEqual([ids[0], ids[1], ids[3], ids[4]].sort());

    const history = await hub.gql(
      'query($c: RecordCategory!, $id: ID!) { recordHistory(category: $c, id: $id) { version change } }',
      { c: c.category, id: ids[2] },
      { credential: reader },
    );
    expect(history.data!.recordHistory).toEqual([
      { version: 1, change: 'PUBLISHED' },
      { version: 2, change: 'REVOKED' },
    ]);
    // The record's change events (a complaint's handling workflow adds its own `complaint.created`, §4(2)).
    const events = await hub.sql(
      `SELECT count(*)::int AS n FROM change_event WHERE subject = ANY($1) AND type ~ '[.](published|revised|revoked|reinstated)$'`,
      [ids],
    );
    expect(events[0].n).toBe(5 + 1 + 1);
  });
});
