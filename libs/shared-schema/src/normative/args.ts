import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, Matches, MaxLength } from 'class-validator';
import { PageArgs, SortOrder } from '../pagination/connection';
import { MATTER_CODE_PATTERN } from '../records/patterns';
import { PublishBatchArgs } from '../records/publish-batch.args';
import { IsCalendarDate } from '../validation/decorators';
import { NormativeKind } from './enums';
import { NormativeDocumentInput } from './inputs';

@ArgsType()
export class PublishNormativeBatchArgs extends PublishBatchArgs(NormativeDocumentInput) {}

@ArgsType()
export class NormativeDocumentsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode?: string;

  @Field(() => NormativeKind, { nullable: true })
  @IsOptional()
  @IsEnum(NormativeKind)
  kind?: NormativeKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  publisherCode?: string;

  @Field(() => SortOrder, { defaultValue: SortOrder.NEWEST_FIRST, description: 'By effective date.' })
  @IsEnum(SortOrder)
  sort: SortOrder = SortOrder.NEWEST_FIRST;

  @Field(() => String, { nullable: true, description: 'Only documents in force on this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  inForceOn?: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeRevoked: boolean = false;
}
