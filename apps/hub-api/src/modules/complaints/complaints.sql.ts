/**
 * The complaints' part of the unified inbox (modules/inbox): what the owning unit $1 must act on, at most
 * $2, most urgent first — a complaint received, being checked, or filed and to be closed (§4(2)). One
 * transferred waits for the transfer's result, which is the receiver's to act on. The title is the party
 * complained about, never the reporter (§5(1)). Plain strings, no imports.
 */
const OPEN_DEADLINES = `FROM deadline d WHERE d.item_type = 'complaint' AND d.item_id = c.id AND d.closed_at IS NULL`;

export const INBOX_ITEMS = `SELECT 'COMPLAINT' AS "itemType", c.id, c.status AS state,
    coalesce(c.subject_name, '投诉举报') AS title, false AS urgent,
    (SELECT min(d.due_at) ${OPEN_DEADLINES}) AS "nextDueAt",
    EXISTS (SELECT 1 ${OPEN_DEADLINES} AND d.overdue_at IS NOT NULL) AS overdue, c.received_at AS since
  FROM complaint_record c
  WHERE c.publisher_code = $1 AND c.status IN ('RECEIVED','VERIFYING','FILED') AND c.revoked_at IS NULL
  ORDER BY "nextDueAt" NULLS LAST, since, c.id
  LIMIT $2`;
