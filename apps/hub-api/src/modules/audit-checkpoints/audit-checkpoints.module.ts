import { Module } from '@nestjs/common';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { ObjectLockState } from '../../object-store/object-lock-state';
import { OBJECT_STORE, ObjectStore } from '../../object-store/object-store';
import { ObjectStoreModule } from '../../object-store/object-store.module';
import { AuditModule } from '../audit/audit.module';
import { AuditService } from '../audit/audit.service';
import { AuditChainResolver } from './audit-chain.resolver';
import { AuditChainVerifier, verifyingKey } from './audit-chain-verifier';
import { AuditCheckpointStore } from './audit-checkpoint-store';
import { AuditCheckpointWriter } from './audit-checkpoint-writer.service';

/**
 * Signed checkpoints of the audit chain outside the database, so that not even the database's owner
 * rewrites the record accountability rests on (§6(3)) unnoticed: written to the evidence bucket at an
 * interval and at shutdown, and checked by `auditChainStatus` and `npm run audit:verify`.
 */
@Module({
  imports: [AuditModule, ObjectStoreModule],
  providers: [
    {
      provide: AuditCheckpointStore,
      inject: [OBJECT_STORE, ObjectLockState, HUB_CONFIG],
      useFactory: (store: ObjectStore, lock: ObjectLockState, config: HubConfig) =>
        new AuditCheckpointStore(store, () => lock.enabled(), config.evidence.retentionDays),
    },
    {
      provide: AuditChainVerifier,
      inject: [AuditService, AuditCheckpointStore, HUB_CONFIG],
      useFactory: (audit: AuditService, store: AuditCheckpointStore, config: HubConfig) =>
        new AuditChainVerifier(audit, store, verifyingKey(config)),
    },
    AuditCheckpointWriter,
    AuditChainResolver,
  ],
  exports: [AuditCheckpointWriter],
})
export class AuditCheckpointsModule {}
