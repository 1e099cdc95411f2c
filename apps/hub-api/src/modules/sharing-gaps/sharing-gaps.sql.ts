/**
 * The sharing gaps (共享缺失, §6(3)) in one statement, computed when read over the current data.
 *
 * Why on read and not a detector writing rows: every gap is a fact of data the hub already holds (push
 * history, penalties and licences, deadlines, subscription positions), so a query answers it exactly as
 * of the hub's clock, with nothing to keep in step: a gap that mends itself (the licence published at
 * last, the result reported, the town's system catching up) is gone at once, and a moved clock is
 * followed without a sweep. Only what a person adds is stored: the explanation, in its own table,
 * keyed by the gap's stable id (kind and subject key), so it sticks to the gap.
 *
 * Parameters: $1 now (timestamptz), $2 today on the Shanghai calendar (date), $3…$7 SILENCE_RULE
 * (sharing-gap-rules.ts), $8 NORMATIVE_ACKNOWLEDGE_WORKING_DAYS, filters $9 kind, $10 unit, $11 explained,
 * $12 gap id, keyset $13 date and $14 id of the last row shown, $15 the row limit, $16 the record categories.
 */

import { workingDaysCte } from '../calendar/working-days.sql';

/** The held calendar's working days as ordinals up to today ($2), modules/calendar/working-days.sql.ts. */
const WORKING_DAYS = workingDaysCte('$2');

