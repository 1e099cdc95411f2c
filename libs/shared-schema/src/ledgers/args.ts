import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../pagination/connection';
import { PublishBatchArgs } from '../records/publish-batch.args';
import { LedgerEntryKind } from './enums';
import { LedgerEntryInput } from './inputs';
import { DateFilter } from '../records/filters';

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

  @DateFilter('Periods starting on or after this date (YYYY-MM-DD).')
  from?: string;

  @DateFilter('Periods starting on or before this date (YYYY-MM-DD).', 'from')
  to?: string;
}
