import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import { OBJECT_STORE, ObjectStore } from '../../object-store/object-store';
import { EvidenceRepository } from './evidence.repository';

const UNCONFIRMED_TTL_MS = 24 * 3600_000;
const SWEEP_EVERY_MS = 3600_000;

/**
 * Every hour: removes uploads requested more than 24 hours ago and never confirmed, and the pending
 * key of each confirmed file once its upload URL has expired (a late PUT to that URL writes it again).
 * (The bucket itself is prepared at start-up by the object store's ObjectStoreLifecycle.)
 */
@Injectable()
export class EvidenceStoreLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EvidenceStore');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    private readonly evidence: EvidenceRepository,
    private readonly tx: TransactionRunner,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () => void this.sweep().catch((error: unknown) => this.logger.warn(`sweep failed: ${String(error)}`)),
      SWEEP_EVERY_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Removes unconfirmed uploads older than 24 hours; answers how many. Each one is marked and removed
   * in one transaction: when the store fails, the row stays PENDING and the next sweep tries again.
   */
  async sweep(now = new Date()): Promise<number> {
    let removed = 0;
    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const stale = await this.evidence.stalePending(new Date(now.getTime() - UNCONFIRMED_TTL_MS), after, 100);
      for (const file of stale) {
        const swept = await this.tx.run(async () => {
          if (!(await this.evidence.transition(file.id, 'PENDING', 'DELETED'))) return false; // confirmed or swept meanwhile
          await this.store.remove(file.objectKey);
          await this.evidence.custody({
            evidenceId: file.id,
            action: 'UNCONFIRMED_REMOVED',
            unitCode: null,
            actorName: 'hub',
            details: { requestedAt: file.createdAt },
          });
          return true;
        });
        if (swept) removed++;
      }
      if (stale.length < 100) break;
      after = stale[stale.length - 1].id;
    }
    await this.sweepLateUploads(now);
    return removed;
  }

  /**
   * A presigned upload URL cannot be revoked: until it expires, a PUT to it writes the pending key
   * again (never the confirmed file, which lives under a key no upload URL names). After it expired
   * no one can write there any more, so the key is removed once and for all; answers how many files.
   */
  async sweepLateUploads(now = new Date()): Promise<number> {
    let swept = 0;
    for (;;) {
      const late = await this.evidence.lateUploads(now, 100);
      for (const file of late) {
        await this.store.remove(`${file.objectKey}.upload`);
        await this.evidence.markUploadSwept(file.id);
        swept++;
      }
      if (late.length < 100) return swept;
    }
  }
}