/** A Shanghai calendar date of a timestamp. */
const shanghai = (column: string) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date`;

/** The columns every branch answers, each with its type, so a branch names only those it has. */
const GAP_COLUMNS = {
  kind: 'text',
  id: 'text',
  unit_code: 'text',
  date: 'text',
  category: 'text',
  last_push_date: 'text',
  push_days: 'int',
  usual_interval: 'int',
  threshold: 'int',
  silence: 'int',
  penalty_id: 'text',
  decision_number: 'text',
  licence_number: 'text',
  transfer_id: 'text',
  complaint_id: 'text',
  deadline_id: 'text',
  due_at: 'timestamptz',
  state: 'text',
  document_id: 'text',
  event_id: 'text',
  event_position: 'text',
  subscriptions: 'text[]',
} as const;
type GapColumn = keyof typeof GAP_COLUMNS;

function branch(kind: string, columns: Partial<Record<GapColumn, string>>, rest: string): string {
  const select = (Object.keys(GAP_COLUMNS) as GapColumn[])
    .map((c) => (c === 'kind' ? `'${kind}'::text AS kind` : `(${columns[c] ?? 'NULL'})::${GAP_COLUMNS[c]} AS ${c}`))
    .join(', ');
  // The kind filter in each branch: a list of one kind computes only that kind.
  return `SELECT ${select} ${rest} AND ($9::text IS NULL OR $9::text = '${kind}')`;
}

/**
 * PUBLISHER_SILENT (SILENCE_RULE): per active unit and category ($16, the hub's categories), its last $3
 * push days (a Shanghai calendar day with a record published or revised, record_version), found by
 * walking back through the index record_version_unit_push_idx one day at a time — a few index probes per
 * unit and category, however long the history — then as working-day ordinals, the gaps between them,
 * their $5 percentile (percentile_disc: nearest rank) once there are at least $4 gaps; silent when the
 * working days ended since the last push day exceed max($7, ceil($6 × usual)). The gap's date is the
 * working day whose end crossed the threshold; its id names the last push day, so a new silence after
 * the publisher resumes is a new gap.
 */
const PUBLISHER_SILENT_CTES = `
  push_walk AS (
    SELECT p.unit_code, p.category, 1 AS n, l.at
      FROM (SELECT u.code AS unit_code, c.category FROM unit u CROSS JOIN unnest($16::text[]) c (category) WHERE u.active) p
     CROSS JOIN LATERAL (
       SELECT max(v.occurred_at) AS at FROM record_version v
        WHERE v.actor_unit_code = p.unit_code AND v.category = p.category AND v.change IN ('PUBLISHED', 'REVISED')) l
     WHERE l.at IS NOT NULL AND ($9::text IS NULL OR $9::text = 'PUBLISHER_SILENT')
    UNION ALL
    SELECT w.unit_code, w.category, w.n + 1, l.at
      FROM push_walk w
     CROSS JOIN LATERAL (
       SELECT max(v.occurred_at) AS at FROM record_version v
        WHERE v.actor_unit_code = w.unit_code AND v.category = w.category AND v.change IN ('PUBLISHED', 'REVISED')
          AND v.occurred_at < (${shanghai('w.at')})::timestamp AT TIME ZONE 'Asia/Shanghai') l
     WHERE w.n < $3::int AND l.at IS NOT NULL
  ),
  push_day AS (
    SELECT p.unit_code, p.category, w.ord, max(p.date) AS date
      FROM (SELECT unit_code, category, ${shanghai('at')} AS date FROM push_walk) p JOIN wd w ON w.date = p.date
     GROUP BY 1, 2, 3
  ),
  spaced AS (
    SELECT *, ord - lead(ord) OVER (PARTITION BY unit_code, category ORDER BY ord DESC) AS gap FROM push_day
  ),
  rhythm AS (
    SELECT unit_code, category, max(ord) AS last_ord, max(date) AS last_date, count(*)::int AS push_days,
           percentile_disc($5::float8) WITHIN GROUP (ORDER BY gap) FILTER (WHERE gap IS NOT NULL) AS usual
      FROM spaced GROUP BY 1, 2 HAVING count(gap) >= $4::int
  ),
  silence AS (
    SELECT r.*, greatest($7::int, ceil($6::float8 * r.usual))::int AS threshold, (SELECT ended FROM today) - r.last_ord AS silence
      FROM rhythm r
  )`;

const PUBLISHER_SILENT = branch(
  'PUBLISHER_SILENT',
  {
    id: `'PUBLISHER_SILENT:' || s.unit_code || ':' || s.category || ':' || to_char(s.last_date, 'YYYY-MM-DD')`,
    unit_code: 's.unit_code',
    date: `to_char(crossed.date, 'YYYY-MM-DD')`,
    category: 's.category',
    last_push_date: `to_char(s.last_date, 'YYYY-MM-DD')`,
    push_days: 's.push_days',
    usual_interval: 's.usual',
    threshold: 's.threshold',
    silence: 's.silence',
  },
  // Joined, not a subquery per row: the planner would run it on every calendar day the filters meet.
  // A deactivated unit has stopped pushing by decision, not by failure: it is left out (push_walk).
  `FROM silence s JOIN wd crossed ON crossed.ord = s.last_ord + s.threshold + 1 AND crossed.working = 1
    WHERE s.silence > s.threshold`,
);

/**
 * UNPUBLISHED_LICENCE (§4(1)2): a penalty in force naming a licence number (涉及的许可证号) that no
 * licensing decision in force carries. The unit is the matter's source department (赋权事项清单): the
 * department that licenses it and should have shared the licence.
 */
const UNPUBLISHED_LICENCE = branch(
  'UNPUBLISHED_LICENCE',
  {
    id: `'UNPUBLISHED_LICENCE:' || p.id || ':' || p.licence_number`,
    unit_code: 'm.source_department_code',
    date: `to_char(p.decision_date, 'YYYY-MM-DD')`,
    penalty_id: 'p.id',
    decision_number: 'p.decision_number',
    licence_number: 'p.licence_number',
  },
  `FROM penalty_decision p JOIN devolved_matter m ON m.code = p.matter_code
    WHERE p.licence_number IS NOT NULL AND p.revoked_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM licensing_decision l WHERE l.licence_number = p.licence_number AND l.revoked_at IS NULL)`,
);

/**
 * RESULT_NOT_REPORTED for a transfer (§2(1), §2(2)): its RESULT deadline (started on acceptance,
 * transfer.lifecycle.ts) still open after it fell due; the unit is the receiver, who owes the result.
 */
const TRANSFER_RESULT = branch(
  'RESULT_NOT_REPORTED',
  {
    id: `'RESULT_NOT_REPORTED:transfer:' || t.id`,
    unit_code: 't.receiver_unit_code',
    date: `to_char(${shanghai('d.due_at')}, 'YYYY-MM-DD')`,
    transfer_id: 't.id',
    deadline_id: 'd.id',
    due_at: 'd.due_at',
    state: 't.state',
  },
  `FROM deadline d JOIN case_transfer t ON t.id = d.item_id
    WHERE d.item_type = 'transfer' AND d.kind = 'RESULT' AND d.closed_at IS NULL AND d.due_at < $1::timestamptz`,
);

/**
 * RESULT_NOT_REPORTED for a complaint (§4(2), §2(1)): its ANSWER deadline (from receipt, complaint.lifecycle.ts)
 * still open after it fell due: the person never got the result — neither an answer, nor a redirection,
 * nor a closing of the filed case, nor the result of its transfer. The unit is its handling unit: the
 * first receiver, or while it is TRANSFERRED the unit it was transferred to, who owes the result back
 * (transferResult); a withdrawn transfer gives it back to the first receiver.
 */
const COMPLAINT_RESULT = branch(
  'RESULT_NOT_REPORTED',
  {
    id: `'RESULT_NOT_REPORTED:complaint:' || c.id`,
    unit_code: 'c.handling_unit_code',
    date: `to_char(${shanghai('d.due_at')}, 'YYYY-MM-DD')`,
    complaint_id: 'c.id',
    transfer_id: 'c.transfer_id',
    deadline_id: 'd.id',
    due_at: 'd.due_at',
    state: 'c.status',
  },
  `FROM deadline d JOIN complaint_record c ON c.id = d.item_id
    WHERE d.item_type = 'complaint' AND d.kind = 'ANSWER' AND d.closed_at IS NULL AND d.due_at < $1::timestamptz`,
);

/**
 * NORMATIVE_UNACKNOWLEDGED (§4(1)1): a normative-document event addressed to a town (change_event.recipients)
 * that none of the town's active subscriptions has consumed $8 working days after the day of the event.
 * Consumed: the subscription's filter matches the event (the rule of events/event-filter.ts) and its
 * position (acknowledged by a pull consumer, delivered by the webhook worker) has reached the event,
 * which was not dead-lettered for it. A town with no subscription never knows: that is the gap too.
 */
const NORMATIVE_CTES = `
  addressed AS (
    SELECT e.position, e.id, e.subject, e.type, e.category, e.township_code, e.matter_code, e.source_unit_code, e.party_key,
           e.recipients, r.town, w.ord
      FROM change_event e
     CROSS JOIN unnest(e.recipients) r (town)
      JOIN wd w ON w.date = ${shanghai('e.occurred_at')}
     WHERE e.category = 'NORMATIVE' AND e.recipients IS NOT NULL AND (e.audience IS NULL OR r.town = ANY (e.audience))
       AND (SELECT ended FROM today) - w.ord >= $8::int AND ($9::text IS NULL OR $9::text = 'NORMATIVE_UNACKNOWLEDGED')
  )`;

const NORMATIVE_UNACKNOWLEDGED = branch(
  'NORMATIVE_UNACKNOWLEDGED',
  {
    id: `'NORMATIVE_UNACKNOWLEDGED:' || a.id || ':' || a.town`,
    unit_code: 'a.town',
    date: `to_char(due.date, 'YYYY-MM-DD')`,
    category: 'a.category',
    silence: '(SELECT ended FROM today) - a.ord',
    due_at: `(due.date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' - interval '1 millisecond'`,
    document_id: 'a.subject',
    event_id: 'a.id',
    event_position: 'a.position',
    subscriptions: `ARRAY(SELECT s.id || '@' || s.position FROM subscription s WHERE s.unit_code = a.town AND s.active ORDER BY s.created_at, s.id)`,
  },
  `FROM addressed a JOIN wd due ON due.ord = a.ord + $8::int AND due.working = 1
    WHERE NOT EXISTS (
      SELECT 1 FROM subscription s
       WHERE s.unit_code = a.town AND s.active AND s.position >= a.position
         AND (cardinality(s.categories) = 0 OR a.category = ANY (s.categories))
         AND (cardinality(s.event_types) = 0 OR a.type = ANY (s.event_types))
         AND (cardinality(s.township_codes) = 0 OR a.township_code = ANY (s.township_codes) OR a.recipients && s.township_codes)
         AND (cardinality(s.matter_codes) = 0 OR a.matter_code = ANY (s.matter_codes))
         AND (cardinality(s.publisher_codes) = 0 OR a.source_unit_code = ANY (s.publisher_codes))
         AND (cardinality(s.party_keys) = 0 OR a.party_key = ANY (s.party_keys))
         AND NOT EXISTS (SELECT 1 FROM dead_letter dl WHERE dl.subscription_id = s.id AND dl.event_position = a.position))`,
);

