import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ActorKind, ApiKeyScope, LicenceStatus, LicensingDecisionsArgs, PermitReasonCode, UnitKind } from '@hub/shared-schema';
import type { Actor } from '../../apps/hub-api/src/common/auth/actor';
import { dataSourceOptions } from '../../apps/hub-api/src/database/data-source-options';
import { TransactionRunner } from '../../apps/hub-api/src/database/transaction-runner';
import { RequestContext } from '../../apps/hub-api/src/common/context/request-context';
import { TestClock } from '../../apps/hub-api/src/common/time/clock';
import { LicensingRepository } from '../../apps/hub-api/src/modules/licensing/licensing.repository';
import { LicensingService } from '../../apps/hub-api/src/modules/licensing/licensing.service';
import { createTestDatabase, TestDatabase } from '../setup/test-postgres';
import { FOOD_MATTER, MARKET, QINGYANG, uscc } from '../utils/fixtures';

/** The market regulator's system: the publisher, which sees its own records in full. */
const market: Actor = {
  kind: ActorKind.API_KEY,
  id: 'market-key',
  name: 'market-key',
  unitCode: MARKET,
  unitKind: UnitKind.DEPARTMENT,
  roles: [],
  scopes: [ApiKeyScope.READ],
};

const PAST = '2001-01-01';
const FUTURE = '2999-12-31';

/**
 * §4(1)2 licensing: the status a reader sees and the permit check's answer, on the licensing service
 * over its real repository (the status rule is in its SQL as well as in TypeScript); matters, the
 * personal-data audit and the ID-number quota are mocked.
 */
