import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { LedgerArgs } from '../statistics/args';
import { LedgerSource } from '../statistics/enums';
import { LedgerFilterInput } from '../statistics/inputs';
import { ExportFormat } from './enums';

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
