/**
 * The SQL text of the assistance queries that more than one caller runs: the repository, and the lead's
 * unified inbox (which unions INBOX with the transfers' and the complaints'). Plain strings, no imports.
 */

/** The request's open deadlines (modules/deadlines keeps them, one row per item and kind). */
export const OPEN_DEADLINES = `FROM deadline d WHERE d.item_type = 'assistance' AND d.item_id = a.id AND d.closed_at IS NULL`;

export const COLUMNS = `a.id, a.kind, a.state, a.requesting_unit_code AS "requestingUnitCode", a.requested_unit_code AS "requestedUnitCode",
  a.subject, a.details, a.urgent, a.evidence_at_risk AS "evidenceAtRisk", a.on_site_person AS "onSitePerson", a.on_site_at AS "onSiteAt",
  a.ledger_kind AS "ledgerKind", a.period, a.action_at AS "actionAt", a.place, a.dispatched_officers AS "dispatchedOfficers",
  a.dispatched_at AS "dispatchedAt", a.penalty_id AS "penaltyId", a.prior_execution_status AS "priorExecutionStatus", a.court_ruling AS "courtRuling", to_char(a.expected_on, 'YYYY-MM-DD') AS "expectedOn", a.opinion, a.refusal_ground_code AS "refusalGroundCode",
  a.refusal_explanation AS "refusalExplanation", a.created_by AS "createdBy", a.created_at AS "createdAt", a.updated_at AS "updatedAt",
  (SELECT min(d.due_at) ${OPEN_DEADLINES}) AS "nextDueAt",
  EXISTS (SELECT 1 ${OPEN_DEADLINES} AND d.overdue_at IS NOT NULL) AS overdue`;

/**
 * What needs unit $1's action now, most urgent first ($2 rows): as the requested unit a request to
 * answer or, once accepted, to act on; as the requesting unit an answer or a refusal to close. Each branch has its partial index
 * (migrations AssistanceRequests and, for ACCEPTED, AssistancePoliceSupport).
 */
const NEEDS_ACTION = `(a.requested_unit_code = $1 AND a.state = 'SENT')
     OR (a.requested_unit_code = $1 AND a.state = 'ACCEPTED')
     OR (a.requesting_unit_code = $1 AND a.state IN ('ANSWERED','REFUSED'))`;

export const INBOX = `SELECT ${COLUMNS} FROM assistance_request a WHERE ${NEEDS_ACTION}
  ORDER BY "nextDueAt" NULLS LAST, a.urgent DESC, a.created_at, a.id
  LIMIT $2`;

/** The requests' part of the unified inbox (modules/inbox), in its columns and order. */
export const INBOX_ITEMS = `SELECT 'ASSISTANCE' AS "itemType", a.id, a.state, a.subject AS title, a.urgent,
    (SELECT min(d.due_at) ${OPEN_DEADLINES}) AS "nextDueAt",
    EXISTS (SELECT 1 ${OPEN_DEADLINES} AND d.overdue_at IS NOT NULL) AS overdue, a.created_at AS since
  FROM assistance_request a WHERE ${NEEDS_ACTION}
  ORDER BY "nextDueAt" NULLS LAST, a.urgent DESC, since, a.id
  LIMIT $2`;
