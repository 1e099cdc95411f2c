import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../../common/auth/auth.decorators';
import { ObjectStoreHealth } from '../../object-store/object-store.health';
import { DatabaseHealth } from '../../database/database.health';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealth,
    private readonly evidenceStore: ObjectStoreHealth,
  ) {}

  /** 200 with each dependency `up`, or 503 naming the one that is down (the database on a connection of its own). */
  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.dependencies();
  }

  /**
   * Liveness: the process answers HTTP, and nothing else is asked. An orchestrator restarts a hub that
   * fails this; a database outage must not make it restart every hub (they recover on their own).
   */
  @Get('live')
  @Public()
  live() {
    return { status: 'ok', info: { process: { status: 'up', uptimeSeconds: Math.round(process.uptime()) } } };
  }

  /** Readiness: as /health, the database and the object store; an orchestrator sends no traffic while it is 503. */
  @Get('ready')
  @Public()
  @HealthCheck()
  ready() {
    return this.dependencies();
  }

  private dependencies() {
    return this.health.check([() => this.database.check(), () => this.evidenceStore.check()]);
  }
}
