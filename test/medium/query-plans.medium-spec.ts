import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { TestClock } from '../../apps/hub-api/src/common/time/clock';
import { dataSourceOptions } from '../../apps/hub-api/src/database/data-source-options';
import { TransactionRunner } from '../../apps/hub-api/src/database/transaction-runner';
import { LicensingRepository } from '../../apps/hub-api/src/modules/licensing/licensing.repository';
import { DevicesRepository } from '../../apps/hub-api/src/modules/devices/devices.repository';
import { createTestDatabase, TestDatabase } from '../setup/test-postgres';
import { uscc } from '../utils/fixtures';

const ROWS = 100_000;

/** Every plan node's type and index, flattened. */
function planNodes(plan: any): Array<{ type: string; index?: string }> {
  const node = { type: plan['Node Type'] as string, index: plan['Index Name'] as string | undefined };
  return [node, ...((plan.Plans as any[]) ?? []).flatMap(planNodes)];
}

describe('query plans on 100k licensing decisions and 100k device readings (medium, real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let licences: LicensingRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(db.url, 2));
    await dataSource.initialize();
    licences = new LicensingRepository(new TransactionRunner(dataSource));
    await dataSource.query(`INSERT INTO devolved_matter (code, name, legal_basis, regulation_class, source_department_code, effective_from)
      VALUES ('M-1', '食品经营', '食品安全法', 'LICENSED_VIOLATION', 'dept-market-regulation', '2021-07-01')`);
    // Shop names vary like real ones: a trade word from a list of 200, a type, and a number.
    await dataSource.query(
      `INSERT INTO licensing_decision (id, publisher_code, source_id, version, content_hash, kind, licence_number, holder_name,
         holder_uscc, matter_code, township_code, valid_from, status, decision_date)
       SELECT gen_random_uuid(), 'dept-market-regulation', 'S-' || i, 1, repeat('0', 64), 'LICENCE', 'JY' || i,
         '晋江市' || (ARRAY['青阳','安海','磁灶','陈埭','东石','深沪','金井','池店'])[1 + i % 8]
           || chr(19968 + ((i::bigint * 7919) % 20000)::int) || chr(19968 + ((i::bigint * 104729) % 20000)::int) || (ARRAY['五金店','食品商行','便利店','餐饮店','服装厂'])[1 + i % 5] || i,
         $1 || lpad(i::text, 8, '0'), 'M-1', '350582001', date '2020-01-01' + (i % 2000), 'VALID', date '2020-01-01' + (i % 2000)
       FROM generate_series(1, $2) AS i`,
      ['9135058200', ROWS],
    );
    // One real, checkable party among them.
    await dataSource.query(
      `INSERT INTO licensing_decision (id, publisher_code, source_id, version, content_hash, kind, licence_number, holder_name,
         holder_uscc, matter_code, township_code, valid_from, status, decision_date)
       VALUES (gen_random_uuid(), 'dept-market-regulation', 'REAL-1', 1, repeat('0', 64), 'LICENCE', 'JY-REAL', '晋江市青阳华丰五金店', $1, 'M-1',
         '350582001', '2024-01-01', 'VALID', '2024-01-01')`,
      [uscc(424242)],
    );
    // 20 devices, 5,000 readings each, one a minute.
    await dataSource.query(
      `INSERT INTO surveillance_device (id, publisher_code, source_id, version, content_hash, device_code, device_kind, location, township_code, status)
       SELECT ('00000000-0000-0000-0000-' || lpad(d::text, 12, '0'))::uuid, '350582001', 'D-' || d, 1, repeat('0', 64), 'D-' || d,
         'NOISE_MONITOR', '青阳', '350582001', 'ACTIVE' FROM generate_series(1, 20) AS d`,
    );
    await dataSource.query(
      `INSERT INTO device_reading (device_id, observed_at, kind, reading)
       SELECT ('00000000-0000-0000-0000-' || lpad((1 + i % 20)::text, 12, '0'))::uuid, timestamptz '2026-01-01' + (i / 20) * interval '1 minute',
         'noise_db', jsonb_build_object('db', 40 + i % 30)
       FROM generate_series(0, $1 - 1) AS i`,
      [ROWS],
    );
    await dataSource.query('ANALYZE licensing_decision');
    await dataSource.query('ANALYZE device_reading');
  }, 120_000);

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  const explain = async (filter: Record<string, unknown>) => {
    const [sql, params] = licences.pageQuery(filter, '2026-11-24', null, 21).getQueryAndParameters();
    const [
      {
        'QUERY PLAN': [plan],
      },
    ] = await dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    return planNodes(plan.Plan);
  };

  it('finds a party by USCC through its index', async () => {
    const nodes = await explain({ holderUscc: uscc(424242) });
    expect(nodes.map((n) => n.index).filter(Boolean)).toContain('licensing_decision_holder_uscc_idx');
    expect(nodes.map((n) => n.type)).not.toContain('Seq Scan');
    expect(await licences.page({ holderUscc: uscc(424242) } as never, '2026-11-24', null, 21)).toHaveLength(1);
  });

  it("answers a device's time window through the (device, time) key", async () => {
    const devices = new DevicesRepository(new TransactionRunner(dataSource), new TestClock());
    const device = '00000000-0000-0000-0000-000000000007';
    const window = [device, new Date('2026-01-02T00:00:00Z'), new Date('2026-01-02T06:00:00Z'), undefined, null, 101] as const;
    const { sql, params } = devices.windowStatement(...window);
    const [
      {
        'QUERY PLAN': [plan],
      },
    ] = await dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    const nodes = planNodes(plan.Plan);
    expect(nodes.map((n) => n.index).filter(Boolean)).toContain('device_reading_pkey');
    expect(nodes.map((n) => n.type)).not.toContain('Seq Scan');
    expect(await devices.window(...window)).toHaveLength(101);
  });

  it('finds a party by a Chinese name substring through the trigram index', async () => {
    const nodes = await explain({ holderNameContains: '华丰五金' });
    expect(nodes.map((n) => n.index).filter(Boolean)).toContain('licensing_decision_holder_name_trgm');
    expect(nodes.map((n) => n.type)).not.toContain('Seq Scan');
    const found = await licences.page({ holderNameContains: '华丰五金' } as never, '2026-11-24', null, 21);
    expect(found.map((r) => r.holderName)).toContain('晋江市青阳华丰五金店');
  });
});
