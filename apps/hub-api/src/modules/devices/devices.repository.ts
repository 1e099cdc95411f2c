import { Injectable } from '@nestjs/common';
import { SurveillanceDevicesArgs } from '@hub/shared-schema';
import { entityColumns } from '../../database/entity-columns';
import { TransactionRunner } from '../../database/transaction-runner';
import { DeviceReadingEntity } from './device-reading.entity';
import { SurveillanceDeviceEntity } from './surveillance-device.entity';
import { Clock } from '../../common/time/clock';

export interface NewReading {
  observedAt: Date;
  kind: string;
  reading: Record<string, unknown>;
}

@Injectable()
export class DevicesRepository {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  page(filter: SurveillanceDevicesArgs, afterId: string | null, limit: number) {
    const q = this.tx.manager
      .getRepository(SurveillanceDeviceEntity)
      .createQueryBuilder('d')
      .where('d.revoked_at IS NULL')
      .orderBy('d.id', 'ASC')
      .limit(limit);
    if (filter.townshipCode) q.andWhere('d.township_code = :townshipCode', { townshipCode: filter.townshipCode });
    if (filter.deviceKind) q.andWhere('d.device_kind = :deviceKind', { deviceKind: filter.deviceKind });
    if (filter.publisherCode) q.andWhere('d.publisher_code = :publisherCode', { publisherCode: filter.publisherCode });
    if (filter.status) q.andWhere('d.status = :status', { status: filter.status });
    if (afterId) q.andWhere('d.id > :afterId', { afterId });
    return q.getMany();
  }

  findDevice(id: string): Promise<SurveillanceDeviceEntity | null> {
    return this.tx.manager.getRepository(SurveillanceDeviceEntity).findOneBy({ id });
  }

  /** One statement for the whole batch; a reading already held (device, time, kind) is skipped. */
  async insertReadings(deviceId: string, readings: NewReading[]): Promise<number> {
    const rows: Array<{ n: number }> = await this.tx.manager.query(
      `WITH inserted AS (
         INSERT INTO device_reading (device_id, observed_at, kind, reading, received_at)
         SELECT $1, t.observed_at, t.kind, t.reading, $5::timestamptz
           FROM unnest($2::timestamptz[], $3::varchar[], $4::jsonb[]) AS t(observed_at, kind, reading)
         ON CONFLICT (device_id, observed_at, kind) DO NOTHING
         RETURNING 1)
       SELECT count(*)::int AS n FROM inserted`,
      [
        deviceId,
        readings.map((r) => r.observedAt.toISOString()),
        readings.map((r) => r.kind),
        readings.map((r) => JSON.stringify(r.reading)),
        this.clock.now(),
      ],
    );
    return rows[0].n;
  }

  /**
   * The time-window statement, served by the (device_id, observed_at, kind) primary key. Plain SQL
   * (see entityColumns): monitors are read in windows many times a minute.
   */
  windowStatement(
    deviceId: string,
    from: Date,
    to: Date,
    kind: string | undefined,
    after: { at: string; kind: string } | null,
    limit: number,
  ) {
    const params: unknown[] = [deviceId, from, to];
    let sql = `SELECT ${entityColumns(this.tx.manager, DeviceReadingEntity, 'r')} FROM device_reading r
                WHERE r.device_id = $1 AND r.observed_at >= $2 AND r.observed_at < $3`;
    if (kind) sql += ` AND r.kind = $${params.push(kind)}`;
    if (after) sql += ` AND (r.observed_at, r.kind) > ($${params.push(after.at)}, $${params.push(after.kind)})`;
    return { sql: `${sql} ORDER BY r.observed_at, r.kind LIMIT ${Number(limit)}`, params };
  }

  window(...args: Parameters<DevicesRepository['windowStatement']>): Promise<DeviceReadingEntity[]> {
    const { sql, params } = this.windowStatement(...args);
    return this.tx.manager.query(sql, params);
  }
}
