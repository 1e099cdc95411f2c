/*
 * The statements of supervision (督查), plain SQL importing nothing but the working-day calendar's SQL, so
 * that the benchmark's ceiling can import the on-time statement and compare it with a raw GROUP BY. The counting rule (which deadlines a
 * period counts, on time, late) is written here once, as SQL, and explained in supervision-rules.ts.
 */

import { workingDaysCte } from '../calendar/working-days.sql';

/**
 * §6(3) the counting rule, as SQL over `deadline d`:
 * - counted in the period [$1, $2): not CANCELLED and due in it;
 * - a complaint's INITIAL_CHECK is not counted (supervision-rules.ts says why);
 * - on time: closed MET by the due time; late: closed MET after it, or open and past it at $3 (the Clock's now).
 */
const COUNTED_IN_PERIOD = `d.due_at >= $1::timestamptz AND d.due_at < $2::timestamptz AND d.outcome IS DISTINCT FROM 'CANCELLED'
    AND NOT (d.item_type = 'complaint' AND d.kind = 'INITIAL_CHECK')`;
const ON_TIME = `d.outcome = 'MET' AND d.closed_at <= d.due_at`;
const LATE = `d.closed_at > d.due_at OR d.closed_at IS NULL AND d.due_at <= $3::timestamptz`;
const OPEN_OVERDUE = `d.closed_at IS NULL AND d.due_at <= $3::timestamptz`;

/**
 * Per 责任单位 and deadline kind, the counts behind the on-time rates of one period: one GROUP BY over
 * `deadline` filtered by its due-time range (index deadline_due_idx covers it), then the unit's name.
 * Parameters: $1 period start, $2 period end (exclusive), $3 now. Rows: unit_code, unit_name,
 * item_type, kind, due, on_time, late, open_overdue (integers).
 */
export const ON_TIME_RATES_SQL = `
  WITH counts AS (
    SELECT d.owner_unit_code AS unit_code, d.item_type, d.kind,
           count(*)::int AS due,
           count(*) FILTER (WHERE ${ON_TIME})::int AS on_time,
           count(*) FILTER (WHERE ${LATE})::int AS late,
           count(*) FILTER (WHERE ${OPEN_OVERDUE})::int AS open_overdue
      FROM deadline d
     WHERE ${COUNTED_IN_PERIOD}
     GROUP BY d.owner_unit_code, d.item_type, d.kind
  )
  SELECT c.unit_code, u.name AS unit_name, c.item_type, c.kind, c.due, c.on_time, c.late, c.open_overdue
    FROM counts c LEFT JOIN unit u ON u.code = c.unit_code
   ORDER BY c.unit_code, c.item_type, c.kind`;

/** The on-time statement and its parameters for a period [start, end) judged at `now`. */
export function onTimeRatesStatement(start: Date, end: Date, now: Date): { sql: string; params: unknown[] } {
  return { sql: ON_TIME_RATES_SQL, params: [start, end, now] };
}

/**
 * 通报: per unit, the overall counts of the period [$1, $2) and of the previous one [$3, $1), each ranked
 * (rate higher first, then more counted, then code: supervision-rules.ts LEAGUE_ORDER); units with nothing
 * counted in the period are left out. $4 now. Rows in rank order.
 */
export const LEAGUE_SQL = `
  WITH counts AS (
    SELECT d.owner_unit_code AS unit_code, (d.due_at >= $1::timestamptz) AS current,
           count(*) FILTER (WHERE ${ON_TIME})::int AS on_time,
           count(*) FILTER (WHERE ${LATE.replaceAll('$3', '$4')})::int AS late
      FROM deadline d
     WHERE d.due_at >= $3::timestamptz AND d.due_at < $2::timestamptz AND d.outcome IS DISTINCT FROM 'CANCELLED'
       AND NOT (d.item_type = 'complaint' AND d.kind = 'INITIAL_CHECK')
     GROUP BY 1, 2
  ), ranked AS (
    SELECT unit_code, current, on_time, late, on_time + late AS counted,
           on_time::float8 / (on_time + late) AS rate,
           row_number() OVER (PARTITION BY current ORDER BY on_time::float8 / (on_time + late) DESC, on_time + late DESC, unit_code) AS rank
      FROM counts WHERE on_time + late > 0
  )
  SELECT c.rank::int, c.unit_code, u.name AS unit_name, c.counted::int, c.on_time, c.late, c.rate,
         p.rank::int AS previous_rank, p.rate AS previous_rate,
         (p.rank - c.rank)::int AS rank_change, c.rate - p.rate AS rate_delta
    FROM ranked c
    LEFT JOIN ranked p ON p.unit_code = c.unit_code AND NOT p.current
    LEFT JOIN unit u ON u.code = c.unit_code
   WHERE c.current
   ORDER BY c.rank`;

export interface OpenDeadlineFilter {
  unitCodes: string[] | null;
  itemTypes: string[] | null;
  kinds: string[] | null;
  state: 'OVERDUE' | 'DUE_SOON' | null;
}

