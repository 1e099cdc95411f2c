import { RequiredText } from '../validation/input-fields';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
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
