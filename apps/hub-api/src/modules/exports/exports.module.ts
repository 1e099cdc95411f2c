import { Module, OnModuleInit } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { UnitOwnershipRegistry } from '../../common/auth/unit-ownership.registry';
import { ObjectStoreModule } from '../../object-store/object-store.module';
import { AuditModule } from '../audit/audit.module';
import { CalendarModule } from '../calendar/calendar.module';
import { ExportRowsRepository } from './export-rows.repository';
import { ExportWorker } from './export-worker.service';
import { ExportsRepository } from './exports.repository';
import { ExportsResolver } from './exports.resolver';
import { ExportsService } from './exports.service';

/** Spreadsheet exports of ledgers and records, run as jobs, files in the object store (§4(1)4: what units report with). */
@Module({
  // The calendar: a supervision list counts working days (due soon) as the job runs.
  imports: [AuditModule, CalendarModule, ObjectStoreModule],
  providers: [ExportsRepository, ExportRowsRepository, ExportsService, ExportsResolver, ExportWorker],
  exports: [ExportsRepository],
})
export class ExportsModule implements OnModuleInit {
  constructor(
    private readonly ownership: UnitOwnershipRegistry,
    private readonly exports: ExportsService,
  ) {}

  onModuleInit(): void {
    this.ownership.register('exportJob', (id) => (isUUID(id) ? this.exports.unitOf(id) : Promise.resolve(null)));
  }
}
