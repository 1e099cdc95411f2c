import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/time/clock';
import { PeriodicWorker } from '../../common/workers/periodic-worker';
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
export class DeadlineSweeper extends PeriodicWorker {
  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly deadlines: DeadlinesService,
    clock: Clock,
  ) {
    // The first sweep at once: what passed while the hub was down is marked now, not an interval later.
    super(
      {
        name: 'deadline-sweeper',
        what: 'deadline sweep',
        intervalMs: config.deadlines.sweepMs,
        enabled: config.delivery.enabled,
        firstDelayMs: 0,
      },
      clock,
    );
  }

  protected async tick(): Promise<void> {
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
