import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/hub-api/src/database/data-source-options';
import { TransactionRunner } from '../../apps/hub-api/src/database/transaction-runner';
import { auditEntryHash } from '../../apps/hub-api/src/modules/audit/audit-hash';
import { AuditRepository } from '../../apps/hub-api/src/modules/audit/audit.repository';
import { createTestDatabase, TestDatabase, withAdminClient } from '../setup/test-postgres';

/**
 * The verifier hashes audit rows in Node (an owner who replaces `audit_entry_hash` cannot vouch for a
 * rewritten chain): its canonical form must be exactly the one the database's `audit_entry_hash`
 * (Foundation migration) builds, for every kind of value a row can hold.
 */
describe('audit row hash in Node = audit_entry_hash in PostgreSQL (medium)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(db.appUrl, 1));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('agrees on NULLs, Chinese text, escapes, empty and filled roles, and jsonb of every shape', async () => {
    const rows: Array<[string | null, string, string | null, string[], string | null, string | null]> = [
      // actor_id, actor_name, unit_code, roles, target, details (jsonb text as sent)
      [null, 'anonymous', null, [], null, null],
      [
        'u-1',
        '陈一',
        '350582001',
        ['LEADER', 'OFFICER'],
        '晋江市青阳鸿福餐饮店',
        '{"理由": "核查", "n": 1.50, "big": 12345678901234567890, "neg": -0.0}',
      ],
      [
        'u-2',
        'quote " back\\slash\nnew\tline\u0001ctl \u2028 😀',
        'dept-x',
        ['ADMIN'],
        'a/b',
        '{"b": [1, 2, {"z": null, "a": true}], "a": "x\\"y", "": {}, "aa": []}',
      ],
      ['u-3', 'plain', null, ['SUPERVISOR'], '', '"just a string"'],
      ['u-4', 'numbers', null, [], null, '[1e3, 0.1, 100, -5, 3.14159265358979323846]'],
    ];
    await withAdminClient(async (c) => {
      for (const [actorId, actorName, unitCode, roles, target, details] of rows) {
        await c.query(
          `INSERT INTO audit_entry (occurred_at, actor_kind, actor_id, actor_name, unit_code, roles, operation, target, outcome, request_id, details)
           VALUES (clock_timestamp(), 'USER', $1, $2, $3, $4, 'test.hash', $5, 'OK', $6, $7::jsonb)`,
          [actorId, actorName, unitCode, roles, target, actorId ? `req-${actorId}` : null, details],
        );
      }
    }, db.url);
    const slice = await new AuditRepository(new TransactionRunner(dataSource)).chainSlice('0', 1000);
    const stored = await withAdminClient(
      async (c) => (await c.query(`SELECT id::text AS id, hash, audit_entry_hash(a) AS db FROM audit_entry a ORDER BY id`)).rows,
      db.url,
    );
    expect(slice.length).toBeGreaterThanOrEqual(rows.length);
    for (const row of slice) {
      const database = stored.find((s) => s.id === row.id)!;
      expect({ id: row.id, node: auditEntryHash(row) }).toEqual({ id: row.id, node: database.db });
      expect(database.hash).toBe(database.db);
    }
  });
});
