import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { SortOrder } from '../pagination/connection';
import { IsNotBlank } from '../validation/plausibility';
import { RecordCategory } from './enums';
import { SOURCE_ID_MESSAGE, SOURCE_ID_PATTERN } from './patterns';
import { DateFilter, IncludeRevokedFilter, PlaceAndMatterArgs, SortFilter } from './filters';

/** Filters every decision-dated record query shares (licences, penalties): place, matter, dates, order. */
@ArgsType()
export class DecisionRecordsArgs extends PlaceAndMatterArgs {
  @DateFilter('Decision date from (YYYY-MM-DD, inclusive).')
  decidedFrom?: string;

  @DateFilter('Decision date to (YYYY-MM-DD, inclusive).', 'decidedFrom')
  decidedTo?: string;

  @SortFilter('By decision date.')
  sort: SortOrder = SortOrder.NEWEST_FIRST;

  @IncludeRevokedFilter('Include records the publisher revoked.')
  includeRevoked: boolean = false;
}

/** A record by its category and the hub's id. */
@ArgsType()
export class RecordRefArgs {
  @Field(() => RecordCategory)
  @IsEnum(RecordCategory)
  category!: RecordCategory;

  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class RevokeRecordArgs extends RecordRefArgs {
  @Field({ description: '撤回原因 why the record is withdrawn; it stays, marked revoked' })
  @IsString()
  @Length(2, 500)
  @IsNotBlank()
  reason!: string;
}

@ArgsType()
export class ReinstateRecordArgs {
  @Field(() => RecordCategory)
  @IsEnum(RecordCategory)
  category!: RecordCategory;

  @Field(() => ID, { nullable: true, description: "The hub's id of the record; give it or `sourceId`." })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => String, { nullable: true, description: "Your unit's own record id (the one you publish with); give it or `id`." })
  @IsOptional()
  @Matches(SOURCE_ID_PATTERN, SOURCE_ID_MESSAGE)
  sourceId?: string;

  @Field({ description: '恢复原因 why the withdrawn record is valid again (kept in its history and the audit trail)' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}
