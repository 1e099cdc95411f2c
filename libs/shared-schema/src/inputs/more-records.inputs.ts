import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PublishBatchArgs } from './publish-batch.args';
import { Type } from 'class-transformer';
import { GraphQLJSON } from 'graphql-scalars';
import { ComplaintChannel, ComplaintStatus, DeviceKind, DeviceStatus, LedgerEntryKind, NormativeKind } from '../enums/record.enums';
import { PageArgs, SortOrder } from '../pagination/connection';
import { IsCalendarDate, IsResidentId, IsTownshipCode, IsUscc } from '../validation/decorators';
import {
  IsBegunPeriod,
  IsLatitudeInRange,
  IsLongitudeInRange,
  IsNotBefore,
  IsNotBlank,
  IsPastDateTime,
  IsPlausibleDate,
} from '../validation/plausibility';
import { MATTER_CODE_PATTERN, SOURCE_ID_PATTERN } from './patterns';
import { UNIT_CODE_PATTERN } from './unit.inputs';

const SOURCE_ID = { message: 'must be 1-100 letters, digits or . _ : - /' };

@InputType({ description: '规范性文件 a normative document as the department publishes it' })
export class NormativeDocumentInput {
  @Field()
  @Matches(SOURCE_ID_PATTERN, SOURCE_ID)
  sourceId!: string;

  @Field(() => NormativeKind)
  @IsEnum(NormativeKind)
  kind!: NormativeKind;

  @Field()
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  documentNumber?: string | null;

  @Field()
  @IsString()
  @Length(1, 200)
  @IsNotBlank()
  issuingBody!: string;

  @Field()
  @IsCalendarDate()
  @IsPlausibleDate(10)
  effectiveFrom!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  @IsPlausibleDate(50)
  @IsNotBefore('effectiveFrom')
  repealedOn?: string | null;

  @Field(() => [String], { description: 'Devolved matters it governs: the towns holding them are notified of every change (§4(1)1).' })
  @ArrayMaxSize(200)
  @Matches(MATTER_CODE_PATTERN, { each: true, message: 'must be matter codes' })
  matterCodes!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  attachmentRef?: string | null;
}

@ArgsType()
export class PublishNormativeBatchArgs extends PublishBatchArgs(NormativeDocumentInput) {}

@ArgsType()
export class NormativeDocumentsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode?: string;

  @Field(() => NormativeKind, { nullable: true })
  @IsOptional()
  @IsEnum(NormativeKind)
  kind?: NormativeKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  publisherCode?: string;

  @Field(() => SortOrder, { defaultValue: SortOrder.NEWEST_FIRST, description: 'By effective date.' })
  @IsEnum(SortOrder)
  sort: SortOrder = SortOrder.NEWEST_FIRST;

  @Field(() => String, { nullable: true, description: 'Only documents in force on this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  inForceOn?: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeRevoked: boolean = false;
}

@InputType({ description: '举报投诉 the shared record of a report or complaint as the receiving unit publishes it' })
export class ComplaintRecordInput {
  @Field()
  @Matches(SOURCE_ID_PATTERN, SOURCE_ID)
  sourceId!: string;

  @Field(() => ComplaintChannel)
  @IsEnum(ComplaintChannel)
  channel!: ComplaintChannel;

  @Field()
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  @IsPastDateTime()
  receivedAt!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @IsNotBlank()
  reporterName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{5,30}$/, { message: 'must be a telephone number' })
  reporterPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsResidentId()
  reporterIdNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @IsNotBlank()
  subjectName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUscc()
  subjectUscc?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTownshipCode()
  townshipCode?: string | null;

  @Field()
  @IsString()
  @Length(1, 5000)
  @IsNotBlank()
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Unit handling it; the publisher (first receiver, §4(2)) when left out.' })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN, { message: 'must be a unit code' })
  handlingUnitCode?: string | null;

  @Field(() => ComplaintStatus)
  @IsEnum(ComplaintStatus)
  status!: ComplaintStatus;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  @IsPastDateTime()
  @IsNotBefore('receivedAt')
  closedAt?: Date | null;
}

@ArgsType()
export class PublishComplaintBatchArgs extends PublishBatchArgs(ComplaintRecordInput) {}