/** sharingGaps: the gaps with their explanation, newest first, filtered, after the keyset ($13, $14), $15 rows. */
export const SHARING_GAPS = `
  WITH RECURSIVE ${WORKING_DAYS}, ${PUBLISHER_SILENT_CTES}, ${NORMATIVE_CTES},
  gap AS (
    ${PUBLISHER_SILENT}
    UNION ALL ${UNPUBLISHED_LICENCE}
    UNION ALL ${TRANSFER_RESULT}
    UNION ALL ${COMPLAINT_RESULT}
    UNION ALL ${NORMATIVE_UNACKNOWLEDGED}
  )
  SELECT g.*, u.name AS unit_name, x.note, x.explained_by, x.explained_at
    FROM gap g
    LEFT JOIN sharing_gap_explanation x ON x.gap_id = g.id
    LEFT JOIN unit u ON u.code = g.unit_code
   WHERE ($10::text IS NULL OR g.unit_code = $10::text)
     AND ($11::boolean IS NULL OR (x.gap_id IS NOT NULL) = $11::boolean)
     AND ($12::text IS NULL OR g.id = $12::text)
     AND ($13::text IS NULL OR g.date < $13::text OR (g.date = $13::text AND g.id > $14::text))
   ORDER BY g.date DESC, g.id
   LIMIT $15::int`;
