import { RequiredText } from '../validation/input-fields';
import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { MATTER_CODE_PATTERN, SOURCE_ID_MESSAGE, SOURCE_ID_PATTERN } from '../records/patterns';
import { IsCalendarDate, IsResidentId, IsUscc } from '../validation/decorators';
import { IsNotBlank, IsPastDate } from '../validation/plausibility';
import { ExecutionStatus, MeasureKind } from './enums';

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

@InputType({ description: '处罚信息 a penalty or compulsory measure as the town publishes it' })
export class PenaltyDecisionInput {
  @Field({ description: "The town system's own id of the case decision: re-sending it is idempotent." })
  @Matches(SOURCE_ID_PATTERN, SOURCE_ID_MESSAGE)
  sourceId!: string;

  @Field(() => MeasureKind)
  @IsEnum(MeasureKind)
  measureKind!: MeasureKind;

  @RequiredText(100)
  decisionNumber!: string;

  @RequiredText(200)
  partyName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUscc()
  partyUscc?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsResidentId()
  partyIdNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{5,30}$/, { message: 'must be a telephone number' })
  partyPhone?: string | null;

  @Field()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode!: string;

  @RequiredText(5000)
  facts!: string;

  @RequiredText(2000)
  legalBasis!: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  @IsNotBlank({ each: true })
  penaltyKinds!: string[];

  @Field({ defaultValue: '0', description: 'Yuan, up to two decimals, e.g. "5000.00".' })
  @Matches(AMOUNT, { message: 'must be an amount in yuan with at most two decimals' })
  fineAmount: string = '0';

  @Field({ defaultValue: '0' })
  @Matches(AMOUNT, { message: 'must be an amount in yuan with at most two decimals' })
  confiscationAmount: string = '0';

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  @IsPastDate()
  decisionDate!: string;

  @Field(() => ExecutionStatus)
  @IsEnum(ExecutionStatus)
  executionStatus!: ExecutionStatus;

  @Field(() => String, {
    nullable: true,
    description: '涉及的许可证号 the licence the decision concerns (§4(1)2): the licensing department must have published it.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @IsNotBlank()
  licenceNumber?: string | null;
}
