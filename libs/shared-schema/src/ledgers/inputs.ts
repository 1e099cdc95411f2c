import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsObject, IsOptional, IsString, Length, Matches } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { SOURCE_ID_MESSAGE, SOURCE_ID_PATTERN } from '../records/patterns';
import { UNIT_CODE_PATTERN } from '../units/inputs';
import { IsBegunPeriod, IsNotBlank } from '../validation/plausibility';
import { LedgerEntryKind } from './enums';

export const PERIOD_PATTERN = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

@InputType({ description: '台账 a statistic or work summary as the unit publishes it' })
export class LedgerEntryInput {
  @Field()
  @Matches(SOURCE_ID_PATTERN, SOURCE_ID_MESSAGE)
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
