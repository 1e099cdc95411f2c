import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { DeviceKind, DeviceStatus } from '@hub/shared-schema';
import { SharedRecordEntity } from '../records/shared-record.entity';
import { UnitEntity } from '../units/unit.entity';

/** An electronic surveillance device set up by a unit (§4(1)5); its publisher owns it. */
@Entity({ name: 'surveillance_device' })
@Unique('surveillance_device_source_key', ['publisherCode', 'sourceId'])
@Index('surveillance_device_township_idx', ['townshipCode'])
@Check('surveillance_device_device_kind_check', `device_kind IN ('CAMERA','NOISE_MONITOR','AIR_MONITOR','WATER_MONITOR','OTHER')`)
@Check('surveillance_device_status_check', `status IN ('ACTIVE','INACTIVE','FAULTY')`)
@Check('surveillance_device_version_check', `version > 0`)
export class SurveillanceDeviceEntity extends SharedRecordEntity {
  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'publisher_code', referencedColumnName: 'code', foreignKeyConstraintName: 'surveillance_device_publisher_code_fkey' })
  publisher?: UnitEntity;

  @Column({ name: 'device_code', type: 'varchar', length: 100 })
  deviceCode!: string;

  @Column({ name: 'device_kind', type: 'varchar', length: 30 })
  deviceKind!: DeviceKind;

  @Column({ type: 'varchar', length: 300 })
  location!: string;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true })
  latitude!: string | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true })
  longitude!: string | null;

  @Column({ name: 'township_code', type: 'varchar', length: 40, nullable: true })
  townshipCode!: string | null;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'township_code', referencedColumnName: 'code', foreignKeyConstraintName: 'surveillance_device_township_code_fkey' })
  township?: UnitEntity;

  @Column({ type: 'varchar', length: 20 })
  status!: DeviceStatus;
}
