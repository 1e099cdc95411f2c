import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { DeprecatedLedgerDefinition, StatisticsArgs, StatisticsDefinition } from '../statistics/args';
import { StatisticsSource } from '../statistics/enums';
import { StatisticsFilterInput } from '../statistics/inputs';
import { SupervisionExportInput } from '../supervision/inputs';
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

  @StatisticsDefinition('Export these statistics …')
  statistics?: StatisticsArgs | null;

  @DeprecatedLedgerDefinition()
  ledger?: StatisticsArgs | null;

  @Field(() => RecordExportInput, {
    nullable: true,
    description: '… or these records (exactly one of `statistics`, `ledger` and `records`).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordExportInput)
  records?: RecordExportInput | null;

  @Field(() => SupervisionExportInput, {
    nullable: true,
    description:
      '… or a supervision table (督查, SUPERVISOR and ADMIN only; exactly one of `statistics`, `ledger`, `records` and `supervision`).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupervisionExportInput)
  supervision?: SupervisionExportInput | null;
}
