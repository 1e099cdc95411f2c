import { ApiKeyScope, Role } from '@hub/shared-schema';
import { FOOD_MATTER, residentId } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { startTestApp, TestApp } from '../utils/test-app';

const MARKET = 'dept-market-regulation';
const QINGYANG = '350582001';

/**
 * For each role and relation to a record: is personal data shown in full (and audited) or masked?
 * Full for the publisher (a complaint's owning unit, its first receiver, §4(2)) and supervisors; masked for everyone else.
 */
describe('personal data masking matrix (e2e)', () => {
  let hub: TestApp;
  beforeAll(async () => {
    hub = await startTestApp();
    await seed.foodMatter(hub);
    const market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
    await seed.licences(hub, market, [
      {
        sourceId: 'M-1',
        kind: 'LICENCE',
        licenceNumber: 'JY-M1',
        holderName: '赵六',
        holderIdNumber: residentId(77),
        holderPhone: '13905957777',
        matterCode: FOOD_MATTER.code,
        validFrom: '2024-01-01',
        status: 'VALID',
        decisionDate: '2024-01-01',
      },
    ]);
    const qingyang = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH]);
    await seed.complaint(hub, qingyang, {
      sourceId: 'C-1',
      channel: 'COMPLAINT',
      receivedAt: '2026-11-01T00:00:00Z',
      reporterName: '钱七',
      reporterPhone: '13905958888',
      summary: '投诉',
      status: 'RECEIVED',
    });
  });
  afterAll(() => hub.close());

  const cases: Array<[string, Role, string, 'full' | 'masked', 'full' | 'masked']> = [
    // [who, role, unit, licence (published by the market regulator), complaint (received and owned by 青阳)]
    // Issue #16: the market regulator no longer sees the reporter of a complaint 青阳 owns (only the owner does).
    ['officer of the publishing department', Role.OFFICER, MARKET, 'full', 'masked'],
    ['officer of the receiving town', Role.OFFICER, QINGYANG, 'masked', 'full'],
    ['officer of another town', Role.OFFICER, '350582101', 'masked', 'masked'],
    ['leader of another department', Role.LEADER, 'dept-health', 'masked', 'masked'],
    ['statistician', Role.STATISTICIAN, 'dept-justice', 'masked', 'masked'],
    ['supervisor', Role.SUPERVISOR, 'joint-meeting-office', 'full', 'full'],
    ['admin (operates the hub, not a handler)', Role.ADMIN, 'joint-meeting-office', 'masked', 'masked'],
  ];

  it.each(cases)('%s', async (_who, role, unit, licenceView, complaintView) => {
    const token = await hub.userToken([role], unit);
    const before = Number((await hub.sql(`SELECT count(*) AS n FROM audit_entry WHERE operation LIKE '%.read.personalData'`))[0].n);
    const licence = (
      await hub.gql(
        '{ licensingDecisions(holderNameContains: "赵六") { nodes { holderIdNumber holderPhone masked } } }',
        {},
        { credential: token },
      )
    ).data!.licensingDecisions.nodes[0];
    const complaint = (
      await hub.gql('{ complaintRecords(openOnly: true) { nodes { reporterName reporterPhone masked } } }', {}, { credential: token })
    ).data!.complaintRecords.nodes[0];
    expect(licence).toEqual(
      licenceView === 'full'
        ? { holderIdNumber: residentId(77), holderPhone: '13905957777', masked: false }
        : { holderIdNumber: `3****************${residentId(77).slice(-1)}`, holderPhone: '*******7777', masked: true },
    );
    expect(complaint).toEqual(
      complaintView === 'full'
        ? { reporterName: '钱七', reporterPhone: '13905958888', masked: false }
        : { reporterName: '钱*', reporterPhone: '*******8888', masked: true },
    );
    const after = Number((await hub.sql(`SELECT count(*) AS n FROM audit_entry WHERE operation LIKE '%.read.personalData'`))[0].n);
    expect(after - before).toBe([licenceView, complaintView].filter((v) => v === 'full').length);
  });
});
