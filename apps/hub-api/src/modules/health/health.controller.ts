import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../../common/auth/auth.decorators';
import { ObjectStoreHealth } from '../evidence/object-store.health';
import { DatabaseHealth } from './database.health';

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
    return this.health.check([() => this.database.check(), () => this.evidenceStore.check()]);
  }
}
