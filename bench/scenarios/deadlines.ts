import { eventually } from '../../test/utils/wait';
import { dropDatabase, freshDatabase, withClient } from '../lib/bench-database';
import { startBenchHub } from '../lib/hub';
import { note } from '../lib/report';
import { Scenario } from '../lib/scenario';

const FULL_OPEN = 1_000_000;
const FULL_PASSING = 10_000;
/** Seconds after the hub is up at which the passing deadlines fall due, all at once. */
const DUE_AFTER_S = 5;
/** The figure: every passing deadline marked and published within a minute. */
const WITHIN_S = 60;

/** The same marks and events as one bare transaction: what a DBA would run by hand (then rolled back). */
const RAW = `WITH marked AS (
               UPDATE deadline SET overdue_at = $1::timestamptz
                WHERE closed_at IS NULL AND overdue_at IS NULL AND due_at <= $1::timestamptz
               RETURNING id, item_type, item_id, kind, clause, due_at, unit_codes, category)
             INSERT INTO change_event (id, type, category, subject, source_unit_code, recipients, audience, data, occurred_at)
             SELECT gen_random_uuid(), item_type || '.overdue', category, item_id, unit_codes[1], unit_codes, unit_codes,
                    jsonb_build_object('deadlineId', id, 'kind', kind, 'clause', clause, 'dueAt', due_at), $1::timestamptz
               FROM marked`;

export const deadlines: Scenario = {
  name: 'deadlines',
  describe: 'the deadline sweep: 10,000 deadlines passing at once among 1,000,000 open, marked overdue and published (target: within 60 s)',
  async run(ctx) {
    const name = 'hub_bench_deadlines';
    const url = await freshDatabase(name);
    const open = Math.max(1000, Math.round(FULL_OPEN * ctx.scale));
    const passing = Math.max(100, Math.round(FULL_PASSING * ctx.scale));
    ctx.log(note('deadlines', `seeding ${open.toLocaleString()} open deadlines`));
    await withClient(url, async (client) => {
      await client.query('SELECT setseed(0.42)');
      // Transfers' sending, answer and result deadlines due over the next 90 days, towns and departments
      // as their units; those whose reminder time has come were reminded (a sweep running all along).
      await client.query(
        `INSERT INTO deadline (id, item_type, item_id, kind, clause, started_at, rule_working_days, due_at, remind_at, reminded_at,
                               owner_unit_code, unit_codes, category, created_at)
         SELECT gen_random_uuid(), 'transfer', gen_random_uuid(), k.kind, k.clause, now() - interval '2 days', 5, due,
                due - interval '1 day', CASE WHEN due - interval '1 day' <= now() THEN now() END,
                u.codes[1 + (i % array_length(u.codes, 1))], ARRAY[u.codes[1 + (i % array_length(u.codes, 1))], u.codes[1 + ((i * 7) % array_length(u.codes, 1))]], 'OTHER', now()
           FROM generate_series(1, $1::int) i
           CROSS JOIN (SELECT array_agg(code ORDER BY code) AS codes FROM unit WHERE kind IN ('TOWN', 'SUBDISTRICT', 'DEPARTMENT')) u
           CROSS JOIN LATERAL (SELECT now() + interval '10 minutes' + random() * interval '90 days' AS due) d
           CROSS JOIN LATERAL (SELECT (ARRAY['SEND', 'ANSWER', 'RESULT'])[1 + i % 3] AS kind,
                                      (ARRAY['§4(3)3①', '§4(3)3④', '§2(1)'])[1 + i % 3] AS clause) k`,
        [open],
      );
      await client.query('ANALYZE deadline');
    });
    const hub = await startBenchHub(url);
    let running = true;
    const stopHub = async () => {
      if (running) await hub.stop();
      running = false;
    };
    try {
      // The passing ones: due all at the same instant a few seconds from now, as a holiday's end brings them.
      const dueAt = await withClient(url, async (client) => {
        const [{ at }] = (await client.query<{ at: Date }>(`SELECT now() + $1 * interval '1 second' AS at`, [DUE_AFTER_S])).rows;
        await client.query(
          `UPDATE deadline SET due_at = $1, remind_at = NULL, reminded_at = NULL
            WHERE id IN (SELECT id FROM deadline ORDER BY id LIMIT $2)`,
          [at, passing],
        );
        return at;
      });
      // Polled cheaply (the log is small here); the whole check follows once the hub is stopped.
      const published = () =>
        withClient(url, async (client) => {
          const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM change_event WHERE type = 'transfer.overdue'`);
          return rows[0].n;
        });
      await eventually(published, (n) => n >= passing, (DUE_AFTER_S + 3 * WITHIN_S) * 1000);
      const hubSeconds = (Date.now() - dueAt.getTime()) / 1000;
      await stopHub();
      const checked = await withClient(url, async (client) => {
        const { rows } = await client.query<{ marked: number; events: number; subjects: number }>(
          `SELECT (SELECT count(*)::int FROM deadline WHERE overdue_at IS NOT NULL) AS marked,
                  (SELECT count(*)::int FROM change_event WHERE type = 'transfer.overdue') AS events,
                  (SELECT count(DISTINCT subject)::int FROM change_event WHERE type = 'transfer.overdue') AS subjects`,
        );
        return rows[0];
      });
      // The bare transaction on the same rows, rolled back: the ceiling.
      const ceilingSeconds = await withClient(url, async (client) => {
        await client.query('BEGIN');
        await client.query(`UPDATE deadline SET overdue_at = NULL WHERE overdue_at IS NOT NULL`);
        const began = performance.now();
        const result = await client.query(RAW, [new Date(dueAt.getTime() + 1000)]);
        const seconds = (performance.now() - began) / 1000;
        await client.query('ROLLBACK');
        if (result.rowCount !== passing) throw new Error(`the bare statement marked ${result.rowCount}, not ${passing}`);
        return seconds;
      });
      const correct = checked.marked === passing && checked.events === passing && checked.subjects === passing;
      ctx.log(
        note(
          'deadlines',
          `${checked.marked.toLocaleString()} marked, ${checked.events.toLocaleString()} events for ${checked.subjects.toLocaleString()} items ` +
            `(${correct ? 'each once' : 'NOT each once'}), no other deadline marked`,
        ),
      );
      if (!correct) throw new Error('the sweep did not mark and publish each passing deadline exactly once');
      return [
        {
          scenario: 'deadlines',
          metric: `${passing.toLocaleString()} passing among ${open.toLocaleString()}, due→published`,
          hub: hubSeconds,
          ceiling: ceilingSeconds,
          unit: 's',
          higherIsBetter: false,
          notes: `within ${WITHIN_S} s: ${hubSeconds <= WITHIN_S ? 'met' : 'MISSED'}; sweep interval 10 s (default)`,
        },
      ];
    } finally {
      await stopHub();
      await dropDatabase(name);
    }
  },
};
