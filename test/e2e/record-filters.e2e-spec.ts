import { ApiKeyScope, Role } from '@hub/shared-schema';
import { FOOD_MATTER, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { startTestApp, TestApp } from '../utils/test-app';
import { transferInput } from '../utils/transfers';

const QINGYANG = '350582001';
const ANHAI = '350582101';
const OTHER_MATTER = { ...FOOD_MATTER, code: 'SCJG-009', name: '其他事项', townshipCodes: [QINGYANG, ANHAI] };

/** Every filter of every category's query narrows to exactly the records it should. */
describe('record query filters (e2e)', () => {
  let hub: TestApp;
  let reader: string;
  const key = new Map<string, string>();
  const publish = async (unit: string, mutation: string, type: string, records: Array<Record<string, unknown>>) => {
    const response = await hub.gql(
      `mutation($r: [${type}!]!) { ${mutation}(records: $r) { rejected results { error { field message } } } }`,
      { r: records },
      { credential: key.get(unit)! },
    );
    expect(response.data?.[mutation].rejected).toBe(0);
  };
  const sourceIds = async (query: string, args: string) => {
    const response = await hub.gql(`{ ${query}(first: 100, ${args}) { nodes { sourceId } } }`, {}, { credential: reader });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return (response.data[query].nodes as Array<{ sourceId: string }>).map((n) => n.sourceId).sort();
  };

  beforeAll(async () => {
    hub = await startTestApp();
    const admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
    for (const input of [FOOD_MATTER, OTHER_MATTER]) {
      await seed.matter(hub, admin, input);
    }
    await hub.gql(
      'mutation { saveOtherInfoKind(input: {code: "note", name: "备注", jsonSchema: {type: "object"}}) { code } }',
      {},
      { credential: admin },
    );
    await hub.gql(
      'mutation { saveOtherInfoKind(input: {code: "memo", name: "纪要", jsonSchema: {type: "object"}}) { code } }',
      {},
      { credential: admin },
    );
    for (const unit of [QINGYANG, ANHAI, 'dept-market-regulation', 'dept-health'])
      key.set(unit, await hub.apiKey(unit, [ApiKeyScope.PUBLISH]));
    reader = await hub.userToken([Role.SUPERVISOR], 'joint-meeting-office');

    const penalty = (n: number, o: Record<string, unknown>) => ({
      sourceId: `P${n}`,
      measureKind: 'PENALTY',
      decisionNumber: `D${n}`,
      partyName: `商户${n}`,
      partyUscc: uscc(n),
      matterCode: FOOD_MATTER.code,
      facts: 'f',
      legalBasis: 'b',
      penaltyKinds: ['警告'],
      decisionDate: '2026-02-01',
      executionStatus: 'PENDING',
      ...o,
    });
    await publish(QINGYANG, 'publishPenaltyDecisions', 'PenaltyDecisionInput', [
      penalty(1, {}),
      penalty(2, { matterCode: OTHER_MATTER.code, executionStatus: 'EXECUTED', decisionDate: '2026-03-15' }),
    ]);
    await publish(ANHAI, 'publishPenaltyDecisions', 'PenaltyDecisionInput', [
      penalty(3, { partyName: '安海顺昌商行', decisionDate: '2026-04-01' }),
    ]);

    const complaint = (n: number, o: Record<string, unknown>) => ({
      sourceId: `C${n}`,
      channel: 'COMPLAINT',
      receivedAt: `2026-11-0${n}T00:00:00Z`,
      summary: 's',
      status: 'RECEIVED',
      ...o,
    });
    await publish(QINGYANG, 'publishComplaintRecords', 'ComplaintRecordInput', [
      // 2026-11-01T00:00Z is 08:00 on 1 November in Shanghai; C4 at 2026-11-03T17:00Z is already 4 November there.
      complaint(1, { subjectUscc: uscc(1), subjectName: '商户1', townshipCode: ANHAI, matterCode: FOOD_MATTER.code }),
      complaint(4, { receivedAt: '2026-11-03T17:00:00Z' }),
      complaint(2, { subjectName: '安海顺昌商行' }),
      complaint(3, {}),
    ]);
    // §4(2): the workflow sets status and handling unit (issue #16): C2 closed as not our function, C3
    // transferred in writing to the market regulator (its handling unit from then on).
    const complaintAct = async (sourceId: string, mutation: string, type: string, input: Record<string, unknown>) => {
      const [{ id }] = await hub.sql(`SELECT id FROM complaint_record WHERE source_id = $1`, [sourceId]);
      const response = await hub.gql(
        `mutation($i: ${type}!) { ${mutation}(input: $i) { status } }`,
        { i: { id, ...input } },
        {
          credential: key.get(QINGYANG)!,
        },
      );
      expect(response.errors).toBeUndefined();
    };
    await complaintAct('C2', 'redirectComplaint', 'RedirectComplaintInput', { directedTo: '晋江市人民法院' });
    await complaintAct('C3', 'startComplaintCheck', 'ComplaintActionInput', {});
    await complaintAct('C3', 'transferComplaint', 'TransferComplaintInput', {
      transfer: transferInput(3, new Date('2026-11-03T00:00:00Z'), { townshipCode: QINGYANG, receiverUnitCode: 'dept-market-regulation' }),
    });

    const device = (n: number, o: Record<string, unknown>) => ({
      sourceId: `V${n}`,
      deviceCode: `V${n}`,
      deviceKind: 'CAMERA',
      location: 'x',
      status: 'ACTIVE',
      ...o,
    });
    await publish(QINGYANG, 'publishSurveillanceDevices', 'SurveillanceDeviceInput', [
      device(1, { townshipCode: QINGYANG }),
      device(2, { deviceKind: 'AIR_MONITOR', status: 'FAULTY' }),
    ]);
    await publish('dept-health', 'publishSurveillanceDevices', 'SurveillanceDeviceInput', [device(3, { townshipCode: QINGYANG })]);

    await publish(QINGYANG, 'publishLedgerEntries', 'LedgerEntryInput', [
      { sourceId: 'T1', entryKind: 'INDICATOR', period: '2026-01', indicator: '办案数', value: '1' },
      { sourceId: 'T2', entryKind: 'INDICATOR', period: '2026-06', indicator: '罚没款', value: '2' },
      { sourceId: 'T3', entryKind: 'WORK_SUMMARY', period: '2026', title: 't', body: 'b' },
    ]);
    await publish(ANHAI, 'publishLedgerEntries', 'LedgerEntryInput', [
      { sourceId: 'T4', entryKind: 'INDICATOR', period: '2026-01', indicator: '办案数', value: '3' },
    ]);

    await publish(QINGYANG, 'publishOtherEnforcementInfos', 'OtherEnforcementInfoInput', [
      { sourceId: 'O1', kindCode: 'note', title: 't', townshipCode: QINGYANG, payload: {} },
      { sourceId: 'O2', kindCode: 'memo', title: 't', payload: {} },
    ]);

    const doc = (n: number, o: Record<string, unknown>) => ({
      sourceId: `N${n}`,
      kind: 'RULE',
      title: `t${n}`,
      issuingBody: 'b',
      effectiveFrom: '2025-01-01',
      matterCodes: [FOOD_MATTER.code],
      ...o,
    });
    await publish('dept-market-regulation', 'publishNormativeDocuments', 'NormativeDocumentInput', [
      doc(1, {}),
      doc(2, { kind: 'DISCRETION_BENCHMARK', matterCodes: [OTHER_MATTER.code] }),
      doc(3, { repealedOn: '2025-06-30' }),
    ]);
    await publish('dept-health', 'publishNormativeDocuments', 'NormativeDocumentInput', [doc(4, { effectiveFrom: '2027-01-01' })]);
  }, 60_000);
  afterAll(() => hub.close());

  it('penalties', async () => {
    expect(await sourceIds('penaltyDecisions', `townshipCode: "${ANHAI}"`)).toEqual(['P3']);
    expect(await sourceIds('penaltyDecisions', `partyUscc: "${uscc(2)}"`)).toEqual(['P2']);
    expect(await sourceIds('penaltyDecisions', 'partyNameContains: "顺昌"')).toEqual(['P3']);
    expect(await sourceIds('penaltyDecisions', `matterCode: "${OTHER_MATTER.code}"`)).toEqual(['P2']);
    expect(await sourceIds('penaltyDecisions', 'executionStatus: EXECUTED')).toEqual(['P2']);
    expect(await sourceIds('penaltyDecisions', 'decidedFrom: "2026-03-01", decidedTo: "2026-03-31"')).toEqual(['P2']);
  });

  it('complaint records', async () => {
    expect(await sourceIds('complaintRecords', `subjectUscc: "${uscc(1)}"`)).toEqual(['C1']);
    expect(await sourceIds('complaintRecords', 'subjectNameContains: "顺昌"')).toEqual(['C2']);
    expect(await sourceIds('complaintRecords', 'handlingUnitCode: "dept-market-regulation"')).toEqual(['C3']);
    expect(await sourceIds('complaintRecords', 'status: CLOSED')).toEqual(['C2']);
    expect(await sourceIds('complaintRecords', 'openOnly: true')).toEqual(['C1', 'C3', 'C4']);
    expect(await sourceIds('complaintRecords', `townshipCode: "${ANHAI}"`)).toEqual(['C1']);
    expect(await sourceIds('complaintRecords', `matterCode: "${FOOD_MATTER.code}"`)).toEqual(['C1']);
    expect(await sourceIds('complaintRecords', 'receivedFrom: "2026-11-02", receivedTo: "2026-11-03"')).toEqual(['C2', 'C3']);
    expect(await sourceIds('complaintRecords', 'receivedFrom: "2026-11-04", receivedTo: "2026-11-04"')).toEqual(['C4']);
  });

  it('surveillance devices', async () => {
    expect(await sourceIds('surveillanceDevices', `townshipCode: "${QINGYANG}"`)).toEqual(['V1', 'V3']);
    expect(await sourceIds('surveillanceDevices', 'deviceKind: AIR_MONITOR')).toEqual(['V2']);
    expect(await sourceIds('surveillanceDevices', 'publisherCode: "dept-health"')).toEqual(['V3']);
    expect(await sourceIds('surveillanceDevices', 'status: FAULTY')).toEqual(['V2']);
  });

  it('ledger entries', async () => {
    expect(await sourceIds('ledgerEntries', `publisherCode: "${ANHAI}"`)).toEqual(['T4']);
    expect(await sourceIds('ledgerEntries', 'indicator: "办案数"')).toEqual(['T1', 'T4']);
    expect(await sourceIds('ledgerEntries', 'entryKind: WORK_SUMMARY')).toEqual(['T3']);
    expect(await sourceIds('ledgerEntries', 'from: "2026-02-01", to: "2026-12-31"')).toEqual(['T2']);
  });

  it('other enforcement information', async () => {
    expect(await sourceIds('otherEnforcementInfo', 'kindCode: "memo"')).toEqual(['O2']);
    expect(await sourceIds('otherEnforcementInfo', `townshipCode: "${QINGYANG}"`)).toEqual(['O1']);
  });

  it('normative documents', async () => {
    expect(await sourceIds('normativeDocuments', `matterCode: "${OTHER_MATTER.code}"`)).toEqual(['N2']);
    expect(await sourceIds('normativeDocuments', 'kind: DISCRETION_BENCHMARK')).toEqual(['N2']);
    expect(await sourceIds('normativeDocuments', 'publisherCode: "dept-health"')).toEqual(['N4']);
    expect(await sourceIds('normativeDocuments', 'inForceOn: "2026-01-01"')).toEqual(['N1', 'N2']);
  });
});
