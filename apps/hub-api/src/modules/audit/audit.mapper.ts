import { AuditEntry } from '@hub/shared-schema';
import { AuditEntryEntity } from './audit-entry.entity';

export function toAuditEntry(row: AuditEntryEntity): AuditEntry {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    actorKind: row.actorKind,
    actorName: row.actorName,
    unitCode: row.unitCode,
    roles: row.roles,
    operation: row.operation,
    target: row.target,
    outcome: row.outcome,
    requestId: row.requestId,
    hash: row.hash,
  };
}
