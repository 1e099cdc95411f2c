import { INBOX as INBOX_SQL } from '../../apps/hub-api/src/modules/transfers/transfers.sql';
import { startBare } from '../lib/bare';
import { dropDatabase, freshDatabase, withClient } from '../lib/bench-database';
import { gql, issueApiKey, startBenchHub } from '../lib/hub';
import { runLoad } from '../lib/load';
import { Figure, note } from '../lib/report';
import { Scenario, ScenarioContext } from '../lib/scenario';
import { partyUscc, seedRecords } from '../lib/seed';
import { deadlines } from './deadlines';

/** Jinjiang scale: three years of transfers between the 19 towns and the 15 departments. */
const FULL_TRANSFERS = 100_000;
const CONNECTIONS = 64;
const WARM_UP_SECONDS = 3;
const PAGE = 50;
/** The town whose officers open their inbox: 青阳街道. */
const TOWN = '350582001';
const INBOX = `query { transferInbox(first: ${PAGE}) { id state partyName matterCode urgent nextDueAt overdue allowedActions } }`;
/** Open states, in the proportions a working hub holds them (a closed or withdrawn transfer is most of three years). */
const OPEN = [
  'DRAFT',
  'SUBMITTED',
  'APPROVED',
  'SENT',
  'SENT',
  'ACCEPTED',
  'ACCEPTED',
  'ACCEPTED',
  'DECLINED',
  'ESCALATED',
  'ASSIGNED',
  'RESULT_REPORTED',
];

/**
 * 100,000 transfers (at scale 1) discovered over three years, alternately town → department and
 * department → town; the newest 8% are open (in OPEN's proportions), the rest closed, 2% withdrawn.
 * Every transfer has its closed sending deadline; each open one its running deadline (sending,
 * answer or result, as its state has), some already overdue: what the inbox sorts by.
 */
async function seedTransfers(url: string, count: number): Promise<void> {
  await withClient(url, async (client) => {
    await seedRecords(client, { matters: 300, parties: 2000, licences: 1, penalties: 1 });
    await client.query(`SELECT setseed(0.42)`);
    await client.query(
      `CREATE TEMP TABLE bench_units AS
         SELECT (SELECT array_agg(code ORDER BY code) FROM unit WHERE kind IN ('TOWN','SUBDISTRICT')) AS towns,
                (SELECT array_agg(code ORDER BY code) FROM unit WHERE kind = 'DEPARTMENT') AS departments,
                (SELECT array_agg(code ORDER BY code) FROM devolved_matter) AS matters,
                $1::text[] AS parties`,
      [Array.from({ length: 2000 }, (_, i) => partyUscc(i))],
    );
    await client.query(
      `INSERT INTO case_transfer (id, state, sender_unit_code, receiver_unit_code, city_government_unit_code, criminal_referral, party_name,
         party_uscc, matter_code, township_code, situation, discovered_at, urgent, facts, violation_stopped, evidence_secured,
         contact_name, contact_phone, created_by, created_at, updated_at)
       SELECT gen_random_uuid(), s.state,
              CASE WHEN n % 2 = 0 THEN town ELSE dept END, CASE WHEN n % 2 = 0 THEN dept ELSE town END,
              CASE WHEN s.state IN ('ESCALATED','ASSIGNED') THEN 'city-government' END, n % 97 = 0,
              '企业' || (n % 2000), u.parties[1 + n % 2000], u.matters[1 + n % 300], town,
              (ARRAY['LICENSED_OUTSIDE_LICENCE','UNLICENSED','PROHIBITED','QUALIFICATIONS_OBLIGATIONS','TECHNICAL_TESTING'])[1 + n % 5],
              discovered, n % 10 = 0, '基准移送事实' || n, true, true, '联系人', '13800000000', 'bench', discovered, discovered
         FROM generate_series(1, $1::int) n
         CROSS JOIN bench_units u
         CROSS JOIN LATERAL (SELECT u.towns[1 + (n / 2) % 19] AS town, u.departments[1 + (n / 38) % 15] AS dept,
                                    now() - (($1 - n)::float / $1) * interval '3 years' - interval '1 hour' AS discovered) p
         CROSS JOIN LATERAL (SELECT CASE WHEN n > $1 * 0.92 THEN ($2::text[])[1 + n % cardinality($2::text[])]
                                         WHEN n % 50 = 0 THEN 'WITHDRAWN' ELSE 'CLOSED' END AS state) s`,
      [count, OPEN],
    );
    // The sending deadline of every transfer: met (closed) once it was sent, running while a draft.
    await client.query(
      `INSERT INTO deadline (id, item_type, item_id, kind, clause, started_at, rule_working_days, due_at, remind_at, reminded_at,
                             overdue_at, closed_at, outcome, unit_codes, category, created_at)
       SELECT gen_random_uuid(), 'transfer', t.id, 'SEND', '§4(3)3①', t.discovered_at, 5, t.discovered_at + interval '7 days',
              t.discovered_at + interval '6 days', NULL, NULL,
              CASE WHEN t.state NOT IN ('DRAFT','SUBMITTED','APPROVED') THEN t.discovered_at + interval '3 days' END,
              CASE WHEN t.state NOT IN ('DRAFT','SUBMITTED','APPROVED') THEN 'MET' END,
              ARRAY[t.sender_unit_code, t.receiver_unit_code], 'OTHER', t.created_at
         FROM case_transfer t`,
    );
    // The running answer or result deadline of each open transfer the receiver holds; past ones marked overdue.
    await client.query(
      `INSERT INTO deadline (id, item_type, item_id, kind, clause, started_at, rule_working_days, due_at, remind_at,
                             overdue_at, unit_codes, category, created_at)
       SELECT gen_random_uuid(), 'transfer', t.id, k.kind, k.clause, t.discovered_at + interval '3 days', k.days, d.due, d.due - interval '1 day',
              CASE WHEN d.due < now() THEN d.due END, ARRAY[t.sender_unit_code, t.receiver_unit_code], 'OTHER', t.created_at
         FROM case_transfer t
         CROSS JOIN LATERAL (SELECT CASE WHEN t.state = 'ACCEPTED' THEN 'RESULT' ELSE 'ANSWER' END AS kind,
                                    CASE WHEN t.state = 'ACCEPTED' THEN '§2(1)' ELSE '§4(3)3④' END AS clause,
                                    CASE WHEN t.state = 'ACCEPTED' THEN 60 ELSE 5 END AS days) k
         CROSS JOIN LATERAL (SELECT t.discovered_at + interval '3 days' + k.days * interval '1.4 days' AS due) d
        WHERE t.state IN ('SENT','ASSIGNED','DECLINED','ESCALATED','ACCEPTED')`,
    );
    await client.query('ANALYZE case_transfer, deadline');
  });
}

