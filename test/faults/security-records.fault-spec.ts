import { ApiKeyScope, Role } from '@hub/shared-schema';
import { FOOD_MATTER, licence, MARKET, PUBLISH_LICENCES, QINGYANG, uscc } from '../utils/fixtures';
import { startTestApp, TestApp } from '../utils/test-app';
import { recordAttacks } from './fault-figures';

const REVOKE = `mutation($id: ID!) { revokeRecord(category: LICENSING, id: $id, reason: "录入错误") { version } }`;
const REINSTATE = `mutation($c: RecordCategory!, $id: ID, $sourceId: String, $reason: String!) {
  reinstateRecord(category: $c, id: $id, sourceId: $sourceId, reason: $reason) { version } }`;
const PROFILE = `query($uscc: String, $licences: ProfileListInput, $penalties: ProfileListInput, $openComplaints: ProfileListInput) {
  partyProfile(uscc: $uscc, licences: $licences, penalties: $penalties, openComplaints: $openComplaints) { licences { id } } }`;

/**
 * Attacks on a withdrawal (撤回: it stands until its publisher reinstates it): undoing another unit's
 * withdrawal, or one's own by a mere re-push, and forged or unbounded pages of the party profile. Each
 * must be refused with its code, and the withdrawn record must stay withdrawn.
 */
describe('withdrawn records and profile pages under attack (fault suite)', () => {
  let hub: TestApp;
  let market: string;
  let recordId: string;
  const credentials = new Map<string, string>();
  beforeAll(async () => {
    hub = await startTestApp();
    const admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
    await hub.gql(
      'mutation($input: DevolvedMatterInput!) { saveDevolvedMatter(input: $input) { code } }',
      { input: FOOD_MATTER },
      { credential: admin },
    );
    market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    recordId = (await hub.gql(PUBLISH_LICENCES, { records: [licence(1)] }, { credential: market })).data!.publishLicensingDecisions
      .results[0].id;
    expect((await hub.gql(REVOKE, { id: recordId }, { credential: market })).errors).toBeUndefined();
    credentials.set('admin', admin);
    credentials.set('other department', await hub.apiKey('dept-health', [ApiKeyScope.PUBLISH, ApiKeyScope.READ]));
    credentials.set('own unit, read-only key', await hub.apiKey(MARKET, [ApiKeyScope.READ]));
    credentials.set('town officer', await hub.userToken([Role.OFFICER], QINGYANG));
    credentials.set('supervisor', await hub.userToken([Role.SUPERVISOR], 'joint-meeting-office'));
  });
  afterAll(() => hub.close());

  it("refuses every attempt to undo a withdrawal but the publisher's reinstatement", async () => {
    const attempts: Array<{ name: string; expected: string; run: () => Promise<{ code: string | undefined }> }> = [];
    const call = async (query: string, variables: Record<string, unknown>, credential?: string) => {
      const answer = await hub.gql(query, variables, { credential });
      return { code: answer.errors?.[0]?.extensions?.code, answer };
    };
    for (const [name, credential] of credentials) {
      attempts.push({
        name: `${name} reinstates by id`,
        expected: 'FORBIDDEN',
        run: () => call(REINSTATE, { c: 'LICENSING', id: recordId, reason: '恢复' }, credential),
      });
    }
    attempts.push(
      {
        name: 'other department names the sourceId',
        expected: 'NOT_FOUND',
        run: () => call(REINSTATE, { c: 'LICENSING', sourceId: licence(1).sourceId, reason: '恢复' }, credentials.get('other department')),
      },
      { name: 'no credential', expected: 'UNAUTHENTICATED', run: () => call(REINSTATE, { c: 'LICENSING', id: recordId, reason: '恢复' }) },
      {
        name: 'wrong category for the id',
        expected: 'NOT_FOUND',
        run: () => call(REINSTATE, { c: 'PENALTY', id: recordId, reason: '恢复' }, market),
      },
      {
        name: 'reason too short',
        expected: 'BAD_USER_INPUT',
        run: () => call(REINSTATE, { c: 'LICENSING', id: recordId, reason: 'x' }, market),
      },
      {
        name: 'sourceId with SQL',
        expected: 'BAD_USER_INPUT',
        run: () => call(REINSTATE, { c: 'LICENSING', sourceId: "x' OR '1'='1", reason: '恢复' }, market),
      },
      {
        name: 'single re-push of the withdrawn record',
        expected: 'CONFLICT',
        run: () =>
          call(
            'mutation($input: LicensingDecisionInput!) { publishLicensingDecision(input: $input) { outcome } }',
            { input: licence(1) },
            market,
          ),
      },
      {
        name: 'batch re-push of the withdrawn record',
        expected: 'CONFLICT',
        run: async () => {
          const { answer } = await call(PUBLISH_LICENCES, { records: [licence(1, { scope: '改' })] }, market);
          return { code: answer.data?.publishLicensingDecisions.results[0].error?.code as string | undefined };
        },
      },
      {
        name: 'profile page of 101',
        expected: 'BAD_USER_INPUT',
        run: () => call(PROFILE, { uscc: uscc(1), licences: { first: 101 } }, market),
      },
      {
        name: 'profile page of 0',
        expected: 'BAD_USER_INPUT',
        run: () => call(PROFILE, { uscc: uscc(1), penalties: { first: 0 } }, market),
      },
      {
        name: 'forged profile cursor',
        expected: 'BAD_USER_INPUT',
        run: () =>
          call(PROFILE, { uscc: uscc(1), licences: { after: Buffer.from("2024-01-01|' OR 1=1 --").toString('base64url') } }, market),
      },
      {
        name: 'oversized profile cursor',
        expected: 'BAD_USER_INPUT',
        run: () => call(PROFILE, { uscc: uscc(1), openComplaints: { after: 'A'.repeat(5000) } }, market),
      },
    );
    const mishandled: string[] = [];
    for (const attempt of attempts) {
      const { code } = await attempt.run();
      if (code !== attempt.expected) mishandled.push(`${attempt.name}: ${code ?? 'accepted'}`);
    }
    const [row] = await hub.sql('SELECT version, revoked_at FROM licensing_decision WHERE id = $1', [recordId]);
    if (row.revoked_at === null || row.version !== 2) mishandled.push(`the record came back: version ${row.version}`);
    recordAttacks('records: undoing a withdrawal, profile pages', { tried: attempts.length, mishandled: mishandled.length });
    expect(mishandled).toEqual([]);

    // The publisher's own reinstatement is the one way back.
    expect(
      (await hub.gql(REINSTATE, { c: 'LICENSING', sourceId: licence(1).sourceId, reason: '核实无误' }, { credential: market })).data
        ?.reinstateRecord,
    ).toEqual({ version: 3 });
  });
});
