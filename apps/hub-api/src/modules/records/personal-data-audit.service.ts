import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Actor } from '../../common/auth/actor';
import { AuditActor, AuditService } from '../audit/audit.service';

/** Every answer that showed personal data in full leaves one audit row naming the records shown. */
@Injectable()
export class PersonalDataAudit {
  constructor(private readonly audit: AuditService) {}

  /**
   * A search by resident ID number is itself a use of personal data (masked answers still confirm a
   * guessed number), so each one is audited, the number kept only as a hash prefix.
   */
  async recordIdNumberSearch(actor: Actor, operation: string, idNumber: string, requestId: string | null): Promise<void> {
    const digest = createHash('sha256').update(idNumber).digest('hex').slice(0, 16);
    await this.audit.record({ actor, operation, target: `sha256:${digest}`, outcome: 'OK', requestId, details: { search: 'idNumber' } });
  }

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
