import { Module, OnModuleInit } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { UnitOwnershipRegistry } from '../../common/auth/unit-ownership.registry';
import { ObjectStoreModule } from '../../object-store/object-store.module';
import { AuditModule } from '../audit/audit.module';
import { RecordsModule } from '../records/records.module';
import { EvidenceOwners } from './evidence-owners';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';
import { EvidenceStoreLifecycle } from './evidence-store-lifecycle.service';

/** Evidence files in the object store (ObjectStoreModule), with their integrity and custody in the database. */
@Module({
  imports: [AuditModule, RecordsModule, ObjectStoreModule],
  providers: [EvidenceRepository, EvidenceOwners, EvidenceService, EvidenceResolver, EvidenceStoreLifecycle],
  // EvidenceOwners: a workflow module (transfers) registers who holds its items' evidence.
  exports: [EvidenceService, EvidenceOwners, EvidenceRepository, EvidenceStoreLifecycle],
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
