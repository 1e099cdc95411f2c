/**
 * The SQL text of the transfer queries that more than one caller runs: the repository, and the
 * benchmark's bare ceiling (bench/ceilings/bare-lookup.ts), which must run exactly what the hub runs.
 * Plain strings, no imports, so the ceiling loads nothing of the hub.
 */

/** The transfer's open deadlines (modules/deadlines keeps them, one row per item and kind). */
export const OPEN_DEADLINES = `FROM deadline d WHERE d.item_type = 'transfer' AND d.item_id = t.id AND d.closed_at IS NULL`;

export const COLUMNS = `t.id, t.state, t.sender_unit_code AS "senderUnitCode", t.sender_division AS "senderDivision",
  t.receiver_unit_code AS "receiverUnitCode", t.original_receiver_unit_code AS "originalReceiverUnitCode",
  t.city_government_unit_code AS "cityGovernmentUnitCode", t.criminal_referral AS "criminalReferral", t.party_name AS "partyName",
  t.party_uscc AS "partyUscc", t.party_id_number AS "partyIdNumber", t.matter_code AS "matterCode", t.township_code AS "townshipCode",
  t.situation, t.discovered_at AS "discoveredAt", t.urgent, t.facts, t.violation_stopped AS "violationStopped",
  t.evidence_secured AS "evidenceSecured", t.contact_name AS "contactName", t.contact_phone AS "contactPhone",
  to_char(t.case_closed_on, 'YYYY-MM-DD') AS "caseClosedOn", t.letter_no AS "letterNo", t.letter_evidence_id AS "letterEvidenceId",
  t.letter_sha256 AS "letterSha256", t.result_summary AS "resultSummary", t.result_penalty_id AS "resultPenaltyId", t.warnings,
  t.created_by AS "createdBy", t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.complaint_id AS "complaintId",
  (SELECT min(d.due_at) ${OPEN_DEADLINES}) AS "nextDueAt",
  EXISTS (SELECT 1 ${OPEN_DEADLINES} AND d.overdue_at IS NOT NULL) AS overdue`;

/**
 * The transfers that need unit $1's action now: as sender a draft to submit, one awaiting approval or
 * sending, a result to close; as receiver a case to answer or report on; as city government a dispute to
 * decide. Each branch has its partial index (migration CaseTransfers), so the open transfers of a unit
 * are found without reading its closed ones.
 */
const NEEDS_ACTION = `(t.sender_unit_code = $1 AND t.state IN ('DRAFT','SUBMITTED','APPROVED','RESULT_REPORTED'))
     OR (t.receiver_unit_code = $1 AND t.state IN ('SENT','ASSIGNED','DECLINED','ACCEPTED'))
     OR (t.city_government_unit_code = $1 AND t.state = 'ESCALATED')`;

/** transferInbox: those transfers, most urgent first ($2 rows). */
export const INBOX = `SELECT ${COLUMNS} FROM case_transfer t WHERE ${NEEDS_ACTION}
  ORDER BY "nextDueAt" NULLS LAST, t.urgent DESC, t.discovered_at, t.id
  LIMIT $2`;

/** The transfers' part of the unified inbox (modules/inbox), in its columns and order. */
export const INBOX_ITEMS = `SELECT 'TRANSFER' AS "itemType", t.id, t.state, t.party_name AS title, t.urgent,
    (SELECT min(d.due_at) ${OPEN_DEADLINES}) AS "nextDueAt",
    EXISTS (SELECT 1 ${OPEN_DEADLINES} AND d.overdue_at IS NOT NULL) AS overdue, t.discovered_at AS since
  FROM case_transfer t WHERE ${NEEDS_ACTION}
  ORDER BY "nextDueAt" NULLS LAST, t.urgent DESC, since, t.id
  LIMIT $2`;
