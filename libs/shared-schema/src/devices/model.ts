import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Paginated } from '../pagination/connection';
import { SharedRecord } from '../records/model';
import { DeviceKind, DeviceStatus } from './enums';

@ObjectType({ description: '电子技术监控设备 a surveillance device (§4(1)5)' })
export class SurveillanceDevice extends SharedRecord {
  @Field({ description: '设备编号 device code' })
  deviceCode!: string;

  @Field(() => DeviceKind)
  deviceKind!: DeviceKind;

  @Field({ description: '安装位置 location' })
  location!: string;

  @Field(() => String, { nullable: true })
  latitude!: string | null;

  @Field(() => String, { nullable: true })
  longitude!: string | null;

  @Field(() => String, { nullable: true })
  townshipCode!: string | null;

  @Field(() => DeviceStatus)
  status!: DeviceStatus;
}

@ObjectType()
export class SurveillanceDeviceConnection extends Paginated(SurveillanceDevice, 'SurveillanceDevice') {}

@ObjectType({ description: '监控数据 one reading or event of a device' })
export class DeviceReading {
  @Field()
  observedAt!: Date;

  @Field()
  kind!: string;

  @Field(() => GraphQLJSON)
  reading!: Record<string, unknown>;
}

@ObjectType()
export class DeviceReadingConnection extends Paginated(DeviceReading, 'DeviceReading') {}

@ObjectType({ description: '监控数据接收结果' })
export class DeviceReadingsResult {
  @Field({ description: 'Readings stored now.' })
  stored!: number;

  @Field({ description: 'Readings already held (same device, time and kind): ignored.' })
  duplicates!: number;
}
