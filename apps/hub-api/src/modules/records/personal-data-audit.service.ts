import { Injectable } from '@nestjs/common';
import { AuditActor, AuditService } from '../audit/audit.service';

/** Every answer that showed personal data in full leaves one audit row naming the records shown. */
@Injectable()
export class PersonalDataAudit {
  constructor(private readonly audit: AuditService) {}

  async recordFullView(actor: AuditActor, operation: string, recordIds: string[], requestId: string | null): Promise<void> {
    if (!recordIds.length) return;
    await this.audit.record({
      actor,
      operation,
      target: recordIds.length === 1 ? recordIds[0] : `${recordIds.length} records`,
      outcome: 'OK',
      requestId,
      details: { personalData: 'unmasked', recordIds },
    });
  }
}
