import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PoolCounts } from './hub-metrics';

/** What the scrape-time gauges read: the hub's own pg pool and the export jobs table. */
@Injectable()
export class ObservedStateRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** node-postgres' counters of the pool TypeORM's Postgres driver holds (`master`); null before it connects. */
  poolCounts(): PoolCounts | null {
    const pool = (this.dataSource.driver as unknown as { master?: Pool }).master;
    if (!pool) return null;
    return { totalCount: pool.totalCount, idleCount: pool.idleCount, waitingCount: pool.waitingCount, max: pool.options.max ?? 10 };
  }

  async exportJobCounts(): Promise<Array<{ status: string; jobs: number }>> {
    return this.dataSource.query<Array<{ status: string; jobs: number }>>(
      'SELECT status, count(*)::int AS jobs FROM export_job GROUP BY status',
    );
  }
}
