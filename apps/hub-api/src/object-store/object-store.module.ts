import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HUB_CONFIG } from '../config/config.constants';
import { HubConfig } from '../config/hub-config';
import { MinioObjectStore } from './minio-object-store';
import { ObjectLockState } from './object-lock-state';
import { OBJECT_STORE } from './object-store';
import { ObjectStoreHealth } from './object-store.health';
import { ObjectStoreLifecycle } from './object-store-lifecycle';

/**
 * The S3-compatible object store (MinIO, or the embedded one main.ts starts): evidence files, export
 * files and audit checkpoints all live in its bucket. Evidence, exports, health and the audit
 * checkpoints import this module for the store, whether it locks objects, and its health check.
 */
@Module({
  imports: [TerminusModule],
  providers: [
    {
      provide: OBJECT_STORE,
      inject: [HUB_CONFIG],
      useFactory: (config: HubConfig) => {
        const { endpoint } = config.objectStore;
        if (!endpoint) throw new Error('ObjectStoreModule needs an object store endpoint (configured, or the embedded one)');
        return new MinioObjectStore({ ...config.objectStore, endpoint });
      },
    },
    ObjectLockState,
    ObjectStoreHealth,
    ObjectStoreLifecycle,
  ],
  exports: [OBJECT_STORE, ObjectLockState, ObjectStoreHealth],
})
export class ObjectStoreModule {}
