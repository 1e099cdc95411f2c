import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import type { Clock } from '../time/clock';
import { PollingLoop } from './polling-loop';

export interface PeriodicWorkerOptions {
  /** The worker's name: its logger's and its system actor's (`RequestContext.forSystem`). */
  name: string;
  /** What a tick does, for the warning a failing tick logs ("deadline sweep failed …"). */
  what: string;
  intervalMs: number;
  /** Whether this process runs workers (`HUB_DELIVERY_WORKER`). */
  enabled: boolean;
  /** Delay of the first tick; default one interval. 0: at once, to catch up what came due while no hub ran. */
  firstDelayMs?: number;
}

/**
 * A worker that acts as a system actor on a PollingLoop in every hub process that runs workers, sharing
 * its work with the other processes through row locks: the periodic report scheduler and the deadline
 * sweep. A subclass says what one tick does; starting with the application and stopping (waiting for
 * the tick in progress) with it is here.
 */
export abstract class PeriodicWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger: Logger;
  protected readonly ctx: RequestContext;
  protected readonly loop: PollingLoop;

  protected constructor(
    private readonly options: PeriodicWorkerOptions,
    clock: Clock,
  ) {
    this.logger = new Logger(options.name);
    this.ctx = RequestContext.forSystem(clock, options.name);
    this.loop = new PollingLoop(this.logger, options.what, options.intervalMs, () => this.tick(), clock);
  }

  protected abstract tick(): Promise<void>;

  onApplicationBootstrap(): void {
    if (this.options.enabled) this.loop.start(this.options.firstDelayMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }
}
