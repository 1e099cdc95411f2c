import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { setTimeout as delay } from 'node:timers/promises';
import { PollingLoop } from '../../common/workers/polling-loop';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { AuditService } from '../audit/audit.service';
import { AuditCheckpointStore } from './audit-checkpoint-store';
import { Clock } from '../../common/time/clock';

/** How long shutdown waits for its last checkpoint before giving up on a store that does not answer. */
const SHUTDOWN_WRITE_MS = 5000;

/**
 * Every AUDIT_CHECKPOINT_INTERVAL_MS, and once more at shutdown, writes the audit chain's head (last
 * id, hash, row count, time) as an Ed25519-signed object to the object store. Every hub process does
 * so; duplicates are harmless (they agree), and a head that has not moved since this process's last
 * checkpoint is not written again. A store that is down is retried at the next interval.
 */
@Injectable()
export class AuditCheckpointWriter implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AuditCheckpointWriter.name);
  private readonly loop: PollingLoop;
  private lastWritten: string | null = null;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly audit: AuditService,
    private readonly checkpoints: AuditCheckpointStore,
    private readonly clock: Clock,
  ) {
    this.loop = new PollingLoop(
      this.logger,
      'audit checkpoint',
      config.audit.checkpointIntervalMs,
      async () => void (await this.write()),
      clock,
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
    const last = this.write().catch((error: unknown) => {
      this.logger.warn(
        `could not write the shutdown audit checkpoint (审计检查点): ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    });
    await Promise.race([last, delay(SHUTDOWN_WRITE_MS, null, { ref: false })]);
  }

  /** Writes a checkpoint of the current head; answers its object key, or null when there was nothing new. */
  async write(): Promise<string | null> {
    const signingKey = this.config.audit.signingKey;
    const head = await this.audit.head();
    if (!signingKey || !head || this.lastWritten === `${head.lastId}:${head.hash}`) return null;
    const key = await this.checkpoints.write(head, this.clock.now(), signingKey);
    this.lastWritten = `${head.lastId}:${head.hash}`;
    return key;
  }
}
