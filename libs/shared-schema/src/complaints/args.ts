import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PageArgs, SortOrder } from '../pagination/connection';
import { MATTER_CODE_PATTERN } from '../records/patterns';
import { PublishBatchArgs } from '../records/publish-batch.args';
import { IsCalendarDate, IsTownshipCode, IsUscc } from '../validation/decorators';
import { IsNotBefore, IsNotBlank } from '../validation/plausibility';
import { ComplaintStatus } from './enums';
import { ComplaintRecordInput } from './inputs';

@ArgsType()
export class PublishComplaintBatchArgs extends PublishBatchArgs(ComplaintRecordInput) {}

@ArgsType()
export class ComplaintRecordsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUscc()
  subjectUscc?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 50)
  @IsNotBlank()
  subjectNameContains?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  handlingUnitCode?: string;

  @Field(() => ComplaintStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ComplaintStatus)
  status?: ComplaintStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTownshipCode()
  townshipCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode?: string;

  @Field(() => String, { nullable: true, description: 'Received on or after this date (YYYY-MM-DD, Asia/Shanghai).' })
  @IsOptional()
  @IsCalendarDate()
  receivedFrom?: string;

  @Field(() => String, { nullable: true, description: 'Received on or before this date (YYYY-MM-DD, Asia/Shanghai).' })
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('receivedFrom')
  receivedTo?: string;

  @Field(() => SortOrder, { defaultValue: SortOrder.NEWEST_FIRST, description: 'By time received.' })
  @IsEnum(SortOrder)
  sort: SortOrder = SortOrder.NEWEST_FIRST;

  @Field({ defaultValue: false, description: 'Only those not yet answered or closed.' })
  @IsBoolean()
  openOnly: boolean = false;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeRevoked: boolean = false;
}
