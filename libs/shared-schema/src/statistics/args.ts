import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { LedgerDimension, LedgerMeasure, LedgerPeriod, LedgerSource } from './enums';
import { LedgerFilterInput } from './inputs';

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
