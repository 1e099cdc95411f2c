import { Module, OnModuleInit } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { UnitOwnershipRegistry } from '../../common/auth/unit-ownership.registry';
import { AuditModule } from '../audit/audit.module';
import { EventsModule } from '../events/events.module';
import { ExportsModule } from '../exports/exports.module';
import { ReportScheduler } from './report-scheduler.service';
import { ReportsRepository } from './reports.repository';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/** Periodic reports: saved ledgers run monthly or quarterly as exports, announced to their unit (§4(1)4). */
@Module({
  imports: [AuditModule, EventsModule, ExportsModule],
  providers: [ReportsRepository, ReportsService, ReportsResolver, ReportScheduler],
})
export class ReportsModule implements OnModuleInit {
  constructor(
    private readonly ownership: UnitOwnershipRegistry,
    private readonly reports: ReportsService,
  ) {}

  onModuleInit(): void {
    this.ownership.register('savedReport', (id) => (isUUID(id) ? this.reports.unitOf(id) : Promise.resolve(null)));
  }
}
