/**
 * The SQL text of the action items' queries that more than one caller runs: the repository and the unified
 * inbox (modules/inbox). Plain strings, no imports.
 */

/** The action item's open deadlines (modules/deadlines keeps them). */
export const OPEN_DEADLINES = `FROM deadline d WHERE d.item_type = 'action_item' AND d.item_id = i.id AND d.closed_at IS NULL`;

export const ACTION_ITEM_COLUMNS = `i.id, i.meeting_id AS "meetingId", i.state, i.assigned_unit_code AS "assignedUnitCode",
  i.office_unit_code AS "officeUnitCode", i.title, i.details, to_char(i.due_on, 'YYYY-MM-DD') AS "dueOn", i.report,
  i.created_at AS "createdAt", i.updated_at AS "updatedAt",
  (SELECT min(d.due_at) ${OPEN_DEADLINES}) AS "nextDueAt",
  EXISTS (SELECT 1 ${OPEN_DEADLINES} AND d.overdue_at IS NOT NULL) AS overdue`;

/**
 * The action items' part of the unified inbox: unit $1's items to carry out (ASSIGNED) and, for the office,
 * the reported ones to confirm; most urgent first ($2 rows). Partial indexes in migration JointMeetings.
 */
export const INBOX_ITEMS = `SELECT 'ACTION_ITEM' AS "itemType", i.id, i.state, i.title, false AS urgent,
    (SELECT min(d.due_at) ${OPEN_DEADLINES}) AS "nextDueAt",
    EXISTS (SELECT 1 ${OPEN_DEADLINES} AND d.overdue_at IS NOT NULL) AS overdue, i.created_at AS since
  FROM action_item i
  WHERE (i.assigned_unit_code = $1 AND i.state = 'ASSIGNED') OR (i.office_unit_code = $1 AND i.state = 'REPORTED')
  ORDER BY "nextDueAt" NULLS LAST, since, i.id
  LIMIT $2`;
