import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { STATISTICS_GRAPHQL_NAMES, StatisticsDimension, StatisticsMeasure, StatisticsPeriod, StatisticsSource } from './enums';
import { StatisticsFilterInput } from './inputs';

/** The same definition serves the `statistics` query (arguments) and exports and saved reports (input). */
@InputType(STATISTICS_GRAPHQL_NAMES.definition, { description: '统计定义 statistics: source, grouping, period, measures, filter' })
@ArgsType()
export class StatisticsArgs {
  @Field(() => StatisticsSource)
  @IsEnum(StatisticsSource)
  source!: StatisticsSource;

  @Field(() => [StatisticsDimension], { defaultValue: [], description: 'Up to 4 dimensions.' })
  @ArrayMaxSize(4)
  @IsEnum(StatisticsDimension, { each: true })
  groupBy: StatisticsDimension[] = [];

  @Field(() => StatisticsPeriod, { nullable: true, description: "Also group by this period of the source's date." })
  @IsOptional()
  @IsEnum(StatisticsPeriod)
  period?: StatisticsPeriod | null;

  @Field(() => [StatisticsMeasure], { defaultValue: [StatisticsMeasure.COUNT] })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(StatisticsMeasure, { each: true })
  measures: StatisticsMeasure[] = [StatisticsMeasure.COUNT];

  @Field(() => StatisticsFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StatisticsFilterInput)
  filter?: StatisticsFilterInput | null;
}

/** An input's optional statistics definition (StatisticsArgs), validated as a whole. */
const definitionField = (options: { description: string; deprecationReason?: string }): PropertyDecorator =>
  applyDecorators(
    Field(() => StatisticsArgs, { nullable: true, ...options }),
    IsOptional(),
    ValidateNested(),
    Type(() => StatisticsArgs),
  );

/** The `statistics` field of an export or a saved report; `description` says what it is for there. */
export const StatisticsDefinition = (description: string): PropertyDecorator => definitionField({ description });

/** `ledger`: the first release's name of an input's `statistics` field, kept for one release. */
export const DeprecatedLedgerDefinition = (): PropertyDecorator =>
  definitionField({
    description: "The first release's name of `statistics`.",
    deprecationReason: 'Use `statistics`: 台账 (ledger) names the §4(1)4 ledger entries (`ledgerEntries`). Kept for one release.',
  });