describe('licensing rules: status as read and the permit check (medium, real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let service: LicensingService;
  const clock = new TestClock();
  // The one line per call that knows the service's signature.
  const listAs = (reader: Actor, args: Partial<LicensingDecisionsArgs>) =>
    service.list(RequestContext.forRequest(clock, reader, null), {
      first: 50,
      sort: 'NEWEST_FIRST',
      includeRevoked: false,
      ...args,
    } as LicensingDecisionsArgs);
  const permitAs = (reader: Actor, holder: string, at?: string) =>
    service.permitStatus(RequestContext.forRequest(clock, reader, null), holder, FOOD_MATTER.code, at);

  let n = 0;
  /** A licence straight into the table (the publishing path has its own tests); answers its holder's USCC. */
  async function licence(fields: { status: string; validFrom?: string; validTo?: string | null; withdrawn?: string }): Promise<string> {
    const holder = uscc(++n);
    await dataSource.query(
      `INSERT INTO licensing_decision (id, publisher_code, source_id, version, content_hash, kind, licence_number, holder_name,
         holder_uscc, matter_code, township_code, valid_from, valid_to, status, decision_date, revoked_at, revoke_reason)
       VALUES (gen_random_uuid(), $1, $2, 1, repeat('0', 64), 'LICENCE', $3, $4, $5, $6, $7, $8, $9, $10, $8, $11, $12)`,
      [
        MARKET,
        `L-${n}`,
        `JY-${n}`,
        `晋江市青阳华丰五金店${n}`,
        holder,
        FOOD_MATTER.code,
        QINGYANG,
        fields.validFrom ?? '2000-01-01',
        fields.validTo === undefined ? FUTURE : fields.validTo,
        fields.status,
        fields.withdrawn ? new Date() : null,
        fields.withdrawn ?? null,
      ],
    );
    return holder;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(db.url, 2));
    await dataSource.initialize();
    await dataSource.query(
      `INSERT INTO devolved_matter (code, name, legal_basis, regulation_class, source_department_code, effective_from)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [FOOD_MATTER.code, FOOD_MATTER.name, FOOD_MATTER.legalBasis, FOOD_MATTER.regulationClass, MARKET, FOOD_MATTER.effectiveFrom],
    );
    const matters = { get: jest.fn(async (code: string) => ({ code, name: FOOD_MATTER.name })) };
    const personalData = { recordFullView: jest.fn(async () => undefined) };
    const idNumberSearches = { admit: jest.fn(async () => undefined) };
    // The collaborators' types from the constructor itself: this file does not care where they live.
    type Collaborators = ConstructorParameters<typeof LicensingService>;
    service = new LicensingService(
      {} as Collaborators[0], // publishing has its own tests
      new LicensingRepository(new TransactionRunner(dataSource)),
      matters as unknown as Collaborators[2],
      personalData as unknown as Collaborators[3],
      idNumberSearches as unknown as Collaborators[4],
    );
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('reads a VALID licence past its end date as EXPIRED, a withdrawn one as WITHDRAWN, the rest as published', async () => {
    const valid = await licence({ status: 'VALID' });
    const openEnded = await licence({ status: 'VALID', validTo: null });
    const expired = await licence({ status: 'VALID', validTo: PAST });
    const suspended = await licence({ status: 'SUSPENDED' });
    const revoked = await licence({ status: 'REVOKED', validTo: PAST }); // the department's REVOKED stands, even past its end
    const withdrawn = await licence({ status: 'VALID', withdrawn: '登记错误' });

    const statusOf = async (holder: string) => {
      const { nodes } = await listAs(market, { holderUscc: holder, includeRevoked: true });
      expect(nodes).toHaveLength(1);
      return nodes[0].status;
    };
    expect({
      valid: await statusOf(valid),
      openEnded: await statusOf(openEnded),
      expired: await statusOf(expired),
      suspended: await statusOf(suspended),
      revoked: await statusOf(revoked),
      withdrawn: await statusOf(withdrawn),
    }).toEqual({
      valid: LicenceStatus.VALID,
      openEnded: LicenceStatus.VALID,
      expired: LicenceStatus.EXPIRED,
      suspended: LicenceStatus.SUSPENDED,
      revoked: LicenceStatus.REVOKED,
      withdrawn: LicenceStatus.WITHDRAWN,
    });

    // The status filter (SQL) selects by the same rule as the mapped status (TypeScript).
    const holdersWith = async (status: LicenceStatus) =>
      (await listAs(market, { status })).nodes.map((l: { holderUscc?: string | null }) => l.holderUscc).sort();
    expect(await holdersWith(LicenceStatus.VALID)).toEqual([valid, openEnded].sort());
    expect(await holdersWith(LicenceStatus.EXPIRED)).toEqual([expired]);
    expect(await holdersWith(LicenceStatus.REVOKED)).toEqual([revoked]);
    expect(await holdersWith(LicenceStatus.WITHDRAWN)).toEqual([withdrawn]);
    // Withdrawn records are left out unless asked for.
    expect((await listAs(market, { holderUscc: withdrawn })).nodes).toEqual([]);
  });

  it("gives the permit check's reason code for each case, and the covering licence only when one covers", async () => {
    const cases: Array<[string, string, PermitReasonCode]> = [
      ['valid', await licence({ status: 'VALID' }), PermitReasonCode.COVERED],
      ['expired', await licence({ status: 'VALID', validTo: PAST }), PermitReasonCode.EXPIRED],
      ['suspended', await licence({ status: 'SUSPENDED' }), PermitReasonCode.SUSPENDED],
      ['revoked', await licence({ status: 'REVOKED' }), PermitReasonCode.REVOKED],
      ['withdrawn', await licence({ status: 'VALID', withdrawn: '登记错误' }), PermitReasonCode.WITHDRAWN],
      ['not yet valid', await licence({ status: 'VALID', validFrom: '2999-01-01', validTo: null }), PermitReasonCode.NOT_YET_VALID],
      ['no licence', uscc(999_999), PermitReasonCode.NO_LICENCE],
    ];
    const answers: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const [name, holder, code] of cases) {
      const permit = await permitAs(market, holder);
      const covered = code === PermitReasonCode.COVERED;
      answers[name] = { reasonCode: permit.reasonCode, covered: permit.covered, licence: permit.licence?.holderUscc ?? null };
      expected[name] = { reasonCode: code, covered, licence: covered ? holder : null };
    }
    expect(answers).toEqual(expected);

    // On a date of its own: a licence that has ended was valid then.
    const ended = await licence({ status: 'VALID', validFrom: '2020-01-01', validTo: '2020-12-31' });
    expect((await permitAs(market, ended, '2020-06-01')).reasonCode).toBe(PermitReasonCode.COVERED);
    const late = await permitAs(market, ended, '2021-01-01');
    expect(late.reasonCode).toBe(PermitReasonCode.EXPIRED);
    expect(late.reason).toContain('有效期至 2020-12-31');
  });
});
