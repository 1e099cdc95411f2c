import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PersonalDataAudit } from './personal-data-audit.service';

/**
 * The personal-data policy: who sees names, phone numbers and ID numbers in full (personal-data.ts,
 * pure functions any module may import) and the audit row every full view leaves (PersonalDataAudit,
 * this module's one provider). Records, events, subscriptions, webhooks and the categories use it.
 */
@Module({
  imports: [AuditModule],
  providers: [PersonalDataAudit],
  exports: [PersonalDataAudit],
})
export class PersonalDataModule {}
