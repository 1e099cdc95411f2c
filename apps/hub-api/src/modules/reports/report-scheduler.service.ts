import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/time/clock';
import { PeriodicWorker } from '../../common/workers/periodic-worker';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { ReportsService } from './reports.service';

/** Per tick at most this many periods are started and this many runs announced; the next tick goes on. */
const PER_TICK = 50;

/**
 * Runs saved reports when their period has ended, in every hub process that runs workers (they share
 * the work through row locks), and announces each finished run. A hub that was down catches up: every
 * missed period is run, oldest first.
 */
@Injectable()
export class ReportScheduler extends PeriodicWorker {
  constructor(
    @Inject(HUB_CONFIG) config: HubConfig,
    private readonly reports: ReportsService,
    clock: Clock,
  ) {
    super(
      { name: 'report-scheduler', what: 'periodic report run', intervalMs: config.reports.pollMs, enabled: config.delivery.enabled },
      clock,
    );
  }

  protected async tick(): Promise<void> {
    for (let i = 0; i < PER_TICK && !this.loop.stopped && (await this.reports.runNextDue(this.ctx)); i++);
    for (let i = 0; i < PER_TICK && !this.loop.stopped && (await this.reports.publishNextFinished(this.ctx)); i++);
  }
}
