import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ActorKind, ApiKeyScope, ErrorCode, PublishOutcome, UnitKind } from '@hub/shared-schema';
import type { Actor } from '../../apps/hub-api/src/common/auth/actor';
import { dataSourceOptions } from '../../apps/hub-api/src/database/data-source-options';
import { TransactionRunner } from '../../apps/hub-api/src/database/transaction-runner';
import { RequestContext } from '../../apps/hub-api/src/common/context/request-context';
import { TestClock } from '../../apps/hub-api/src/common/time/clock';
import type { DevolvedMatterEntity } from '../../apps/hub-api/src/modules/matters/devolved-matter.entity';
import { PENALTIES } from '../../apps/hub-api/src/modules/penalties/penalties.category';
import { RecordPublisher } from '../../apps/hub-api/src/modules/records/record-publisher.service';
import { RecordsRepository } from '../../apps/hub-api/src/modules/records/records.repository';
import { OutboxRepository } from '../../apps/hub-api/src/modules/outbox/outbox.repository';
import { OutboxService } from '../../apps/hub-api/src/modules/outbox/outbox.service';
import { createTestDatabase, TestDatabase } from '../setup/test-postgres';
import { ANHAI, FOOD_MATTER, MARKET, penalty, QINGYANG } from '../utils/fixtures';

const CIZAO = '350582102'; // a town the food matter is not devolved to

const townKey = (unitCode: string): Actor => ({
  kind: ActorKind.API_KEY,
  id: `${unitCode}-key`,
  name: `${unitCode}-key`,
  unitCode,
  unitKind: UnitKind.TOWN,
  roles: [],
  scopes: [ApiKeyScope.PUBLISH],
});

/** The catalog entry as the matters service hands it over: devolved to Qingyang and Anhai from 2021-07-01. */
const FOOD: DevolvedMatterEntity = {
  code: FOOD_MATTER.code,
  name: FOOD_MATTER.name,
  legalBasis: FOOD_MATTER.legalBasis,
  regulationClass: FOOD_MATTER.regulationClass,
  sourceDepartmentCode: MARKET,
  effectiveFrom: FOOD_MATTER.effectiveFrom,
  effectiveTo: null,
  createdAt: new Date(),
  updatedAt: new Date(),
  townships: FOOD_MATTER.townshipCodes.map((townshipCode) => ({ matterCode: FOOD_MATTER.code, townshipCode })),
};

/**
 * §3(1) and §4(1)3 on the common publisher with its real repository (rows, versions and events in
 * PostgreSQL): a town publishes penalties only for matters devolved to it, while they are in force,
 * and as itself; a withdrawn record stays withdrawn until its own publisher reinstates it. The matter
 * catalog and the unit list are mocked.
 */
