import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../setup/test-postgres';
import { eventually } from '../utils/wait';

const INSERT = `INSERT INTO change_event (id, type, category, subject, source_unit_code, data)
  VALUES ($1, 'licensing.published', 'LICENSING', $2, 'dept-market-regulation', '{}') RETURNING position::text AS position`;

describe('change log positions (medium, real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  // As the hub's runtime role, which may only INSERT into change_event.
  it('commit in the order they are drawn: a later writer waits for an earlier one to finish', async () => {
    const a = new Client({ connectionString: db.appUrl });
    const b = new Client({ connectionString: db.appUrl });
    const reader = new Client({ connectionString: db.appUrl });
    await Promise.all([a.connect(), b.connect(), reader.connect()]);
    try {
      await a.query('BEGIN');
      const [{ position: first }] = (await a.query(INSERT, [randomUUID(), randomUUID()])).rows;
      const bPid = (await b.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
      await b.query('BEGIN');
      let bDone = false;
      const second = b.query(INSERT, [randomUUID(), randomUUID()]).then((r) => {
        bDone = true;
        return r.rows[0].position as string;
      });
      // B waits for A's lock (seen by the server, not guessed from a pause).
      const waiting = await eventually(
        async () => (await reader.query('SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1', [bPid])).rows[0]?.wait_event_type,
        (type) => type === 'Lock',
      );
      expect(waiting).toBe('Lock');
      // Without the lock B would hold a higher position now and could commit first: a reader
      // that saw B's event would move its cursor past A's and never see it.
      expect(bDone).toBe(false);
      await a.query('COMMIT');
      const secondPosition = await second;
      expect(BigInt(secondPosition)).toBeGreaterThan(BigInt(first));
      const visible = (await reader.query('SELECT max(position)::text AS head FROM change_event')).rows[0].head;
      expect(visible).toBe(first);
      await b.query('COMMIT');
    } finally {
      await Promise.all([a.end(), b.end(), reader.end()]);
    }
  });
});
