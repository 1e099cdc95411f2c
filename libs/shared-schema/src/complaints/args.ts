import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { SortOrder } from '../pagination/connection';
import { PublishBatchArgs } from '../records/publish-batch.args';
import { IsUscc } from '../validation/decorators';
import { IsNotBlank } from '../validation/plausibility';
import { ComplaintStatus } from './enums';
import { ComplaintRecordInput } from './inputs';
import { DateFilter, IncludeRevokedFilter, PlaceAndMatterArgs, SortFilter } from '../records/filters';

@ArgsType()
export class PublishComplaintBatchArgs extends PublishBatchArgs(ComplaintRecordInput) {}

@ArgsType()
export class ComplaintRecordsArgs extends PlaceAndMatterArgs {
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

  @DateFilter('Received on or after this date (YYYY-MM-DD, Asia/Shanghai).')
  receivedFrom?: string;

  @DateFilter('Received on or before this date (YYYY-MM-DD, Asia/Shanghai).', 'receivedFrom')
  receivedTo?: string;

  @SortFilter('By time received.')
  sort: SortOrder = SortOrder.NEWEST_FIRST;

  @Field({ defaultValue: false, description: 'Only those not yet answered or closed.' })
  @IsBoolean()
  openOnly: boolean = false;

  @IncludeRevokedFilter()
  includeRevoked: boolean = false;
}