describe('record publishing rules: township, matter, withdrawal and reinstatement (medium, real PostgreSQL)', () => {
  let db: TestDatabase;
  let owner: DataSource; // fixture SQL
  let dataSource: DataSource; // the hub's runtime role, as in production
  let publisher: RecordPublisher;
  const clock = new TestClock();
  const as = (actor: Actor) => RequestContext.forRequest(clock, actor, null);
  // The one place per call that knows the publisher's signature.
  const publishAs = (actor: Actor, records: unknown[]) => publisher.publish(as(actor), PENALTIES, records);
  const withdrawAs = (actor: Actor, id: string, reason: string) => publisher.revoke(as(actor), PENALTIES, id, reason);
  const reinstateAs = (actor: Actor, id: string, reason: string) => publisher.reinstate(as(actor), PENALTIES, { id }, reason);

  const stored = async (id: string) =>
    (await owner.query('SELECT township_code, version, revoked_at IS NOT NULL AS withdrawn FROM penalty_decision WHERE id = $1', [id]))[0];
  const changes = async (id: string) =>
    (await owner.query('SELECT change FROM record_version WHERE record_id = $1 ORDER BY version', [id])).map(
      (r: { change: string }) => r.change,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = new DataSource(dataSourceOptions(db.url, 1));
    dataSource = new DataSource(dataSourceOptions(db.appUrl, 2));
    await Promise.all([owner.initialize(), dataSource.initialize()]);
    await owner.query(
      `INSERT INTO devolved_matter (code, name, legal_basis, regulation_class, source_department_code, effective_from)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [FOOD.code, FOOD.name, FOOD.legalBasis, FOOD.regulationClass, MARKET, FOOD.effectiveFrom],
    );
    await owner.query(`INSERT INTO devolved_matter_township (matter_code, township_code) VALUES ($1, $2), ($1, $3)`, [
      FOOD.code,
      QINGYANG,
      ANHAI,
    ]);
    const matters = {
      findMany: jest.fn(async (codes: string[]) => new Map(codes.includes(FOOD.code) ? [[FOOD.code, FOOD]] : [])),
    };
    const units = { activeCodes: jest.fn(async () => new Set([MARKET, QINGYANG, ANHAI, CIZAO])) };
    type Collaborators = ConstructorParameters<typeof RecordPublisher>;
    // One runner for both, as in the app: the repository writes in the transaction the publisher opens.
    const tx = new TransactionRunner(dataSource);
    publisher = new RecordPublisher(
      new RecordsRepository(tx),
      matters as unknown as Collaborators[1],
      units as unknown as Collaborators[2],
      tx,
      new OutboxService(new OutboxRepository(tx, clock)),
      clock,
    );
  });
  afterAll(async () => {
    await Promise.all([owner.destroy(), dataSource.destroy()]);
    await db.drop();
  });

  it('stores a town’s penalty under its own township, whatever the record says', async () => {
    const { results } = await publishAs(townKey(QINGYANG), [penalty(1)]);
    expect(results.map((r) => [r.outcome, r.error])).toEqual([[PublishOutcome.CREATED, null]]);
    expect(await stored(results[0].id!)).toEqual({ township_code: QINGYANG, version: 1, withdrawn: false });
    // A township named in the record is not the town's to give: the field is refused, nothing stored.
    const other = await publishAs(townKey(QINGYANG), [penalty(2, { townshipCode: ANHAI } as never)]);
    expect(other.results.map((r) => [r.outcome, r.error?.code])).toEqual([[PublishOutcome.REJECTED, ErrorCode.BAD_USER_INPUT]]);
  });

  it('refuses a matter not devolved to the town, not in force on the decision date, or not in the catalog', async () => {
    const refusal = async (actor: Actor, record: unknown) => {
      const { accepted, results } = await publishAs(actor, [record]);
      expect(accepted).toBe(0);
      return { outcome: results[0].outcome, code: results[0].error?.code, field: results[0].error?.field };
    };
    expect(await refusal(townKey(CIZAO), penalty(10))).toEqual({
      outcome: PublishOutcome.REJECTED,
      code: ErrorCode.FORBIDDEN,
      field: 'matterCode',
    });
    expect(await refusal(townKey(QINGYANG), penalty(11, { decisionDate: '2021-06-30' }))).toEqual({
      outcome: PublishOutcome.REJECTED,
      code: ErrorCode.FORBIDDEN,
      field: 'decisionDate',
    });
    expect(await refusal(townKey(QINGYANG), penalty(12, { matterCode: 'SCJG-999' }))).toEqual({
      outcome: PublishOutcome.REJECTED,
      code: ErrorCode.NOT_FOUND,
      field: 'matterCode',
    });
    expect(await refusal(townKey(QINGYANG), penalty(13, { partyUscc: null }))).toEqual({
      outcome: PublishOutcome.REJECTED,
      code: ErrorCode.BAD_USER_INPUT,
      field: 'partyUscc',
    });
    // None of them left a row behind.
    const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM penalty_decision WHERE source_id = ANY($1)`, [
      ['QY-CF-2026-10', 'QY-CF-2026-11', 'QY-CF-2026-12', 'QY-CF-2026-13'],
    ]);
    expect(n).toBe(0);
  });

  it('keeps a withdrawn record withdrawn when it is sent again, and lets only its publisher reinstate it', async () => {
    const qingyang = townKey(QINGYANG);
    const [{ id }] = (await publishAs(qingyang, [penalty(20)])).results;
    await withdrawAs(qingyang, id!, '决定书号码录入错误');
    expect(await stored(id!)).toEqual({ township_code: QINGYANG, version: 2, withdrawn: true });
    await expect(withdrawAs(qingyang, id!, 'again')).rejects.toMatchObject({ code: ErrorCode.CONFLICT, field: 'id' });

    // A nightly full push sends it again, changed or not: it stays withdrawn, nothing is stored.
    const resent = await publishAs(qingyang, [penalty(20, { facts: '改过的事实' })]);
    expect(resent.results.map((r) => [r.outcome, r.error?.code, r.revokeReason])).toEqual([
      [PublishOutcome.WITHDRAWN, ErrorCode.CONFLICT, '决定书号码录入错误'],
    ]);
    expect(await stored(id!)).toEqual({ township_code: QINGYANG, version: 2, withdrawn: true });

    // Another town may not reinstate it; its publisher may, once.
    await expect(reinstateAs(townKey(ANHAI), id!, '不是我的')).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
    const reinstated = await reinstateAs(qingyang, id!, '号码已核实无误');
    expect({ version: reinstated.version, revokedAt: reinstated.revokedAt }).toEqual({ version: 3, revokedAt: null });
    await expect(reinstateAs(qingyang, id!, 'again')).rejects.toMatchObject({ code: ErrorCode.CONFLICT, field: 'id' });

    // In force again: the changed content is a new version.
    const revised = await publishAs(qingyang, [penalty(20, { facts: '改过的事实' })]);
    expect(revised.results.map((r) => [r.outcome, r.version])).toEqual([[PublishOutcome.REVISED, 4]]);
    expect(await changes(id!)).toEqual(['PUBLISHED', 'REVOKED', 'REINSTATED', 'REVISED']);
  });
});
