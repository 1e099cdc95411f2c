import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/hub-api/src/database/data-source-options';
import { entityColumns } from '../../apps/hub-api/src/database/entity-columns';
import { DeviceReadingEntity } from '../../apps/hub-api/src/modules/devices/device-reading.entity';
import { LicensingDecisionEntity } from '../../apps/hub-api/src/modules/licensing/licensing-decision.entity';
import { PenaltyDecisionEntity } from '../../apps/hub-api/src/modules/penalties/penalty-decision.entity';
import { createTestDatabase, TestDatabase } from '../setup/test-postgres';
import { residentId, uscc } from '../utils/fixtures';

/**
 * The officer's lookups read licences and penalties with plain SQL through entityColumns; what they
 * get must be exactly what TypeORM's hydration gives for the same row, every column and type
 * (dates, timestamps, decimals, arrays, nulls), or the mappers would show something else.
 */
describe('entityColumns reads rows as TypeORM hydrates them (medium, real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(db.url, 2));
    await dataSource.initialize();
    await dataSource.query(`INSERT INTO devolved_matter (code, name, legal_basis, regulation_class, source_department_code, effective_from)
      VALUES ('M-1', '食品经营', '食品安全法', 'LICENSED_VIOLATION', 'dept-market-regulation', '2021-07-01')`);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  async function same<T extends object>(entity: new () => T, table: string, alias: string, id: string) {
    const hydrated = await dataSource.getRepository(entity).findOneByOrFail({ id } as never);
    const [raw] = await dataSource.query<T[]>(
      `SELECT ${entityColumns(dataSource.manager, entity, alias)} FROM ${table} ${alias} WHERE ${alias}.id = $1`,
      [id],
    );
    expect({ ...raw }).toEqual({ ...hydrated });
  }

  it('licensing decisions: every column, a revoked one with nulls and dates', async () => {
    await dataSource.query(
      `INSERT INTO licensing_decision (id, publisher_code, source_id, version, content_hash, kind, licence_number, holder_name, holder_uscc,
         holder_id_number, holder_phone, matter_code, scope, address, township_code, valid_from, valid_to, status, decision_date, revoked_at, revoke_reason)
       VALUES ('00000000-0000-4000-8000-000000000001', 'dept-market-regulation', 'S-1', 3, repeat('a', 64), 'LICENCE', 'JY1', '青阳五金店', $1,
         $2, '13905951234', 'M-1', '预包装食品销售', '青阳街道', '350582001', '2024-02-29', '2029-12-31', 'VALID', '2024-02-28', now(), '重复录入'),
              ('00000000-0000-4000-8000-000000000002', 'dept-market-regulation', 'S-2', 1, repeat('b', 64), 'LICENCE', 'JY2', '安海便利店', NULL,
         $2, NULL, 'M-1', NULL, NULL, NULL, '2025-01-01', NULL, 'SUSPENDED', '2025-01-01', NULL, NULL)`,
      [uscc(1), residentId(1)],
    );
    await same(LicensingDecisionEntity, 'licensing_decision', 'l', '00000000-0000-4000-8000-000000000001');
    await same(LicensingDecisionEntity, 'licensing_decision', 'l', '00000000-0000-4000-8000-000000000002');
  });

  it('penalty decisions: decimals, text arrays and dates', async () => {
    await dataSource.query(
      `INSERT INTO penalty_decision (id, publisher_code, source_id, version, content_hash, measure_kind, decision_number, party_name, party_uscc,
         party_id_number, party_phone, matter_code, facts, legal_basis, penalty_kinds, fine_amount, confiscation_amount, decision_date,
         execution_status, township_code)
       VALUES ('00000000-0000-4000-8000-000000000003', '350582001', 'P-1', 1, repeat('c', 64), 'PENALTY', '晋青综执罚决字〔2026〕1号', '王某某', NULL,
         $1, '13905951234', 'M-1', '超范围经营', '食品安全法', ARRAY['警告', '罚款'], 5000.50, 0.00, '2026-03-01', 'PENDING', '350582001')`,
      [residentId(2)],
    );
    await same(PenaltyDecisionEntity, 'penalty_decision', 'p', '00000000-0000-4000-8000-000000000003');
  });

  it('device readings: timestamps and JSON', async () => {
    await dataSource.query(
      `INSERT INTO surveillance_device (id, publisher_code, source_id, version, content_hash, device_code, device_kind, location, township_code, status)
       VALUES ('00000000-0000-4000-8000-000000000004', '350582001', 'D-1', 1, repeat('d', 64), 'JJ-1', 'NOISE_MONITOR', '青阳', '350582001', 'ACTIVE')`,
    );
    await dataSource.query(
      `INSERT INTO device_reading (device_id, observed_at, kind, reading) VALUES ('00000000-0000-4000-8000-000000000004', '2026-10-01T08:00:00.123+08', 'noise_db', '{"value": 61.5, "peak": [70, 72]}')`,
    );
    const hydrated = await dataSource
      .getRepository(DeviceReadingEntity)
      .findOneByOrFail({ deviceId: '00000000-0000-4000-8000-000000000004' });
    const [raw] = await dataSource.query(`SELECT ${entityColumns(dataSource.manager, DeviceReadingEntity, 'r')} FROM device_reading r`);
    expect({ ...raw }).toEqual({ ...hydrated });
    expect(raw.observedAt).toEqual(new Date('2026-10-01T00:00:00.123Z'));
  });
});
