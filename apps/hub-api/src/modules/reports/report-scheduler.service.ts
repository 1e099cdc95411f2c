import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Clock } from '../../common/time/clock';
import { PollingLoop } from '../../common/workers/polling-loop';
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
export class ReportScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReportScheduler.name);
  private readonly loop: PollingLoop;
  private readonly ctx: RequestContext;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly reports: ReportsService,
    clock: Clock,
  ) {
    this.ctx = RequestContext.forSystem(clock, 'report-scheduler');
    this.loop = new PollingLoop(this.logger, 'periodic report run', config.reports.pollMs, () => this.tick(), clock);
  }

  onApplicationBootstrap(): void {
    if (this.config.delivery.enabled) this.loop.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  private async tick(): Promise<void> {
    for (let i = 0; i < PER_TICK && !this.loop.stopped && (await this.reports.runNextDue(this.ctx)); i++);
    for (let i = 0; i < PER_TICK && !this.loop.stopped && (await this.reports.publishNextFinished(this.ctx)); i++);
  }
}