/**
 * Open deadlines overdue at `now` or due soon (due by `soonUntil`, or already reminded), with the filters;
 * the WHERE clause and its parameters ($1 now, then soonUntil where the state needs it, then the filters').
 */
function openDeadlines(filter: OpenDeadlineFilter, now: Date, soonUntil: Date): { where: string; params: unknown[] } {
  const params: unknown[] = [now];
  const where = [`d.closed_at IS NULL`];
  const soon = () => {
    params.push(soonUntil);
    return `(d.due_at <= $${params.length}::timestamptz OR d.reminded_at IS NOT NULL)`;
  };
  if (filter.state === 'OVERDUE') where.push(`d.due_at <= $1::timestamptz`);
  else if (filter.state === 'DUE_SOON') where.push(`d.due_at > $1::timestamptz AND ${soon()}`);
  else where.push(`(d.due_at <= $1::timestamptz OR ${soon()})`);
  const any = (column: string, values: string[] | null) => {
    if (!values?.length) return;
    params.push(values);
    where.push(`${column} = ANY($${params.length}::text[])`);
  };
  any('d.owner_unit_code', filter.unitCodes);
  any('d.item_type', filter.itemTypes);
  any('d.kind', filter.kinds);
  return { where: where.join(' AND '), params };
}

/** A page of open deadlines, longest overdue first (due time, then id: the keyset `after`). */
export function openDeadlinesPage(
  filter: OpenDeadlineFilter,
  now: Date,
  soonUntil: Date,
  after: { dueAt: string; id: string } | null,
  limit: number,
): { sql: string; params: unknown[] } {
  const { where, params } = openDeadlines(filter, now, soonUntil);
  let keyset = '';
  if (after) {
    params.push(after.dueAt, after.id);
    keyset = ` AND (d.due_at, d.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
  }
  params.push(limit);
  return {
    sql: `SELECT d.id, d.item_type, d.item_id, d.kind, d.clause, d.owner_unit_code, u.name AS owner_unit_name,
                 d.started_at, d.due_at, d.reminded_at, (d.due_at <= $1::timestamptz) AS overdue
            FROM deadline d LEFT JOIN unit u ON u.code = d.owner_unit_code
           WHERE ${where}${keyset}
           ORDER BY d.due_at, d.id
           LIMIT $${params.length}`,
    params,
  };
}

/**
 * 即将到期清单 as a file: the open deadlines due soon at `now` (supervisionItems' DUE_SOON rule, the same
 * WHERE clause), by 责任单位 then soonest due, with due and reminder times in Shanghai time.
 */
export function dueSoonStatement(now: Date, soonUntil: Date): { sql: string; params: unknown[] } {
  const { where, params } = openDeadlines({ unitCodes: null, itemTypes: null, kinds: null, state: 'DUE_SOON' }, now, soonUntil);
  return {
    sql: `SELECT d.owner_unit_code, u.name AS owner_unit_name, d.item_type, d.kind, d.clause, d.item_id,
                 to_char(d.due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS due_time,
                 to_char(d.reminded_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS reminded_time
            FROM deadline d LEFT JOIN unit u ON u.code = d.owner_unit_code
           WHERE ${where}
           ORDER BY d.owner_unit_code, d.due_at, d.id`,
    params,
  };
}

/** Per 责任单位: open deadlines overdue and due soon, and the due time of its longest-overdue one. */
export function openDeadlinesSummary(filter: OpenDeadlineFilter, now: Date, soonUntil: Date): { sql: string; params: unknown[] } {
  const { where, params } = openDeadlines(filter, now, soonUntil);
  return {
    sql: `WITH counts AS (
            SELECT d.owner_unit_code AS unit_code,
                   count(*) FILTER (WHERE d.due_at <= $1::timestamptz)::int AS overdue,
                   count(*) FILTER (WHERE d.due_at > $1::timestamptz)::int AS due_soon,
                   min(d.due_at) FILTER (WHERE d.due_at <= $1::timestamptz) AS oldest_due_at
              FROM deadline d
             WHERE ${where}
             GROUP BY d.owner_unit_code
          )
          SELECT c.*, u.name AS unit_name FROM counts c LEFT JOIN unit u ON u.code = c.unit_code
           ORDER BY c.overdue DESC, c.due_soon DESC, c.unit_code`,
    params,
  };
}

/** §4(3)3, §4(3)3④: per acting unit, the transfers it declined and escalated in [$1, $2) (lifecycle_step). */
export const DECLINES_SQL = `
  SELECT s.unit_code, count(*) FILTER (WHERE s.action = 'decline')::int AS declines,
         count(*) FILTER (WHERE s.action = 'escalate')::int AS escalations
    FROM lifecycle_step s
   WHERE s.item_type = 'transfer' AND s.action IN ('decline', 'escalate')
     AND s.occurred_at >= $1::timestamptz AND s.occurred_at < $2::timestamptz
   GROUP BY s.unit_code`;

/** §5(1): per refusing unit and ground, the assistance requests refused in [$1, $2). */
export const REFUSALS_SQL = `
  SELECT s.unit_code, coalesce(a.refusal_ground_code, '') AS ground_code, g.name AS ground_name, count(*)::int AS refusals
    FROM lifecycle_step s
    JOIN assistance_request a ON a.id = s.item_id
    LEFT JOIN refusal_ground g ON g.code = a.refusal_ground_code
   WHERE s.item_type = 'assistance' AND s.action = 'refuse'
     AND s.occurred_at >= $1::timestamptz AND s.occurred_at < $2::timestamptz
   GROUP BY s.unit_code, a.refusal_ground_code, g.name`;

/**
 * §4(5) 两法衔接: per sending unit, its criminal referrals made before the period end ($2) and open now
 * (sent and neither closed nor withdrawn); per publishing unit, its penalties flagged in [$1, $2) as
 * "fine instead of prosecution" (criminal_referral_flag).
 */
export const CRIMINAL_REFERRALS_SQL = `
  WITH open AS (
    SELECT t.sender_unit_code AS unit_code, count(*)::int AS open
      FROM case_transfer t
     WHERE t.criminal_referral AND t.created_at < $2::timestamptz
       AND t.state NOT IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'CLOSED', 'WITHDRAWN')
     GROUP BY t.sender_unit_code
  ), flagged AS (
    SELECT f.penalty_publisher_code AS unit_code, count(*)::int AS flagged
      FROM criminal_referral_flag f
     WHERE f.flagged_at >= $1::timestamptz AND f.flagged_at < $2::timestamptz
     GROUP BY f.penalty_publisher_code
  )
  SELECT coalesce(o.unit_code, f.unit_code) AS unit_code, coalesce(o.open, 0) AS open, coalesce(f.flagged, 0) AS flagged
    FROM open o FULL JOIN flagged f ON f.unit_code = o.unit_code`;

/**
 * The per-unit counts of a period [$1, $2) beside the rates, as one table for an export: declines and
 * escalations (DECLINES_SQL), refusals with their grounds written out (REFUSALS_SQL), criminal referrals
 * open and penalties flagged (CRIMINAL_REFERRALS_SQL) — the same statements as `supervisionReport`.
 * Rows: unit_code, unit_name, declines, escalations, refusals, refusal_grounds (e.g. 涉及商业秘密×2；…),
 * referrals_open, referrals_flagged; a unit with none of them is not listed.
 */
export const UNIT_COUNTS_SQL = `
  WITH declines AS (${DECLINES_SQL}),
  refusal_rows AS (${REFUSALS_SQL}),
  refusals AS (
    SELECT unit_code, sum(refusals)::int AS refusals,
           string_agg(coalesce(ground_name, '未注明理由') || '×' || refusals, '；' ORDER BY ground_code) AS grounds
      FROM refusal_rows GROUP BY unit_code
  ),
  referrals AS (${CRIMINAL_REFERRALS_SQL}),
  units AS (SELECT unit_code FROM declines UNION SELECT unit_code FROM refusals UNION SELECT unit_code FROM referrals)
  SELECT k.unit_code, u.name AS unit_name, coalesce(d.declines, 0) AS declines, coalesce(d.escalations, 0) AS escalations,
         coalesce(r.refusals, 0) AS refusals, r.grounds AS refusal_grounds,
         coalesce(c.open, 0) AS referrals_open, coalesce(c.flagged, 0) AS referrals_flagged
    FROM units k
    LEFT JOIN unit u ON u.code = k.unit_code
    LEFT JOIN declines d ON d.unit_code = k.unit_code
    LEFT JOIN refusals r ON r.unit_code = k.unit_code
    LEFT JOIN referrals c ON c.unit_code = k.unit_code
   ORDER BY k.unit_code`;

/**
 * 督办清单 as a file: the open deadlines past due at $1 (the Clock's now), by 责任单位 then longest overdue
 * first, with the working days overdue on the official calendar (the ordinal of today, $2 on the Shanghai
 * calendar, less that of the due date: what supervisionItems answers). `working_days_overdue` is null
 * where the calendar does not hold the due date's year or today's (`today_held` says which); the export refuses such a
 * row rather than guess.
 */
export const OVERDUE_SQL = `
  WITH ${workingDaysCte('$2')}
  SELECT d.owner_unit_code, u.name AS owner_unit_name, d.item_type, d.kind, d.clause, d.item_id, d.started_at, d.due_at,
         (d.due_at AT TIME ZONE 'Asia/Shanghai')::date::text AS due_date,
         (SELECT t.ord FROM wd t WHERE t.date = $2::date) - w.ord AS working_days_overdue,
         EXISTS (SELECT 1 FROM wd t WHERE t.date = $2::date) AS today_held
    FROM deadline d
    LEFT JOIN unit u ON u.code = d.owner_unit_code
    LEFT JOIN wd w ON w.date = (d.due_at AT TIME ZONE 'Asia/Shanghai')::date
   WHERE d.closed_at IS NULL AND d.due_at <= $1::timestamptz
   ORDER BY d.owner_unit_code, d.due_at, d.id`;
