import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ExportFormat, LedgerDimension, LedgerMeasure, LedgerPeriod, LedgerSource } from '../enums/statistics.enums';
import { IsCalendarDate } from '../validation/decorators';
import { IsNotBefore } from '../validation/plausibility';
import { MATTER_CODE_PATTERN } from './patterns';
import { UNIT_CODE_PATTERN } from './unit.inputs';

@InputType({ description: '统计筛选 which records a ledger counts: as the record queries filter them' })
export class LedgerFilterInput {
  @Field(() => String, { nullable: true, description: "From this Shanghai date (inclusive), on the source's date." })
  @IsOptional()
  @IsCalendarDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this Shanghai date (inclusive).' })
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  to?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(/^\d{9}$/, { each: true, message: 'each must be a 9-digit township code' })
  townshipCodes?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(UNIT_CODE_PATTERN, { each: true, message: 'each must be a unit code' })
  publisherCodes?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @Matches(MATTER_CODE_PATTERN, { each: true, message: 'each must be a matter code' })
  matterCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'Status values as the STATUS dimension reports them.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[A-Z_]{2,30}$/, { each: true, message: 'each must be a status such as VALID' })
  statuses?: string[];

  @Field({ defaultValue: false, description: 'Count revoked records too (the record queries leave them out).' })
  @IsBoolean()
  includeRevoked: boolean = false;
}

/** The same definition serves the `ledger` query (arguments) and exports and saved reports (input). */
@InputType('LedgerDefinitionInput', { description: '统计定义 a ledger: source, grouping, period, measures, filter' })
@ArgsType()
export class LedgerArgs {
  @Field(() => LedgerSource)
  @IsEnum(LedgerSource)
  source!: LedgerSource;

  @Field(() => [LedgerDimension], { defaultValue: [], description: 'Up to 4 dimensions.' })
  @ArrayMaxSize(4)
  @IsEnum(LedgerDimension, { each: true })
  groupBy: LedgerDimension[] = [];

  @Field(() => LedgerPeriod, { nullable: true, description: "Also group by this period of the source's date." })
  @IsOptional()
  @IsEnum(LedgerPeriod)
  period?: LedgerPeriod | null;

  @Field(() => [LedgerMeasure], { defaultValue: [LedgerMeasure.COUNT] })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(LedgerMeasure, { each: true })
  measures: LedgerMeasure[] = [LedgerMeasure.COUNT];

  @Field(() => LedgerFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LedgerFilterInput)
  filter?: LedgerFilterInput | null;
}

@InputType({ description: '记录导出 the records of one category matching a filter' })
export class RecordExportInput {
  @Field(() => LedgerSource, { description: 'A single category (not ALL).' })
  @IsEnum(LedgerSource)
  source!: LedgerSource;

  @Field(() => LedgerFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LedgerFilterInput)
  filter?: LedgerFilterInput | null;
}

@InputType({ description: '申请导出 a ledger or records as a spreadsheet; runs as a job' })
export class RequestExportInput {
  @Field(() => ExportFormat)
  @IsEnum(ExportFormat)
  format!: ExportFormat;

  @Field(() => LedgerArgs, { nullable: true, description: 'Export this ledger …' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LedgerArgs)
  ledger?: LedgerArgs | null;

  @Field(() => RecordExportInput, { nullable: true, description: '… or these records (exactly one of the two).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordExportInput)
  records?: RecordExportInput | null;
}