@ArgsType()
export class ComplaintRecordsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUscc()
  subjectUscc?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 50)
  @IsNotBlank()
  subjectNameContains?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  handlingUnitCode?: string;

  @Field(() => ComplaintStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ComplaintStatus)
  status?: ComplaintStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTownshipCode()
  townshipCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode?: string;

  @Field(() => String, { nullable: true, description: 'Received on or after this date (YYYY-MM-DD, Asia/Shanghai).' })
  @IsOptional()
  @IsCalendarDate()
  receivedFrom?: string;

  @Field(() => String, { nullable: true, description: 'Received on or before this date (YYYY-MM-DD, Asia/Shanghai).' })
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('receivedFrom')
  receivedTo?: string;

  @Field(() => SortOrder, { defaultValue: SortOrder.NEWEST_FIRST, description: 'By time received.' })
  @IsEnum(SortOrder)
  sort: SortOrder = SortOrder.NEWEST_FIRST;

  @Field({ defaultValue: false, description: 'Only those not yet answered or closed.' })
  @IsBoolean()
  openOnly: boolean = false;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeRevoked: boolean = false;
}

@InputType({ description: '电子技术监控设备 a device as its owner publishes it' })
export class SurveillanceDeviceInput {
  @Field({ description: "The owner's own id of the device." })
  @Matches(SOURCE_ID_PATTERN, SOURCE_ID)
  sourceId!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  @IsNotBlank()
  deviceCode!: string;

  @Field(() => DeviceKind)
  @IsEnum(DeviceKind)
  deviceKind!: DeviceKind;

  @Field()
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
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

@ArgsType()
export class PublishDeviceBatchArgs extends PublishBatchArgs(SurveillanceDeviceInput) {}

@ArgsType()
export class SurveillanceDevicesArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTownshipCode()
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

export const PERIOD_PATTERN = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

@InputType({ description: '台账 a statistic or work summary as the unit publishes it' })
export class LedgerEntryInput {
  @Field()
  @Matches(SOURCE_ID_PATTERN, SOURCE_ID)
  sourceId!: string;

  @Field(() => LedgerEntryKind)
  @IsEnum(LedgerEntryKind)
  entryKind!: LedgerEntryKind;

  @Field({ description: '2026, 2026-Q1 or 2026-03' })
  @Matches(PERIOD_PATTERN, { message: 'must be a year (2026), a quarter (2026-Q1) or a month (2026-03)' })
  @IsBegunPeriod()
  period!: string;

  @Field(() => String, { nullable: true, description: 'Required for an INDICATOR.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @IsNotBlank()
  indicator?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact decimal, required for an INDICATOR.' })
  @IsOptional()
  @Matches(/^-?\d{1,14}(\.\d{1,4})?$/, { message: 'must be a decimal number with at most four decimals' })
  value?: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Flat string map of dimensions, e.g. {"matter": "SCJG-001"}.' })
  @IsOptional()
  @IsObject()
  dimensions?: Record<string, string> | null;

  @Field(() => String, { nullable: true, description: 'Required for a WORK_SUMMARY.' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for a WORK_SUMMARY.' })
  @IsOptional()
  @IsString()
  @Length(1, 100000)
  @IsNotBlank()
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'The department that asked for this material, if any.' })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN, { message: 'must be a unit code' })
  requestedByCode?: string | null;
}

@ArgsType()
export class PublishLedgerBatchArgs extends PublishBatchArgs(LedgerEntryInput) {}

@ArgsType()
export class LedgerEntriesArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  publisherCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  indicator?: string;

  @Field(() => LedgerEntryKind, { nullable: true })
  @IsOptional()
  @IsEnum(LedgerEntryKind)
  entryKind?: LedgerEntryKind;

  @Field(() => String, { nullable: true, description: 'Periods starting on or after this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field(() => String, { nullable: true, description: 'Periods starting on or before this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  to?: string;
}

@InputType({ description: '登记其他执法信息类型 declare a kind with the JSON Schema of its payloads (admin)' })
export class OtherInfoKindInput {
  @Field()
  @Matches(/^[a-z][a-z0-9-]{1,49}$/, { message: 'must be 2-50 lower-case letters, digits or dashes' })
  code!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  @IsNotBlank()
  name!: string;

  @Field(() => GraphQLJSON)
  @IsObject()
  jsonSchema!: Record<string, unknown>;
}

@InputType({ description: '其他执法信息 as the unit publishes it' })
export class OtherEnforcementInfoInput {
  @Field()
  @Matches(SOURCE_ID_PATTERN, SOURCE_ID)
  sourceId!: string;

  @Field()
  @Matches(/^[a-z][a-z0-9-]{1,49}$/, { message: 'must be a declared kind code' })
  kindCode!: string;

  @Field()
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTownshipCode()
  townshipCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode?: string | null;

  @Field(() => GraphQLJSON, { description: 'Must meet the JSON Schema declared for the kind.' })
  @IsObject()
  payload!: Record<string, unknown>;
}

@ArgsType()
export class PublishOtherInfoBatchArgs extends PublishBatchArgs(OtherEnforcementInfoInput) {}

@ArgsType()
export class OtherEnforcementInfoArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  kindCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTownshipCode()
  townshipCode?: string;
}
