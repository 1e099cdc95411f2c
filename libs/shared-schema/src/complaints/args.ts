import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { SortOrder } from '../pagination/connection';
import { PublishBatchArgs } from '../records/publish-batch.args';
import { IsUscc } from '../validation/decorators';
import { IsNotBlank } from '../validation/plausibility';
import { ComplaintChannel, ComplaintStatus } from './enums';
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

  @Field(() => Boolean, {
    nullable: true,
    description: '逾期 only complaints with (true) or without (false) a deadline marked overdue, met late or not yet met.',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @IncludeRevokedFilter()
  includeRevoked: boolean = false;
}

@ArgsType()
export class ComplaintIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a complaint id' })
  id!: string;
}

@ArgsType()
export class SetComplaintDeadlinesArgs {
  @Field(() => ComplaintChannel)
  @IsEnum(ComplaintChannel)
  channel!: ComplaintChannel;

  @Field(() => Int, { description: '初核期限 working days from receipt for the initial check.' })
  @IsInt()
  @Min(1)
  @Max(120)
  initialCheckWorkingDays!: number;

  @Field(() => Int, { description: '答复期限 working days from receipt for the answer to the person.' })
  @IsInt()
  @Min(1)
  @Max(120)
  answerWorkingDays!: number;
}
