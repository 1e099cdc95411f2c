import { Module } from '@nestjs/common';
import { ObservedSources } from './observed-sources';
import { ObservedStateRepository } from './observed-state.repository';

/** The operator's signals beyond /health: scrape-time gauges of pool use and export jobs (hub-metrics.ts holds every metric). */
@Module({ providers: [ObservedStateRepository, ObservedSources] })
export class ObservabilityModule {}
