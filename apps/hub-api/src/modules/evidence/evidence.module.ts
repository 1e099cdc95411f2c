import { Module, OnModuleInit } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { isUUID } from 'class-validator';
import { UnitOwnershipRegistry } from '../../common/auth/unit-ownership.registry';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { AuditModule } from '../audit/audit.module';
import { RecordsModule } from '../records/records.module';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';
import { EvidenceStoreLifecycle } from './evidence-store-lifecycle.service';
import { MinioObjectStore } from './minio-object-store';
import { ObjectLockState } from './object-lock-state';
import { OBJECT_STORE } from './object-store';
import { ObjectStoreHealth } from './object-store.health';

/** Evidence files in an S3-compatible store (MinIO), with their integrity and custody in the database. */
@Module({
  imports: [AuditModule, RecordsModule, TerminusModule],
  providers: [
    {
      provide: OBJECT_STORE,
      inject: [HUB_CONFIG],
      useFactory: (config: HubConfig) => {
        const { endpoint } = config.objectStore;
        if (!endpoint) throw new Error('EvidenceModule needs an object store endpoint (configured, or the embedded one)');
        return new MinioObjectStore({ ...config.objectStore, endpoint });
      },
    },
    EvidenceRepository,
    EvidenceService,
    EvidenceResolver,
    EvidenceStoreLifecycle,
    ObjectLockState,
    ObjectStoreHealth,
  ],
  exports: [OBJECT_STORE, ObjectLockState, ObjectStoreHealth, EvidenceService, EvidenceRepository, EvidenceStoreLifecycle],
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
