import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../pagination/connection';
import { PublishBatchArgs } from '../records/publish-batch.args';
import { IsCalendarDate } from '../validation/decorators';
import { IsNotBefore } from '../validation/plausibility';
import { LedgerEntryKind } from './enums';
import { LedgerEntryInput } from './inputs';

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
