import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Clock } from '../../common/time/clock';
import { PollingLoop } from '../../common/workers/polling-loop';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { DeadlinesService } from './deadlines.service';

/** Batches one tick runs at most of each kind; a tick that stops here leaves the rest to the next, a sweep interval later. */
const BATCHES_PER_TICK = 100;

/**
 * The deadline sweep (#15 §5): every `DEADLINE_SWEEP_MS` it marks the open deadlines that have passed
 * and sends the reminders that have come, a batch per statement, in every hub process that runs
 * workers. Row locks taken with SKIP LOCKED share the work, so each deadline is marked and announced
 * once however many processes sweep; a hub that was down catches up at its first sweep (on start),
 * because the sweep looks for what is due by now, not for what became due since the last tick.
 */
@Injectable()
export class DeadlineSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineSweeper.name);
  private readonly loop: PollingLoop;
  private readonly ctx: RequestContext;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly deadlines: DeadlinesService,
    clock: Clock,
  ) {
    this.ctx = RequestContext.forSystem(clock, 'deadline-sweeper');
    this.loop = new PollingLoop(this.logger, 'deadline sweep', config.deadlines.sweepMs, () => this.tick(), clock);
  }

  onApplicationBootstrap(): void {
    // The first sweep at once: what passed while the hub was down is marked now, not an interval later.
    if (this.config.delivery.enabled) this.loop.start(0);
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  private async tick(): Promise<void> {
    const { batchSize } = this.config.deadlines;
    // Overdue marks first: a deadline that has passed gets its mark, not a late reminder.
    for (let i = 0; i < BATCHES_PER_TICK && !this.loop.stopped; i++) {
      if ((await this.deadlines.sweepOverdue(this.ctx, batchSize)) < batchSize) break;
    }
    for (let i = 0; i < BATCHES_PER_TICK && !this.loop.stopped; i++) {
      if ((await this.deadlines.sweepReminders(this.ctx, batchSize)) < batchSize) break;
    }
  }
}
