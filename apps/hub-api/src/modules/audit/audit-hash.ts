import { createHash } from 'node:crypto';

/** One audit row as read for verification: every hashed column, the time as epoch microseconds, details as jsonb text. */
export interface AuditRowContent {
  id: string;
  occurredAtMicros: string;
  actorKind: string;
  actorId: string | null;
  actorName: string;
  unitCode: string | null;
  roles: string[];
  operation: string;
  target: string | null;
  outcome: string;
  requestId: string | null;
  /** `details::text`: PostgreSQL's own rendering of the jsonb value (key order, number spelling), or null. */
  details: string | null;
  prevHash: string;
  hash: string;
}

/**
 * A JSON string as jsonb prints it: `"`, `\` and \b \f \n \r \t escaped by name, other characters
 * below U+0020 as \u00xx, everything else (Chinese text included) as it is — which is exactly what
 * JSON.stringify does for any text PostgreSQL can hold (no NUL, no lone surrogate).
 */
const text = (value: string | null) => (value === null ? 'null' : JSON.stringify(value));

/**
 * The canonical form of the Foundation migration's `audit_entry_hash`, reproduced outside the database:
 * `jsonb_build_array(id, epoch microseconds, actor_kind, actor_id, actor_name, unit_code, roles,
 * operation, target, outcome, request_id, details, prev_hash)::text` — jsonb's text output separates
 * array elements with ", ", prints SQL NULL as null and a text[] as an array of strings.
 */
export function auditCanonicalForm(row: AuditRowContent): string {
  const parts = [
    row.id,
    row.occurredAtMicros,
    text(row.actorKind),
    text(row.actorId),
    text(row.actorName),
    text(row.unitCode),
    `[${row.roles.map(text).join(', ')}]`,
    text(row.operation),
    text(row.target),
    text(row.outcome),
    text(row.requestId),
    row.details ?? 'null',
    text(row.prevHash),
  ];
  return `[${parts.join(', ')}]`;
}

/** SHA-256 (hex) of the canonical form: what the row's `hash` must be. Computed in Node, never by a database function. */
export function auditEntryHash(row: AuditRowContent): string {
  return createHash('sha256').update(auditCanonicalForm(row), 'utf8').digest('hex');
}
