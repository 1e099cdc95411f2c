import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SurveillanceDeviceEntity } from './surveillance-device.entity';

/** One reading or event of a device: append-only, idempotent on (device, time, kind). */
@Entity({ name: 'device_reading' })
@Index('device_reading_observed_brin', { synchronize: false })
export class DeviceReadingEntity {
  @PrimaryColumn({ name: 'device_id', type: 'uuid', primaryKeyConstraintName: 'device_reading_pkey' })
  deviceId!: string;

  @ManyToOne(() => SurveillanceDeviceEntity, { nullable: false })
  @JoinColumn({ name: 'device_id', referencedColumnName: 'id', foreignKeyConstraintName: 'device_reading_device_id_fkey' })
  device?: SurveillanceDeviceEntity;

  @PrimaryColumn({ name: 'observed_at', type: 'timestamptz', primaryKeyConstraintName: 'device_reading_pkey' })
  observedAt!: Date;

  @PrimaryColumn({ type: 'varchar', length: 50, primaryKeyConstraintName: 'device_reading_pkey' })
  kind!: string;

  @Column({ type: 'jsonb' })
  reading!: Record<string, unknown>;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt!: Date;
}
