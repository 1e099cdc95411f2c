import { ApiKeyScope, Role } from '@hub/shared-schema';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';

const QINGYANG = '350582001';

describe('ledgers and other enforcement information (e2e)', () => {
  let hub: TestApp;
  let qingyang: string;
  let admin: string;
  beforeAll(async () => {
    hub = await startTestApp();
    qingyang = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
  });
  afterAll(() => hub.close());

  it('stores statistics and work summaries by period, tells the department that asked, and filters', async () => {
    const LEDGER = `mutation($r: [LedgerEntryInput!]!) { publishLedgerEntries(records: $r) { accepted rejected results { outcome error { field } } } }`;
    const result = (
      await hub.gql(
        LEDGER,
        {
          r: [
            {
              sourceId: 'TJ-2026-03-fines',
              entryKind: 'INDICATOR',
              period: '2026-03',
              indicator: '罚没款金额',
              value: '125000.5',
              dimensions: { matter: 'SCJG-001' },
            },
            {
              sourceId: 'TJ-2026-Q1-cases',
              entryKind: 'INDICATOR',
              period: '2026-Q1',
              indicator: '办案数',
              value: '42',
              requestedByCode: 'dept-market-regulation',
            },
            { sourceId: 'ZJ-2026', entryKind: 'WORK_SUMMARY', period: '2026', title: '2026年度综合执法工作总结', body: '全年办理案件……' },
            { sourceId: 'BAD-1', entryKind: 'INDICATOR', period: '2026-13', indicator: 'x', value: '1' },
            { sourceId: 'BAD-2', entryKind: 'INDICATOR', period: '2026-01', indicator: 'x' },
          ],
        },
        { credential: qingyang },
      )
    ).data!.publishLedgerEntries;
    expect([result.accepted, result.rejected]).toEqual([3, 2]);
    expect(result.results.slice(3).map((r: any) => r.error.field)).toEqual(['period', 'value']);
    const [requested] = await hub.sql(`SELECT recipients FROM change_event WHERE type = 'ledger.published' AND recipients IS NOT NULL`);
    expect(requested.recipients).toEqual(['dept-market-regulation']);
    const entries = await hub.gql(
      '{ ledgerEntries(entryKind: INDICATOR, from: "2026-01-01", to: "2026-03-31") { nodes { period periodStart periodEnd indicator value dimensions } } }',
      {},
      { credential: admin },
    );
    expect(entries.data!.ledgerEntries.nodes).toEqual(
      expect.arrayContaining([
        {
          period: '2026-03',
          periodStart: '2026-03-01',
          periodEnd: '2026-03-31',
          indicator: '罚没款金额',
          value: '125000.5000',
          dimensions: { matter: 'SCJG-001' },
        },
        { period: '2026-Q1', periodStart: '2026-01-01', periodEnd: '2026-03-31', indicator: '办案数', value: '42.0000', dimensions: {} },
      ]),
    );
  });

  it('validates other information against the JSON Schema declared for its kind', async () => {
    const KIND = 'mutation($input: OtherInfoKindInput!) { saveOtherInfoKind(input: $input) { code } }';
    const schema = {
      type: 'object',
      required: ['location', 'hazard'],
      properties: { location: { type: 'string' }, hazard: { type: 'string', enum: ['低', '中', '高'] } },
      additionalProperties: false,
    };
    expect(
      (await hub.gql(KIND, { input: { code: 'safety-hazard', name: '安全隐患排查', jsonSchema: schema } }, { credential: admin })).errors,
    ).toBeUndefined();
    expect(
      onlyError(await hub.gql(KIND, { input: { code: 'broken', name: 'x', jsonSchema: { type: 'objekt' } } }, { credential: admin }))
        .extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.jsonSchema' });

    const OTHER = `mutation($r: [OtherEnforcementInfoInput!]!) { publishOtherEnforcementInfos(records: $r) { accepted results { outcome error { code field } } } }`;
    const result = (
      await hub.gql(
        OTHER,
        {
          r: [
            {
              sourceId: 'YH-1',
              kindCode: 'safety-hazard',
              title: '消防通道堵塞',
              townshipCode: QINGYANG,
              payload: { location: '泉安中路88号', hazard: '高' },
            },
            { sourceId: 'YH-2', kindCode: 'safety-hazard', title: '等级不对', payload: { location: 'x', hazard: '极高' } },
            { sourceId: 'YH-3', kindCode: 'safety-hazard', title: '缺字段', payload: { location: 'x' } },
            { sourceId: 'YH-4', kindCode: 'no-such-kind', title: '未登记类型', payload: {} },
          ],
        },
        { credential: qingyang },
      )
    ).data!.publishOtherEnforcementInfos;
    expect(result.accepted).toBe(1);
    expect(result.results.slice(1).map((r: any) => r.error)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'payload.hazard' },
      { code: 'BAD_USER_INPUT', field: 'payload' },
      { code: 'NOT_FOUND', field: 'kindCode' },
    ]);
    const listed = await hub.gql(
      '{ otherEnforcementInfo(kindCode: "safety-hazard") { nodes { title payload } } }',
      {},
      { credential: admin },
    );
    expect(listed.data!.otherEnforcementInfo.nodes).toEqual([
      { title: '消防通道堵塞', payload: { location: '泉安中路88号', hazard: '高' } },
    ]);
  });
});
