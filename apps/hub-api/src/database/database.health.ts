import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Pool } from 'pg';
import { HUB_CONFIG } from '../config/config.constants';
import { HubConfig } from '../config/hub-config';

const TIMEOUT_MS = 2000;

/**
 * `/health`'s database check on a connection of its own (a pool of one, outside the hub's pool): with
 * every pooled connection busy — a burst of log-ins, a slow export — it still tells whether PostgreSQL
 * answers, instead of reporting the database down because it waited for a connection.
 */
@Injectable()
export class DatabaseHealth implements OnApplicationShutdown {
  private readonly pool: Pool;

  constructor(
    @Inject(HUB_CONFIG) config: HubConfig,
    private readonly health: HealthIndicatorService,
  ) {
    this.pool = new Pool({
      connectionString: config.database.url ?? undefined,
      max: 1,
      connectionTimeoutMillis: TIMEOUT_MS,
      query_timeout: TIMEOUT_MS,
      application_name: 'jinjiang-hub-health',
    });
    // An idle connection PostgreSQL dropped (restart, terminated backend) is replaced at the next check.
    this.pool.on('error', () => undefined);
  }

  async check() {
    const indicator = this.health.check('database');
    try {
      await this.pool.query('SELECT 1');
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}
