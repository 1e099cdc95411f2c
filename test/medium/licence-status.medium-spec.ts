import { LicenceStatus } from '@hub/shared-schema';
import { licenceStatusCondition, licenceStatusOn, licenceStatusSql } from '../../apps/hub-api/src/modules/licensing/licence-status';
import { createTestDatabase, TestDatabase, withAdminClient } from '../setup/test-postgres';

type Published = Exclude<LicenceStatus, 'EXPIRED' | 'WITHDRAWN'>;

/**
 * The status a reader sees (§4(1)2: a VALID licence past its validity reads EXPIRED, a withdrawn record
 * WITHDRAWN) is written once in TypeScript (mapped rows, permitStatus) and once in SQL (statistics,
 * exports, the STATUS filter): both must answer the same for every case, on the same date.
 */
describe('licence status in TypeScript = licence status in PostgreSQL (medium)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });
  afterAll(async () => {
    await db.drop();
  });

  const ON = '2026-06-15';
  const cases = ([LicenceStatus.VALID, LicenceStatus.SUSPENDED, LicenceStatus.REVOKED] as Published[]).flatMap((status) =>
    [null, '2026-06-14', ON, '2026-06-16'].flatMap((validTo) =>
      [null, new Date('2026-05-01T00:00:00Z')].map((revokedAt) => ({ status, validTo, revokedAt })),
    ),
  );
  /** The date as a literal: a condition need not use it (WITHDRAWN), and an unused parameter has no type. */
  const DAY = `'${ON}'::date`;
  const rowsSql = `(SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id int, status varchar, valid_to date, revoked_at timestamptz)) r`;
  const params = [JSON.stringify(cases.map((c, id) => ({ id, status: c.status, valid_to: c.validTo, revoked_at: c.revokedAt })))];

  it('the SQL expression reads every case as licenceStatusOn does', async () => {
    const rows = await withAdminClient(
      async (c) =>
        (
          await c.query<{ id: number; status: string }>(
            `SELECT id, ${licenceStatusSql('r', DAY)} AS status FROM ${rowsSql} ORDER BY id`,
            params,
          )
        ).rows,
      db.url,
    );
    expect(rows).toHaveLength(cases.length);
    expect(rows.map((r) => r.status)).toEqual(cases.map((c) => licenceStatusOn(c, ON)));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(Object.values(LicenceStatus)));
  });

  it('the index-friendly WHERE condition selects exactly the cases that read each status', async () => {
    for (const status of Object.values(LicenceStatus)) {
      const ids = await withAdminClient(
        async (c) =>
          (
            await c.query<{ id: number }>(`SELECT id FROM ${rowsSql} WHERE ${licenceStatusCondition('r', status, DAY)} ORDER BY id`, params)
          ).rows.map((r) => r.id),
        db.url,
      );
      const expected = cases.flatMap((c, id) => (licenceStatusOn(c, ON) === status ? [id] : []));
      expect({ status, ids }).toEqual({ status, ids: expected });
    }
  });
});
