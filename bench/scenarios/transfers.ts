import { INBOX_ITEMS as ASSISTANCE_ITEMS } from '../../apps/hub-api/src/modules/assistance/assistance.sql';
import { INBOX_ITEMS as COMPLAINT_ITEMS } from '../../apps/hub-api/src/modules/complaints/complaints.sql';
import { inboxUnion } from '../../apps/hub-api/src/modules/inbox/inbox.sql';
import { INBOX as INBOX_SQL, INBOX_ITEMS as TRANSFER_ITEMS } from '../../apps/hub-api/src/modules/transfers/transfers.sql';
import { startBare } from '../lib/bare';
import { dropDatabase, freshDatabase, withClient } from '../lib/bench-database';
import { gql, issueApiKey, startBenchHub } from '../lib/hub';
import { runLoad } from '../lib/load';
import { Figure, note } from '../lib/report';
import { Scenario, ScenarioContext } from '../lib/scenario';
import { partyUscc, seedRecords } from '../lib/seed';
import { deadlines } from './deadlines';

/** Jinjiang scale: three years of transfers between the 19 towns and the 15 departments, and beside them (#16) complaints and assistance requests. */
const FULL_TRANSFERS = 100_000;
const FULL_COMPLAINTS = 500_000;
const FULL_ASSISTANCE = 50_000;
const CONNECTIONS = 64;
const WARM_UP_SECONDS = 3;
const PAGE = 50;
/** The town whose officers open their inbox: 青阳街道. */
const TOWN = '350582001';
const INBOX = `query { transferInbox(first: ${PAGE}) { id state partyName matterCode urgent nextDueAt overdue allowedActions } }`;
const UNIFIED = `query { inbox(first: ${PAGE}) { itemType id state title urgent nextDueAt overdue since } }`;
/** The unified inbox's statement, as InboxService runs it (each module registers its part). */
const UNIFIED_SQL = inboxUnion([TRANSFER_ITEMS, COMPLAINT_ITEMS, ASSISTANCE_ITEMS]);
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
      `CREATE TABLE bench_units AS
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
                             overdue_at, closed_at, outcome, owner_unit_code, unit_codes, category, created_at)
       SELECT gen_random_uuid(), 'transfer', t.id, 'SEND', '§4(3)3①', t.discovered_at, 5, t.discovered_at + interval '7 days',
              t.discovered_at + interval '6 days', NULL, NULL,
              CASE WHEN t.state NOT IN ('DRAFT','SUBMITTED','APPROVED') THEN t.discovered_at + interval '3 days' END,
              CASE WHEN t.state NOT IN ('DRAFT','SUBMITTED','APPROVED') THEN 'MET' END,
              t.sender_unit_code, ARRAY[t.sender_unit_code, t.receiver_unit_code], 'OTHER', t.created_at
         FROM case_transfer t`,
    );
    // The running answer or result deadline of each open transfer the receiver holds; past ones marked overdue.
    await client.query(
      `INSERT INTO deadline (id, item_type, item_id, kind, clause, started_at, rule_working_days, due_at, remind_at,
                             overdue_at, owner_unit_code, unit_codes, category, created_at)
       SELECT gen_random_uuid(), 'transfer', t.id, k.kind, k.clause, t.discovered_at + interval '3 days', k.days, d.due, d.due - interval '1 day',
              CASE WHEN d.due < now() THEN d.due END, t.receiver_unit_code, ARRAY[t.sender_unit_code, t.receiver_unit_code], 'OTHER', t.created_at
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

/**
 * 500,000 complaints (at scale 1) received over three years by the 19 towns, each the owner of what it
 * received (§4(2)); the newest 2% still to check, answer or close, with their running initial-check and
 * answer deadlines (5 and 15 working days by default, the past ones marked overdue), the rest closed with
 * their deadlines met. And 50,000 assistance requests between towns and departments, the newest 8% open
 * with their answer deadline.
 */
async function seedComplaintsAndAssistance(url: string, complaints: number, assistance: number): Promise<void> {
  await withClient(url, async (client) => {
    await client.query(`SELECT setseed(0.43)`);
    await client.query(
      `INSERT INTO complaint_record (id, publisher_code, source_id, version, content_hash, channel, received_at, reporter_name,
         reporter_phone, subject_name, subject_uscc, matter_code, township_code, summary, handling_unit_code, status, closed_at, outcome)
       SELECT gen_random_uuid(), town, 'BC-' || n, 1, repeat('0', 64), (ARRAY['REPORT','COMPLAINT','APPEAL','PETITION'])[1 + n % 4],
              received, '举报人' || n, '13900000000', '企业' || (n % 2000), u.parties[1 + n % 2000], u.matters[1 + n % 300], town,
              '基准投诉内容' || n, town, s.status, CASE WHEN s.status = 'CLOSED' THEN received + interval '10 days' END,
              CASE WHEN s.status = 'CLOSED' THEN 'NO_VIOLATION' END
         FROM generate_series(1, $1::int) n
         CROSS JOIN bench_units u
         CROSS JOIN LATERAL (SELECT u.towns[1 + n % 19] AS town,
                                    now() - (($1 - n)::float / $1) * interval '3 years' - interval '1 hour' AS received) p
         CROSS JOIN LATERAL (SELECT CASE WHEN n > $1 * 0.98 THEN (ARRAY['RECEIVED','VERIFYING','VERIFYING','FILED'])[1 + n % 4]
                                         ELSE 'CLOSED' END AS status) s`,
      [complaints],
    );
    await client.query(
      `INSERT INTO deadline (id, item_type, item_id, kind, clause, started_at, rule_working_days, due_at, remind_at,
                             overdue_at, closed_at, outcome, owner_unit_code, unit_codes, category, created_at)
       SELECT gen_random_uuid(), 'complaint', c.id, k.kind, '§4(2)', c.received_at, k.days, d.due, d.due - interval '1 day',
              CASE WHEN c.status <> 'CLOSED' AND d.due < now() THEN d.due END,
              CASE WHEN c.status = 'CLOSED' THEN c.closed_at END, CASE WHEN c.status = 'CLOSED' THEN 'MET' END,
              c.publisher_code, ARRAY[c.publisher_code], 'COMPLAINT', c.received_at
         FROM complaint_record c
         CROSS JOIN (VALUES ('INITIAL_CHECK', 5), ('ANSWER', 15)) k(kind, days)
         CROSS JOIN LATERAL (SELECT c.received_at + k.days * interval '1.4 days' AS due) d`,
    );
    await client.query(
      `INSERT INTO assistance_request (id, kind, state, requesting_unit_code, requested_unit_code, subject, details, urgent,
         evidence_at_risk, ledger_kind, period, action_at, place, created_by, created_at, updated_at)
       SELECT gen_random_uuid(), k.kind, s.state, CASE WHEN n % 2 = 0 THEN town ELSE dept END, CASE WHEN n % 2 = 0 THEN dept ELSE town END,
              '基准协助请求' || n, '因查处需要请求协助', n % 10 = 0, false,
              CASE WHEN k.kind = 'DATA_REQUEST' THEN 'INDICATOR' END, CASE WHEN k.kind = 'DATA_REQUEST' THEN '2026-Q1' END,
              NULL, NULL, 'bench', made, made
         FROM generate_series(1, $1::int) n
         CROSS JOIN bench_units u
         CROSS JOIN LATERAL (SELECT u.towns[1 + (n / 2) % 19] AS town, u.departments[1 + (n / 38) % 15] AS dept,
                                    now() - (($1 - n)::float / $1) * interval '3 years' - interval '1 hour' AS made) p
         CROSS JOIN LATERAL (SELECT (ARRAY['TECHNICAL_OPINION','DOCUMENT_ACCESS','DATA_REQUEST'])[1 + n % 3] AS kind) k
         CROSS JOIN LATERAL (SELECT CASE WHEN n > $1 * 0.92 THEN (ARRAY['SENT','SENT','ANSWERED'])[1 + n % 3] ELSE 'CLOSED' END AS state) s
        WHERE k.kind <> 'DATA_REQUEST' OR n % 2 = 1`,
      [assistance],
    );
    await client.query(
      `INSERT INTO deadline (id, item_type, item_id, kind, clause, started_at, rule_working_days, due_at, remind_at,
                             overdue_at, closed_at, outcome, owner_unit_code, unit_codes, category, created_at)
       SELECT gen_random_uuid(), 'assistance', a.id, 'ANSWER', '§5(2)', a.created_at, 5, d.due, d.due - interval '1 day',
              CASE WHEN a.state = 'SENT' AND d.due < now() THEN d.due END,
              CASE WHEN a.state <> 'SENT' THEN a.created_at + interval '3 days' END, CASE WHEN a.state <> 'SENT' THEN 'MET' END,
              a.requested_unit_code, ARRAY[a.requesting_unit_code, a.requested_unit_code], 'OTHER', a.created_at
         FROM assistance_request a
         CROSS JOIN LATERAL (SELECT a.created_at + interval '7 days' AS due) d`,
    );
    await client.query('ANALYZE complaint_record, assistance_request, deadline');
  });
}

async function inbox(ctx: ScenarioContext): Promise<Figure[]> {
  const name = 'hub_bench_transfers';
  const url = await freshDatabase(name);
  const count = Math.max(2000, Math.round(FULL_TRANSFERS * ctx.scale));
  const complaints = Math.max(5000, Math.round(FULL_COMPLAINTS * ctx.scale));
  const assistance = Math.max(500, Math.round(FULL_ASSISTANCE * ctx.scale));
  ctx.log(
    note(
      'transfers',
      `seeding ${count.toLocaleString()} transfers, ${complaints.toLocaleString()} complaints, ${assistance.toLocaleString()} assistance requests over three years, their deadlines`,
    ),
  );
  await seedTransfers(url, count);
  await seedComplaintsAndAssistance(url, complaints, assistance);
  // A hub that has been sweeping all along: what is past is marked and reminded, so the sweep has nothing
  // to catch up while the inbox is measured (the catch-up is the deadline sweep's own figure below).
  await withClient(url, async (client) => {
    await client.query(`UPDATE deadline SET overdue_at = due_at WHERE closed_at IS NULL AND overdue_at IS NULL AND due_at <= now()`);
    await client.query(
      `UPDATE deadline SET reminded_at = remind_at WHERE closed_at IS NULL AND reminded_at IS NULL AND remind_at <= now()`,
    );
    await client.query('VACUUM ANALYZE deadline');
  });
  const key = await withClient(url, (client) => issueApiKey(client, TOWN, ['READ']));
  const sizes = await withClient(url, async (client) => {
    const { rows } = await client.query<{ open: number; complaints: number; requests: number; deadlines: number }>(
      `SELECT (SELECT count(*)::int FROM case_transfer WHERE state NOT IN ('CLOSED','WITHDRAWN')) AS open,
              (SELECT count(*)::int FROM complaint_record WHERE status <> 'CLOSED') AS complaints,
              (SELECT count(*)::int FROM assistance_request WHERE state <> 'CLOSED') AS requests,
              (SELECT count(*)::int FROM deadline) AS deadlines`,
    );
    return rows[0];
  });
  ctx.log(
    note(
      'transfers',
      `open: ${sizes.open.toLocaleString()} transfers, ${sizes.complaints.toLocaleString()} complaints, ${sizes.requests.toLocaleString()} requests; ${sizes.deadlines.toLocaleString()} deadlines`,
    ),
  );
  const hub = await startBenchHub(url);
  const bare = await startBare(url);
  try {
    // Every answer must be the real inbox: the hub's answer is the SQL's, row for row, before anything is measured.
    const answer = await gql<{ transferInbox: Array<{ id: string }> }>(hub.url, key, INBOX);
    const expected = await withClient(url, async (client) => (await client.query<{ id: string }>(INBOX_SQL, [TOWN, PAGE])).rows);
    if (expected.length < Math.min(PAGE, 10) || answer.transferInbox.map((t) => t.id).join() !== expected.map((t) => t.id).join())
      throw new Error(`the inbox answered ${answer.transferInbox.length} transfers, the SQL ${expected.length}, or in another order`);
    ctx.log(note('transfers', `the town's inbox holds ${expected.length} of its open transfers (a page of ${PAGE})`));
    const unified = await gql<{ inbox: Array<{ itemType: string; id: string }> }>(hub.url, key, UNIFIED);
    const unifiedExpected = await withClient(
      url,
      async (client) => (await client.query<{ itemType: string; id: string }>(UNIFIED_SQL, [TOWN, PAGE])).rows,
    );
    if (unified.inbox.length !== PAGE || unified.inbox.map((t) => t.id).join() !== unifiedExpected.map((t) => t.id).join())
      throw new Error(`the unified inbox answered ${unified.inbox.length} items, not the ${PAGE} its SQL answers in its order`);
    // The whole worklist spans the three workflows (a page holds the most urgent, whatever their kind).
    const spread = await withClient(url, async (client) => {
      const { rows } = await client.query<{ itemType: string }>(UNIFIED_SQL, [TOWN, 10_000]);
      const count = (type: string) => rows.filter((r) => r.itemType === type).length;
      return { TRANSFER: count('TRANSFER'), COMPLAINT: count('COMPLAINT'), ASSISTANCE: count('ASSISTANCE') };
    });
    if (Object.values(spread).some((n) => n === 0)) throw new Error(`the town's worklist misses a workflow: ${JSON.stringify(spread)}`);
    const page = (type: string) => unified.inbox.filter((item) => item.itemType === type).length;
    ctx.log(
      note(
        'transfers',
        `the town's worklist: ${spread.TRANSFER} transfers, ${spread.COMPLAINT} complaints, ${spread.ASSISTANCE} requests; ` +
          `its first page ${page('TRANSFER')} / ${page('COMPLAINT')} / ${page('ASSISTANCE')}`,
      ),
    );
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
    const hubUnified = await load(`${hub.url}/graphql`, { authorization: `Bearer ${key}` }, JSON.stringify({ query: UNIFIED }));
    const bareUnified = await load(`${bare.url}/unified-inbox`, {}, JSON.stringify({ unitCode: TOWN, first: PAGE }));
    return [
      {
        scenario: 'transfers',
        metric: `inbox (${PAGE}, 3 workflows) requests/s, ${CONNECTIONS} conns`,
        hub: hubUnified.requestsPerSecond,
        ceiling: bareUnified.requestsPerSecond,
        unit: 'req/s',
        higherIsBetter: true,
        target: 0.5,
      },
      {
        scenario: 'transfers',
        metric: 'inbox p99 latency',
        hub: hubUnified.p99Ms,
        ceiling: bareUnified.p99Ms,
        unit: 'ms',
        higherIsBetter: false,
      },
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
    'transferInbox and the unified inbox (transfers, complaints, assistance) for a town at 64 connections over 100,000 transfers, 500,000 complaints and 50,000 requests vs bare node:http + pg running the same SQL (target >= 0.5x); then the deadline sweep (10,000 passing among 1,000,000 open, target within 60 s)',
  async run(ctx) {
    return [...(await inbox(ctx)), ...(await deadlines.run(ctx))];
  },
};
