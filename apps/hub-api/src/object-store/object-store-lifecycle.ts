import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HUB_CONFIG } from '../config/config.constants';
import { HubConfig } from '../config/hub-config';
import { ObjectLockState } from './object-lock-state';

/**
 * At start-up: creates the bucket if missing and learns whether the store locks objects (on MinIO with
 * a locked bucket each confirmed file is written with its retention; elsewhere the hub says so and
 * refuses deletes of protected evidence itself).
 */
@Injectable()
export class ObjectStoreLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EvidenceStore');
  private retry: NodeJS.Timeout | null = null;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly lock: ObjectLockState,
  ) {}

  /**
   * The hub starts even when the store is down (evidence calls answer UNAVAILABLE and /health says
   * so meanwhile); the bucket is prepared as soon as the store answers.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!(await this.prepare())) this.retryPrepare();
  }

  onApplicationShutdown(): void {
    if (this.retry) clearTimeout(this.retry);
  }

  private async prepare(): Promise<boolean> {
    try {
      const objectLock = await this.lock.enabled();
      if (objectLock)
        this.logger.log(
          `evidence bucket ${this.config.objectStore.bucket}: object lock on, confirmed files kept ${this.config.evidence.retentionDays} days (COMPLIANCE)`,
        );
      else
        this.logger.warn(
          `evidence bucket ${this.config.objectStore.bucket}: the store does not lock objects; the hub refuses deletes of protected evidence instead`,
        );
      return true;
    } catch (error) {
      this.logger.warn(`evidence store not ready, retrying every 30 s: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  private retryPrepare(): void {
    this.retry = setTimeout(() => void this.prepare().then((ready) => (ready ? undefined : this.retryPrepare())), 30_000);
    this.retry.unref();
  }
}
