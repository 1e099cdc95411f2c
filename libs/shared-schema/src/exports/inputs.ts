import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { StatisticsArgs } from '../statistics/args';
import { StatisticsSource } from '../statistics/enums';
import { StatisticsFilterInput } from '../statistics/inputs';
import { ExportFormat } from './enums';

@InputType({ description: '记录导出 the records of one category matching a filter' })
export class RecordExportInput {
  @Field(() => StatisticsSource, { description: 'A single category (not ALL).' })
  @IsEnum(StatisticsSource)
  source!: StatisticsSource;

  @Field(() => StatisticsFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StatisticsFilterInput)
  filter?: StatisticsFilterInput | null;
}

@InputType({ description: '申请导出 statistics or records as a spreadsheet; runs as a job' })
export class RequestExportInput {
  @Field(() => ExportFormat)
  @IsEnum(ExportFormat)
  format!: ExportFormat;

  @Field(() => StatisticsArgs, { nullable: true, description: 'Export these statistics …' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StatisticsArgs)
  statistics?: StatisticsArgs | null;

  @Field(() => StatisticsArgs, {
    nullable: true,
    description: "The first release's name of `statistics`.",
    deprecationReason: 'Use `statistics`: 台账 (ledger) names the §4(1)4 ledger entries (`ledgerEntries`). Kept for one release.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => StatisticsArgs)
  ledger?: StatisticsArgs | null;

  @Field(() => RecordExportInput, {
    nullable: true,
    description: '… or these records (exactly one of `statistics`, `ledger` and `records`).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordExportInput)
  records?: RecordExportInput | null;
}
