import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { EvidenceRepository } from './evidence.repository';
import { ObjectLockState } from './object-lock-state';
import { OBJECT_STORE, ObjectStore } from './object-store';

const UNCONFIRMED_TTL_MS = 24 * 3600_000;
const SWEEP_EVERY_MS = 3600_000;

/**
 * At start-up: creates the bucket if missing and learns whether the store locks objects (MinIO with
 * a locked bucket gets a default retention; elsewhere the hub says so and refuses deletes instead).
 * Every hour: removes uploads requested more than 24 hours ago and never confirmed.
 */
@Injectable()
export class EvidenceStoreLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EvidenceStore');
  private timer: NodeJS.Timeout | null = null;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    private readonly evidence: EvidenceRepository,
    private readonly lock: ObjectLockState,
  ) {}

  /**
   * The hub starts even when the store is down (evidence calls answer UNAVAILABLE and /health says
   * so meanwhile); the bucket is prepared as soon as the store answers.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!(await this.prepare())) this.retryPrepare();
    this.timer = setInterval(() => void this.sweep().catch((error: unknown) => this.logger.warn(`sweep failed: ${String(error)}`)), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.retry) clearTimeout(this.retry);
  }

  private async prepare(): Promise<boolean> {
    try {
      const { objectLock } = await this.store.prepare(this.config.evidence.retentionDays);
      this.lock.enabled = objectLock;
      if (objectLock) this.logger.log(`evidence bucket ${this.config.objectStore.bucket}: object lock on, ${this.config.evidence.retentionDays} days retention`);
      else this.logger.warn(`evidence bucket ${this.config.objectStore.bucket}: the store does not lock objects; the hub refuses deletes of protected evidence instead`);
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

  /** Removes unconfirmed uploads older than 24 hours; answers how many. */
  async sweep(now = new Date()): Promise<number> {
    let removed = 0;
    for (;;) {
      const stale = await this.evidence.stalePending(new Date(now.getTime() - UNCONFIRMED_TTL_MS), 100);
      for (const file of stale) {
        if (!(await this.evidence.transition(file.id, 'PENDING', 'DELETED'))) continue; // confirmed or swept meanwhile
        await this.store.remove(file.objectKey);
        await this.evidence.custody({ evidenceId: file.id, action: 'UNCONFIRMED_REMOVED', unitCode: null, actorName: 'hub', details: { requestedAt: file.createdAt } });
        removed++;
      }
      if (stale.length < 100) return removed;
    }
  }
}
