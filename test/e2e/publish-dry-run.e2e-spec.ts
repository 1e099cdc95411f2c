import { ApiKeyScope } from '@hub/shared-schema';
import { licence, MARKET, penalty, QINGYANG } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { startTestApp, TestApp } from '../utils/test-app';

const BATCH = `mutation($records: [LicensingDecisionInput!]!, $dryRun: Boolean) { publishLicensingDecisions(records: $records, dryRun: $dryRun) {
  accepted rejected results { index sourceId outcome version error { code field message } } } }`;
const PENALTIES = `mutation($records: [PenaltyDecisionInput!]!, $dryRun: Boolean) { publishPenaltyDecisions(records: $records, dryRun: $dryRun) {
  accepted rejected results { outcome error { field } } } }`;

describe('batch publish dryRun: every check, nothing stored (e2e)', () => {
  let hub: TestApp;
  let market: string;
  const stored = async (prefix: string) => {
    const [row] = await hub.sql<{ records: number; versions: number; events: number }>(
      `SELECT (SELECT count(*)::int FROM licensing_decision WHERE source_id LIKE $1) AS records,
              (SELECT count(*)::int FROM record_version v JOIN licensing_decision l ON l.id = v.record_id WHERE l.source_id LIKE $1) AS versions,
              (SELECT count(*)::int FROM change_event e JOIN licensing_decision l ON l.id = e.subject WHERE l.source_id LIKE $1) AS events`,
      [`${prefix}%`],
    );
    return row;
  };

  beforeAll(async () => {
    hub = await startTestApp();
    await seed.foodMatter(hub);
    market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
  });
  afterAll(() => hub.close());

  it('answers what publishing would do, rejections included, and leaves no record, version or event', async () => {
    const records = [
      licence(1, { sourceId: 'DRY-1' }),
      licence(2, { sourceId: 'DRY-2', matterCode: 'NO-SUCH' }),
      licence(3, { sourceId: 'DRY-1' }),
    ];
    const dry = (await hub.gql(BATCH, { records, dryRun: true }, { credential: market })).data!.publishLicensingDecisions;
    expect(dry.results.map((r: any) => [r.outcome, r.error?.code ?? null, r.error?.field ?? null])).toEqual([
      ['CREATED', null, null],
      ['REJECTED', 'NOT_FOUND', 'matterCode'],
      ['REJECTED', 'CONFLICT', 'sourceId'],
    ]);
    expect([dry.accepted, dry.rejected]).toEqual([1, 2]);
    expect(await stored('DRY-')).toEqual({ records: 0, versions: 0, events: 0 });

    // The same batch for real stores what the dry run announced; a dry run of a change then says REVISED and keeps version 1.
    const real = (await hub.gql(BATCH, { records }, { credential: market })).data!.publishLicensingDecisions;
    expect(real.results.map((r: any) => r.outcome)).toEqual(['CREATED', 'REJECTED', 'REJECTED']);
    const changed = [licence(1, { sourceId: 'DRY-1', scope: '散装食品销售' })];
    const revised = (await hub.gql(BATCH, { records: changed, dryRun: true }, { credential: market })).data!.publishLicensingDecisions;
    expect(revised.results.map((r: any) => [r.outcome, r.version])).toEqual([['REVISED', 2]]);
    expect(await stored('DRY-')).toEqual({ records: 1, versions: 1, events: 1 });
    const [{ scope, version }] = await hub.sql(`SELECT scope, version FROM licensing_decision WHERE source_id = 'DRY-1'`);
    expect([scope, version]).toEqual(['预包装食品销售', 1]);
  });

  it("is refused like a publication to a caller who may not publish, and checks a town's penalties as publishing would", async () => {
    const townKey = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH]);
    const refused = await hub.gql(BATCH, { records: [licence(5, { sourceId: 'DRY-T' })], dryRun: true }, { credential: townKey });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const townPenalty = await hub.gql(
      PENALTIES,
      { records: [penalty(6, { sourceId: 'DRY-P' }), penalty(7, { sourceId: 'DRY-P2', fineAmount: 'x' })], dryRun: true },
      { credential: townKey },
    );
    expect(townPenalty.data!.publishPenaltyDecisions.results.map((r: any) => [r.outcome, r.error?.field ?? null])).toEqual([
      ['CREATED', null],
      ['REJECTED', 'fineAmount'],
    ]);
    const [{ count }] = await hub.sql(`SELECT count(*)::int AS count FROM penalty_decision WHERE source_id LIKE 'DRY-P%'`);
    expect(count).toBe(0);
  });
});
