import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../pagination/connection';
import { PublishBatchArgs } from '../records/publish-batch.args';
import { IsNotBefore } from '../validation/plausibility';
import { DeviceKind, DeviceStatus } from './enums';
import { DeviceReadingInput, SurveillanceDeviceInput } from './inputs';
import { TownshipCodeFilter } from '../records/filters';

@ArgsType()
export class PublishDeviceBatchArgs extends PublishBatchArgs(SurveillanceDeviceInput) {}

@ArgsType()
export class SurveillanceDevicesArgs extends PageArgs {
  @TownshipCodeFilter()
  townshipCode?: string;

  @Field(() => DeviceKind, { nullable: true })
  @IsOptional()
  @IsEnum(DeviceKind)
  deviceKind?: DeviceKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  publisherCode?: string;

  @Field(() => DeviceStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DeviceStatus)
  status?: DeviceStatus;
}

@ArgsType()
export class PublishDeviceReadingsArgs {
  @Field(() => ID)
  @IsUUID()
  deviceId!: string;

  @Field(() => [DeviceReadingInput], { description: 'Up to 5,000 readings; a resend of the same device, time and kind is ignored.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => DeviceReadingInput)
  readings!: DeviceReadingInput[];
}

@ArgsType()
export class DeviceReadingsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  deviceId!: string;

  @Field()
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  from!: Date;

  @Field()
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  @IsNotBefore('from')
  to!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, { message: 'must be a reading kind' })
  kind?: string;
}
