import { ApiKeyScope, Role } from '@hub/shared-schema';
import { FOOD_MATTER, penalty, residentId, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';
import { MattersService } from '../../apps/hub-api/src/modules/matters/matters.service';

const QINGYANG = '350582001';
const CIZAO = '350582102'; // 磁灶镇: the food matter is not devolved to it
const PUBLISH = `mutation($input: PenaltyDecisionInput!) { publishPenaltyDecision(input: $input) { outcome id version } }`;
const LIST = `query($partyUscc: String, $partyNameContains: String, $executionStatus: ExecutionStatus, $townshipCode: String) {
  penaltyDecisions(first: 50, partyUscc: $partyUscc, partyNameContains: $partyNameContains, executionStatus: $executionStatus, townshipCode: $townshipCode) {
    nodes { id sourceId version partyIdNumber partyPhone fineAmount executionStatus townshipCode masked } } }`;
const PROFILE = `query($uscc: String, $idNumber: String, $name: String) { partyProfile(uscc: $uscc, idNumber: $idNumber, name: $name) {
  query names licences { sourceId status } penalties { sourceId fineAmount executionStatus partyIdNumber } } }`;

describe('penalties and the party profile (e2e)', () => {
  let hub: TestApp;
  let qingyang: string;
  let officer: string;
  beforeAll(async () => {
    hub = await startTestApp();
    await seed.foodMatter(hub);
    qingyang = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    officer = await hub.userToken([Role.OFFICER], '350582101');
  });
  afterAll(() => hub.close());

  it('publishes a town penalty for its own township, versions its execution, and treats equal amounts as equal', async () => {
    const first = (await hub.gql(PUBLISH, { input: penalty(1) }, { credential: qingyang })).data!.publishPenaltyDecision;
    expect(first).toMatchObject({ outcome: 'CREATED', version: 1 });
    expect(
      (await hub.gql(PUBLISH, { input: penalty(1, { fineAmount: '5000.00' }) }, { credential: qingyang })).data!.publishPenaltyDecision
        .outcome,
    ).toBe('UNCHANGED');
    const executed = (await hub.gql(PUBLISH, { input: penalty(1, { executionStatus: 'EXECUTED' }) }, { credential: qingyang })).data!
      .publishPenaltyDecision;
    expect(executed).toMatchObject({ outcome: 'REVISED', version: 2 });
    const [row] = (await hub.gql(LIST, { partyUscc: uscc(1) }, { credential: officer })).data!.penaltyDecisions.nodes;
    expect(row).toMatchObject({ fineAmount: '5000.00', executionStatus: 'EXECUTED', townshipCode: QINGYANG });
    const history = await hub.gql(
      'query($id: ID!) { recordHistory(category: PENALTY, id: $id) { content } }',
      { id: first.id },
      { credential: officer },
    );
    expect(history.data!.recordHistory.map((v: any) => v.content.executionStatus)).toEqual(['PENDING', 'EXECUTED']);
  });

  it('judges devolution on the decision date, and ignores a reordering of the penalty kinds', async () => {
    const early = await hub.gql(PUBLISH, { input: penalty(4, { decisionDate: '2021-01-01' }) }, { credential: qingyang });
    expect(onlyError(early).extensions).toEqual({ code: 'FORBIDDEN', field: 'input.decisionDate' });
    await hub.gql(PUBLISH, { input: penalty(5, { penaltyKinds: ['警告', '罚款'] }) }, { credential: qingyang });
    const reordered = await hub.gql(PUBLISH, { input: penalty(5, { penaltyKinds: ['罚款', '警告', '罚款'] }) }, { credential: qingyang });
    expect(reordered.data!.publishPenaltyDecision.outcome).toBe('UNCHANGED');
  });

  it('refuses a penalty on a matter not devolved to the town, and refuses departments', async () => {
    const cizao = await hub.apiKey(CIZAO, [ApiKeyScope.PUBLISH]);
    expect(onlyError(await hub.gql(PUBLISH, { input: penalty(2) }, { credential: cizao })).extensions).toEqual({
      code: 'FORBIDDEN',
      field: 'input.matterCode',
    });
    const department = await hub.apiKey('dept-market-regulation', [ApiKeyScope.PUBLISH]);
    expect(onlyError(await hub.gql(PUBLISH, { input: penalty(2) }, { credential: department })).extensions?.code).toBe('FORBIDDEN');
  });

  it("masks a natural person's ID number and phone for other towns", async () => {
    await hub.gql(
      PUBLISH,
      { input: penalty(3, { partyUscc: null, partyIdNumber: residentId(3), partyPhone: '13905950003', partyName: '李四' }) },
      { credential: qingyang },
    );
    const [asOther] = (await hub.gql(LIST, { partyNameContains: '李四' }, { credential: officer })).data!.penaltyDecisions.nodes;
    expect(asOther).toMatchObject({
      masked: true,
      partyIdNumber: `3****************${residentId(3).slice(-1)}`,
      partyPhone: '*******0003',
    });
    const [asPublisher] = (await hub.gql(LIST, { partyNameContains: '李四' }, { credential: qingyang })).data!.penaltyDecisions.nodes;
    expect(asPublisher).toMatchObject({ masked: false, partyIdNumber: residentId(3) });
  });

  it('gives the officer a party profile by USCC, ID number or name in one answer', async () => {
    const market = await hub.apiKey('dept-market-regulation', [ApiKeyScope.PUBLISH]);
    await hub.gql(
      'mutation($r: [LicensingDecisionInput!]!) { publishLicensingDecisions(records: $r) { accepted } }',
      {
        r: [
          {
            sourceId: 'L-1',
            kind: 'LICENCE',
            licenceNumber: 'JY1',
            holderName: '晋江市青阳华丰五金店1',
            holderUscc: uscc(1),
            matterCode: FOOD_MATTER.code,
            validFrom: '2024-01-01',
            validTo: '2025-12-31',
            status: 'VALID',
            decisionDate: '2024-01-01',
          },
          {
            sourceId: 'L-2',
            kind: 'LICENCE',
            licenceNumber: 'JY2',
            holderName: '晋江市青阳华丰五金店1',
            holderUscc: uscc(1),
            matterCode: FOOD_MATTER.code,
            validFrom: '2026-01-01',
            status: 'VALID',
            decisionDate: '2026-01-01',
          },
        ],
      },
      { credential: market },
    );
    const byUscc = (await hub.gql(PROFILE, { uscc: uscc(1) }, { credential: officer })).data!.partyProfile;
    expect(byUscc.names).toEqual(['晋江市青阳华丰五金店1']);
    expect(byUscc.licences).toEqual([
      { sourceId: 'L-2', status: 'VALID' },
      { sourceId: 'L-1', status: 'EXPIRED' },
    ]);
    expect(byUscc.penalties).toEqual([
      { sourceId: 'QY-CF-2026-1', fineAmount: '5000.00', executionStatus: 'EXECUTED', partyIdNumber: null },
    ]);

    const byName = (await hub.gql(PROFILE, { name: '华丰五金店1' }, { credential: officer })).data!.partyProfile;
    expect(byName.licences).toHaveLength(2);
    const byId = (await hub.gql(PROFILE, { idNumber: residentId(3) }, { credential: officer })).data!.partyProfile;
    expect(byId).toMatchObject({
      query: `3****************${residentId(3).slice(-1)}`,
      names: ['李四'],
      penalties: [{ partyIdNumber: `3****************${residentId(3).slice(-1)}` }],
    });

    expect(onlyError(await hub.gql(PROFILE, {}, { credential: officer })).extensions?.code).toBe('BAD_USER_INPUT');
    expect(onlyError(await hub.gql(PROFILE, { uscc: 'NOTAUSCC' }, { credential: officer })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'uscc',
    });
  });

  it('resolves the matters of a whole profile with one catalog look-up (no N+1)', async () => {
    const lookups = jest.spyOn(hub.app.get(MattersService), 'findMany');
    const profile = await hub.gql(
      `query($u: String) { partyProfile(uscc: $u) { licences { matter { name } } penalties { matter { name regulationClass } } } }`,
      { u: uscc(1) },
      { credential: officer },
    );
    const names = [...profile.data!.partyProfile.licences, ...profile.data!.partyProfile.penalties].map((r: any) => r.matter.name);
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(new Set(names)).toEqual(new Set([FOOD_MATTER.name]));
    expect(lookups).toHaveBeenCalledTimes(1);
    lookups.mockRestore();
  });

  it('answers whoHandles from the catalog', async () => {
    const who = async (townshipCode: string) =>
      (
        await hub.gql(
          'query($t: String!) { whoHandles(matterCode: "SCJG-001", townshipCode: $t) { devolved unit { code } reason } }',
          { t: townshipCode },
          { credential: officer },
        )
      ).data!.whoHandles;
    expect(await who(QINGYANG)).toMatchObject({ devolved: true, unit: { code: QINGYANG } });
    expect(await who(CIZAO)).toMatchObject({ devolved: false, unit: { code: 'dept-market-regulation' } });
  });
});
