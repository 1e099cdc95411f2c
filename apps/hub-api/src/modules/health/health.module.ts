import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { PrometheusModule } from '@willsoto/nestjs-prometheus';
import { ObjectStoreModule } from '../../object-store/object-store.module';
import { DatabaseHealth } from '../../database/database.health';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { MetricsServer } from './metrics-server';

@Module({
  imports: [
    TerminusModule.forRoot({ logger: false }),
    ObjectStoreModule,
    PrometheusModule.register({ path: '/metrics', controller: MetricsController, defaultMetrics: { enabled: true } }),
  ],
  controllers: [HealthController],
  providers: [DatabaseHealth, MetricsServer],
  exports: [MetricsServer],
})
export class HealthModule {}
