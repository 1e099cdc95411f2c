import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ObjectLockState } from './object-lock-state';
import { OBJECT_STORE, ObjectStore } from './object-store';

/** `/health` reports the evidence store beside the database, and whether it locks confirmed files (null: not known yet). */
@Injectable()
export class ObjectStoreHealth {
  constructor(
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    private readonly health: HealthIndicatorService,
    private readonly lock: ObjectLockState,
  ) {}

  async check() {
    const indicator = this.health.check('evidenceStore');
    try {
      await Promise.race([
        this.store.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 2000 ms')), 2000).unref()),
      ]);
      return indicator.up({ objectLock: this.lock.known });
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
