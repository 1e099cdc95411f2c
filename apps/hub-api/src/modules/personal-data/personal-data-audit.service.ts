import { Injectable } from '@nestjs/common';
import { AuditActor, AuditService } from '../audit/audit.service';

/** The audit target's width (audit_entry.target). */
const TARGET_LENGTH = 300;

/**
 * The records an audit row names, by id: every one when they fit the target column, else as many as
 * fit and how many there were in all (共 N 条); `details.recordIds` always lists them all.
 */
export function namedRecords(recordIds: string[]): string {
  const all = recordIds.join(',');
  if (all.length <= TARGET_LENGTH) return all;
  const suffix = ` … 共${recordIds.length}条`;
  let shown = '';
  for (const id of recordIds) {
    const next = shown ? `${shown},${id}` : id;
    if (next.length + suffix.length > TARGET_LENGTH) break;
    shown = next;
  }
  return `${shown}${suffix}`;
}

/** Every answer that showed personal data in full leaves one audit row naming the records shown. */
@Injectable()
export class PersonalDataAudit {
  constructor(private readonly audit: AuditService) {}

  async recordFullView(actor: AuditActor, operation: string, recordIds: string[], requestId: string | null): Promise<void> {
    if (!recordIds.length) return;
    await this.audit.record({
      actor,
      operation,
      target: namedRecords(recordIds),
      outcome: 'OK',
      requestId,
      details: { personalData: 'unmasked', recordIds },
    });
  }
}
