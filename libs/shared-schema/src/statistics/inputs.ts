import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, Matches } from 'class-validator';
import { MATTER_CODE_PATTERN } from '../records/patterns';
import { UNIT_CODE_PATTERN } from '../units/inputs';
import { IsCalendarDate } from '../validation/decorators';
import { IsNotBefore } from '../validation/plausibility';
import { STATISTICS_GRAPHQL_NAMES } from './enums';

@InputType(STATISTICS_GRAPHQL_NAMES.filter, {
  description: '统计筛选 which records the statistics count: as the record queries filter them',
})
export class StatisticsFilterInput {
  @Field(() => String, { nullable: true, description: "From this Shanghai date (inclusive), on the source's date." })
  @IsOptional()
  @IsCalendarDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this Shanghai date (inclusive).' })
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  to?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(/^\d{9}$/, { each: true, message: 'each must be a 9-digit township code' })
  townshipCodes?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(UNIT_CODE_PATTERN, { each: true, message: 'each must be a unit code' })
  publisherCodes?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @Matches(MATTER_CODE_PATTERN, { each: true, message: 'each must be a matter code' })
  matterCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'Status values as the STATUS dimension reports them.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[A-Z_]{2,30}$/, { each: true, message: 'each must be a status such as VALID' })
  statuses?: string[];

  @Field({ defaultValue: false, description: 'Count revoked records too (the record queries leave them out).' })
  @IsBoolean()
  includeRevoked: boolean = false;
}
