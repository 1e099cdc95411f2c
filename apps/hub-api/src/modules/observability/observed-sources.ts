import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { clearObservedSources, setObservedSources } from './hub-metrics';
import { ObservedStateRepository } from './observed-state.repository';

/** Points the scrape-time gauges (pool use, export jobs) at this hub's database while it runs. */
@Injectable()
export class ObservedSources implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly pool = () => this.state.poolCounts();
  private readonly exportJobs = () => this.state.exportJobCounts();

  constructor(private readonly state: ObservedStateRepository) {}

  onApplicationBootstrap(): void {
    setObservedSources({ pool: this.pool, exportJobs: this.exportJobs });
  }

  onApplicationShutdown(): void {
    clearObservedSources({ pool: this.pool, exportJobs: this.exportJobs });
  }
}
