import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CalendarModule } from '../calendar/calendar.module';
import { SharingGapsRepository } from './sharing-gaps.repository';
import { SharingGapsResolver } from './sharing-gaps.resolver';
import { SharingGapsService } from './sharing-gaps.service';

/** Sharing gaps (共享缺失, #17 §2, §6(3)): what the hub's data shows was not shared, for the supervisors. */
@Module({
  imports: [AuditModule, CalendarModule],
  providers: [SharingGapsRepository, SharingGapsService, SharingGapsResolver],
})
export class SharingGapsModule {}
