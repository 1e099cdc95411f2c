import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { OutboxModule } from '../outbox/outbox.module';
import { LifecycleRepository } from './lifecycle.repository';
import { LifecycleService } from './lifecycle.service';

/** The lifecycle mechanism every workflow (case transfer, later complaints, assistance) stands on. */
@Module({
  imports: [AuditModule, OutboxModule, DeadlinesModule],
  providers: [LifecycleRepository, LifecycleService],
  exports: [LifecycleService],
})
export class LifecycleModule {}
