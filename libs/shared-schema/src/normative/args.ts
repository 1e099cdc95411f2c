import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { PageArgs, SortOrder } from '../pagination/connection';
import { PublishBatchArgs } from '../records/publish-batch.args';
import { NormativeKind } from './enums';
import { NormativeDocumentInput } from './inputs';
import { DateFilter, IncludeRevokedFilter, MatterCodeFilter, SortFilter } from '../records/filters';

@ArgsType()
export class PublishNormativeBatchArgs extends PublishBatchArgs(NormativeDocumentInput) {}

@ArgsType()
export class NormativeDocumentsArgs extends PageArgs {
  @MatterCodeFilter()
  matterCode?: string;

  @Field(() => NormativeKind, { nullable: true })
  @IsOptional()
  @IsEnum(NormativeKind)
  kind?: NormativeKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  publisherCode?: string;

  @SortFilter('By effective date.')
  sort: SortOrder = SortOrder.NEWEST_FIRST;

  @DateFilter('Only documents in force on this date (YYYY-MM-DD).')
  inForceOn?: string;

  @IncludeRevokedFilter()
  includeRevoked: boolean = false;
}