async function inbox(ctx: ScenarioContext): Promise<Figure[]> {
  const name = 'hub_bench_transfers';
  const url = await freshDatabase(name);
  const count = Math.max(2000, Math.round(FULL_TRANSFERS * ctx.scale));
  ctx.log(note('transfers', `seeding ${count.toLocaleString()} transfers over three years, their deadlines`));
  await seedTransfers(url, count);
  const key = await withClient(url, (client) => issueApiKey(client, TOWN, ['READ']));
  const sizes = await withClient(url, async (client) => {
    const { rows } = await client.query<{ open: number; deadlines: number }>(
      `SELECT (SELECT count(*)::int FROM case_transfer WHERE state NOT IN ('CLOSED','WITHDRAWN')) AS open,
              (SELECT count(*)::int FROM deadline) AS deadlines`,
    );
    return rows[0];
  });
  ctx.log(note('transfers', `${sizes.open.toLocaleString()} open transfers, ${sizes.deadlines.toLocaleString()} deadlines`));
  const hub = await startBenchHub(url);
  const bare = await startBare(url);
  try {
    // Every answer must be the real inbox: the hub's answer is the SQL's, row for row, before anything is measured.
    const answer = await gql<{ transferInbox: Array<{ id: string }> }>(hub.url, key, INBOX);
    const expected = await withClient(url, async (client) => (await client.query<{ id: string }>(INBOX_SQL, [TOWN, PAGE])).rows);
    if (expected.length < Math.min(PAGE, 10) || answer.transferInbox.map((t) => t.id).join() !== expected.map((t) => t.id).join())
      throw new Error(`the inbox answered ${answer.transferInbox.length} transfers, the SQL ${expected.length}, or in another order`);
    ctx.log(note('transfers', `the town's inbox holds ${expected.length} of its open transfers (a page of ${PAGE})`));
    // Each measurement follows a short warm-up of the same load: JIT, pools and caches settle first.
    const load = async (target: string, headers: Record<string, string>, body: string) => {
      const spec = { url: target, connections: CONNECTIONS, headers, bodies: [body] };
      await runLoad({ ...spec, durationSeconds: WARM_UP_SECONDS });
      const result = await runLoad({ ...spec, durationSeconds: ctx.durationSeconds });
      if (result.non2xx || result.errors)
        ctx.log(note('transfers', `WARNING ${target}: ${result.non2xx} non-2xx, ${result.errors} errors`));
      return result;
    };
    const hubInbox = await load(`${hub.url}/graphql`, { authorization: `Bearer ${key}` }, JSON.stringify({ query: INBOX }));
    const bareInbox = await load(`${bare.url}/inbox`, {}, JSON.stringify({ unitCode: TOWN, first: PAGE }));
    return [
      {
        scenario: 'transfers',
        metric: `transferInbox (${PAGE}) requests/s, ${CONNECTIONS} conns`,
        hub: hubInbox.requestsPerSecond,
        ceiling: bareInbox.requestsPerSecond,
        unit: 'req/s',
        higherIsBetter: true,
        target: 0.5,
      },
      {
        scenario: 'transfers',
        metric: 'transferInbox p99 latency',
        hub: hubInbox.p99Ms,
        ceiling: bareInbox.p99Ms,
        unit: 'ms',
        higherIsBetter: false,
      },
    ];
  } finally {
    bare.stop();
    await hub.stop();
    await dropDatabase(name);
  }
}

export const transfers: Scenario = {
  name: 'transfers',
  describe:
    'transferInbox for a town at 64 connections over 100,000 transfers vs bare node:http + pg running the same SQL (target >= 0.5x); then the deadline sweep (10,000 passing among 1,000,000 open, target within 60 s)',
  async run(ctx) {
    return [...(await inbox(ctx)), ...(await deadlines.run(ctx))];
  },
};
