import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OutboxModule } from '../outbox/outbox.module';
import { IdNumberSearchGuard } from './id-number-search-guard.service';
import { IdNumberSearchesRepository } from './id-number-searches.repository';

/** Searches by resident ID number: counted per caller, refused beyond the hourly quota, audited by HMAC (issue #12). */
@Module({
  imports: [AuditModule, OutboxModule],
  providers: [IdNumberSearchesRepository, IdNumberSearchGuard],
  exports: [IdNumberSearchGuard],
})
export class IdNumberSearchesModule {}
