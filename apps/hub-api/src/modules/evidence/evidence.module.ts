import { Module, OnModuleInit } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { UnitOwnershipRegistry } from '../../common/auth/unit-ownership.registry';
import { ObjectStoreModule } from '../../object-store/object-store.module';
import { AuditModule } from '../audit/audit.module';
import { RecordsModule } from '../records/records.module';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';
import { EvidenceStoreLifecycle } from './evidence-store-lifecycle.service';

/** Evidence files in the object store (ObjectStoreModule), with their integrity and custody in the database. */
@Module({
  imports: [AuditModule, RecordsModule, ObjectStoreModule],
  providers: [EvidenceRepository, EvidenceService, EvidenceResolver, EvidenceStoreLifecycle],
  exports: [EvidenceService, EvidenceRepository, EvidenceStoreLifecycle],
})
export class EvidenceModule implements OnModuleInit {
  constructor(
    private readonly ownership: UnitOwnershipRegistry,
    private readonly evidence: EvidenceRepository,
  ) {}

  onModuleInit(): void {
    this.ownership.register('evidence', (id) => (isUUID(id) ? this.evidence.unitOf(id) : Promise.resolve(null)));
  }
}
