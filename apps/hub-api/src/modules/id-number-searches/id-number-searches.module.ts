import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EventsModule } from '../events/events.module';
import { IdNumberSearchGuard } from './id-number-search-guard.service';
import { IdNumberSearchesRepository } from './id-number-searches.repository';

/**
 * Searches by resident ID number: counted per caller, refused beyond the hourly quota, audited by HMAC,
 * so a masked number cannot be recovered by enumeration (§5(1): personal information stays confidential).
 */
@Module({
  imports: [AuditModule, EventsModule],
  providers: [IdNumberSearchesRepository, IdNumberSearchGuard],
  exports: [IdNumberSearchGuard],
})
export class IdNumberSearchesModule {}
