import type { Clock } from '../time/clock';
import { Logger } from '@nestjs/common';

/**
 * A background loop for the hub's workers (webhook delivery, exports, periodic reports): runs `tick`,
 * waits `intervalMs`, runs it again, never two ticks at once. A failing tick (the database restarting,
 * say) is logged at most once a minute and the loop goes on; `stop` waits for the tick in progress.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private halted = false;
  private lastWarning = -Infinity;

  constructor(
    private readonly logger: Logger,
    private readonly what: string,
    private readonly intervalMs: number,
    private readonly tick: () => Promise<void>,
    private readonly clock: Clock,
  ) {}

  /** Shutdown has begun: long-running work started by a tick should wind down. */
  get stopped(): boolean {
    return this.halted;
  }

  start(firstDelayMs = this.intervalMs): void {
    this.halted = false;
    this.schedule(firstDelayMs);
  }

  async stop(): Promise<void> {
    this.halted = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.halted) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error: unknown) => {
          // Elapsed time (monotonic), not the domain's "now": a moved Clock must not silence or repeat warnings.
          if (this.halted || this.clock.monotonicMs() - this.lastWarning < 60_000) return;
          this.lastWarning = this.clock.monotonicMs();
          this.logger.warn(
            `${this.what} failed (retrying every ${this.intervalMs} ms): ${error instanceof Error ? error.message : String(error)}`,
          );
        })
        .finally(() => {
          this.running = null;
          this.schedule(this.intervalMs);
        });
    }, delayMs);
    // Never keeps a process alive that has nothing else to do.
    this.timer.unref();
  }
}
