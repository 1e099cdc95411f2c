import { RequiredText } from '../validation/input-fields';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsObject, IsOptional, Matches } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { SOURCE_ID_MESSAGE, SOURCE_ID_PATTERN } from '../records/patterns';
import { IsTownshipCode } from '../validation/decorators';
import { IsLatitudeInRange, IsLongitudeInRange, IsPastDateTime } from '../validation/plausibility';
import { DeviceKind, DeviceStatus } from './enums';

@InputType({ description: '电子技术监控设备 a device as its owner publishes it' })
export class SurveillanceDeviceInput {
  @Field({ description: "The owner's own id of the device." })
  @Matches(SOURCE_ID_PATTERN, SOURCE_ID_MESSAGE)
  sourceId!: string;

  @RequiredText(100)
  deviceCode!: string;

  @Field(() => DeviceKind)
  @IsEnum(DeviceKind)
  deviceKind!: DeviceKind;

  @RequiredText(300)
  location!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^-?\d{1,3}(\.\d{1,6})?$/, { message: 'must be a decimal latitude' })
  @IsLatitudeInRange()
  latitude?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^-?\d{1,3}(\.\d{1,6})?$/, { message: 'must be a decimal longitude' })
  @IsLongitudeInRange()
  longitude?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTownshipCode()
  townshipCode?: string | null;

  @Field(() => DeviceStatus)
  @IsEnum(DeviceStatus)
  status!: DeviceStatus;
}

@InputType()
export class DeviceReadingInput {
  @Field()
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  @IsPastDateTime()
  observedAt!: Date;

  @Field()
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, { message: 'must be 1-50 letters, digits or . _ -' })
  kind!: string;

  @Field(() => GraphQLJSON)
  @IsObject()
  reading!: Record<string, unknown>;
}
