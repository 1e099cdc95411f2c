import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, Matches } from 'class-validator';
import { PageArgs, SortOrder } from '../pagination/connection';
import { IsCalendarDate, IsTownshipCode } from '../validation/decorators';
import { IsNotBefore } from '../validation/plausibility';
import { MATTER_CODE_PATTERN } from './patterns';

/** Filters every decision-dated record query shares (licences, penalties): place, matter, dates, order. */
@ArgsType()
export class DecisionRecordsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTownshipCode()
  townshipCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode?: string;

  @Field(() => String, { nullable: true, description: 'Decision date from (YYYY-MM-DD, inclusive).' })
  @IsOptional()
  @IsCalendarDate()
  decidedFrom?: string;

  @Field(() => String, { nullable: true, description: 'Decision date to (YYYY-MM-DD, inclusive).' })
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('decidedFrom')
  decidedTo?: string;

  @Field(() => SortOrder, { defaultValue: SortOrder.NEWEST_FIRST, description: 'By decision date.' })
  @IsEnum(SortOrder)
  sort: SortOrder = SortOrder.NEWEST_FIRST;

  @Field({ defaultValue: false, description: 'Include records the publisher revoked.' })
  @IsBoolean()
  includeRevoked: boolean = false;
}
