import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { PrometheusModule } from '@willsoto/nestjs-prometheus';
import { EvidenceModule } from '../evidence/evidence.module';
import { DatabaseHealth } from './database.health';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { MetricsServer } from './metrics-server';

@Module({
  imports: [
    TerminusModule.forRoot({ logger: false }),
    EvidenceModule,
    PrometheusModule.register({ path: '/metrics', controller: MetricsController, defaultMetrics: { enabled: true } }),
  ],
  controllers: [HealthController],
  providers: [DatabaseHealth, MetricsServer],
  exports: [MetricsServer],
})
export class HealthModule {}
