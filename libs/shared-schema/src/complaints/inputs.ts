import { RequiredText } from '../validation/input-fields';
import { LifecycleActionFields } from '../lifecycle/inputs';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { CreateTransferInput } from '../transfers/inputs';
import { MATTER_CODE_PATTERN, SOURCE_ID_MESSAGE, SOURCE_ID_PATTERN } from '../records/patterns';
import { UNIT_CODE_PATTERN } from '../units/inputs';
import { IsResidentId, IsTownshipCode, IsUscc } from '../validation/decorators';
import { IsNotBefore, IsNotBlank, IsPastDateTime } from '../validation/plausibility';
import { ComplaintChannel, ComplaintStatus } from './enums';

@InputType({ description: '举报投诉 the shared record of a report or complaint as the receiving unit publishes it' })
export class ComplaintRecordInput {
  @Field()
  @Matches(SOURCE_ID_PATTERN, SOURCE_ID_MESSAGE)
  sourceId!: string;

  @Field(() => ComplaintChannel)
  @IsEnum(ComplaintChannel)
  channel!: ComplaintChannel;

  @Field()
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  @IsPastDateTime()
  receivedAt!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @IsNotBlank()
  reporterName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{5,30}$/, { message: 'must be a telephone number' })
  reporterPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsResidentId()
  reporterIdNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @IsNotBlank()
  subjectName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUscc()
  subjectUscc?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTownshipCode()
  townshipCode?: string | null;

  @RequiredText(5000)
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Unit handling it; the publisher (first receiver, §4(2)) when left out.' })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN, { message: 'must be a unit code' })
  handlingUnitCode?: string | null;

  @Field(() => ComplaintStatus)
  @IsEnum(ComplaintStatus)
  status!: ComplaintStatus;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  @IsPastDateTime()
  @IsNotBefore('receivedAt')
  closedAt?: Date | null;
}

@InputType({ description: '举报投诉办理 an action on a complaint with its note and the evidence named (§4(2))' })
export class ComplaintActionInput extends LifecycleActionFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a complaint id' })
  id!: string;
}

@InputType({ description: '告知非本单位职能 clearly not our function: where the person was directed (§4(2) first paragraph)' })
export class RedirectComplaintInput extends ComplaintActionInput {
  @Field(() => String, { nullable: true, description: '告知去向 the unit or channel the person was directed to (required).' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  directedTo?: string | null;
}

@InputType({ description: '答复（未发现违法） no violation found after initial checking: the answer given to the person (§4(2))' })
export class AnswerComplaintInput extends ComplaintActionInput {
  @Field(() => String, { nullable: true, description: '答复内容 the answer given to the person (required).' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  answer?: string | null;
}

@InputType({ description: '立案 / 办结 a case filed by the owner within its powers, and its close (§4(2))' })
export class FileComplaintInput extends ComplaintActionInput {
  @Field(() => ID, { nullable: true, description: '处罚决定 the penalty decision published for the case, once there is one.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a penalty decision id' })
  penaltyId?: string | null;
}

@InputType({ description: '移送 transfer a complaint in writing: the case transfer it becomes (§4(2), §4(3))' })
export class TransferComplaintInput extends ComplaintActionInput {
  @Field(() => CreateTransferInput, { description: '案件移送 the case transfer drafted from the complaint.' })
  @ValidateNested()
  @Type(() => CreateTransferInput)
  transfer!: CreateTransferInput;
}
