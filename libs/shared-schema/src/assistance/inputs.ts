import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { LedgerEntryKind } from '../ledgers/enums';
import { ExecutionStatus } from '../penalties/enums';
import { LedgerEntryInput, PERIOD_PATTERN } from '../ledgers/inputs';
import { UNIT_CODE_PATTERN } from '../units/inputs';
import { IsCalendarDate } from '../validation/decorators';
import { LifecycleActionFields } from '../lifecycle/inputs';
import { RequiredText } from '../validation/input-fields';
import { IsNotBlank, IsPastDateTime } from '../validation/plausibility';
import { AssistanceKind } from './enums';

const GROUND_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
/** §4(5): what a court's answer makes of the decision's execution. */
export const COURT_EXECUTION_STATUSES: readonly ExecutionStatus[] = ['IN_PROGRESS', 'EXECUTED', 'SUSPENDED', 'TERMINATED'];

@InputType({ description: '发出协助请求 a request to another unit (§5)' })
export class CreateAssistanceRequestInput {
  @Field(() => AssistanceKind)
  @IsEnum(AssistanceKind)
  kind!: AssistanceKind;

  @Field({ description: '被请求方 the unit asked.' })
  @Matches(UNIT_CODE_PATTERN, { message: 'must be a unit code' })
  requestedUnitCode!: string;

  @RequiredText(200, '事由 what is asked for, in a line.')
  subject!: string;

  @RequiredText(5000, '详细说明 the request in full (in writing, §5).')
  details!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: '紧急 urgent: the requested unit sends someone on site (§5(2)); omitted: false, for police support true (§4(5)).',
  })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean | null;

  @Field({ defaultValue: false, description: '证据可能灭失 evidence at risk: the requested unit sends someone on site (§5(2)).' })
  @IsBoolean()
  evidenceAtRisk: boolean = false;

  @Field(() => LedgerEntryKind, {
    nullable: true,
    description: '台账类型 the kind of ledger material asked for (a DATA_REQUEST: required).',
  })
  @IsOptional()
  @IsEnum(LedgerEntryKind)
  ledgerKind?: LedgerEntryKind | null;

  @Field(() => String, { nullable: true, description: '期间 the period asked for: 2026, 2026-Q1 or 2026-03 (a DATA_REQUEST: required).' })
  @IsOptional()
  @Matches(PERIOD_PATTERN, { message: 'must be a year (2026), a quarter (2026-Q1) or a month (2026-03)' })
  period?: string | null;

  @Field(() => Date, { nullable: true, description: '执法行动时间 when the enforcement action takes place (a POLICE_SUPPORT: required).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  actionAt?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: '处罚决定 the penalty decision whose compulsory execution is applied for (a COURT_ENFORCEMENT: required).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a penalty decision id' })
  penaltyId?: string | null;

  @Field(() => String, { nullable: true, description: '执法行动地点 where it takes place (a POLICE_SUPPORT: required).' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  place?: string | null;
}

@InputType({ description: '协助请求操作 an action with a note and evidence files' })
export class AssistanceActionInput extends LifecycleActionFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assistance request id' })
  id!: string;
}

@InputType({ description: '派员到场 who the requested unit sent on site, and when (§5(2))' })
export class RecordOnSiteInput extends AssistanceActionInput {
  @RequiredText(200, '到场人员 the person (or persons) sent.')
  person!: string;

  @Field({ description: '到场时间 when they were on site.' })
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  @IsPastDateTime()
  arrivedAt!: Date;
}

@InputType({ description: '延期答复 announce a longer period, with the expected date, before the due date (§5(2))' })
export class ExtendAssistanceInput extends AssistanceActionInput {
  @Field({ description: '预计答复日期 the working day the answer is expected by (YYYY-MM-DD).' })
  @IsCalendarDate()
  expectedOn!: string;
}

@InputType({ description: '出具意见 the written opinion or appraisal (§5(2)); its files are the request’s evidence' })
export class AnswerAssistanceInput extends AssistanceActionInput {
  @RequiredText(20000, '书面意见 the written opinion or appraisal.')
  opinion!: string;
}

@InputType({ description: '派警 the officers the police dispatched, and when (§4(5))' })
export class RecordDispatchInput extends AssistanceActionInput {
  @RequiredText(300, '出警人员 the officers dispatched (names, badge numbers).')
  officers!: string;

  @Field({ description: '出警时间 when they were dispatched.' })
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  @IsPastDateTime()
  dispatchedAt!: Date;
}

@InputType({ description: '法院答复 the court’s answer to an application for compulsory execution (§4(5))' })
export class CourtAnswerInput extends AssistanceActionInput {
  @Field(() => ExecutionStatus, {
    description: '执行情况 the decision’s execution status after the answer: IN_PROGRESS (准予执行), EXECUTED, SUSPENDED or TERMINATED.',
  })
  @IsIn(COURT_EXECUTION_STATUSES, { message: `must be one of ${COURT_EXECUTION_STATUSES.join(', ')}` })
  executionStatus!: ExecutionStatus;

  @RequiredText(5000, '裁定 the court’s ruling or notice, in words.')
  ruling!: string;
}

@InputType({ description: '报送台账 answer a data request by publishing ledger entries linked to it (§4(1)4)' })
export class SupplyLedgerInput extends AssistanceActionInput {
  @Field(() => [LedgerEntryInput], {
    description: 'The entries, of the kind and period asked for; published as the town’s ledger (§4(1)4).',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => LedgerEntryInput)
  entries!: LedgerEntryInput[];
}

@InputType({ description: '拒绝提供 refuse on a legal ground from the admins’ list, with an explanation (§5(1))' })
export class RefuseAssistanceInput extends AssistanceActionInput {
  @Field(() => String, { nullable: true, description: '法定理由 the code of the legal ground (refusalGrounds); required.' })
  @IsOptional()
  @Matches(GROUND_CODE, { message: 'must be a refusal ground code' })
  groundCode?: string | null;
}

@InputType({ description: '新增拒绝理由 a legal ground requested units may refuse on (§5(1))' })
export class RefusalGroundInput {
  @Field({ description: 'Stable code, e.g. STATE_SECRET.' })
  @Matches(GROUND_CODE, { message: 'must be upper-case letters, digits and _' })
  code!: string;

  @RequiredText(100, '理由 the ground in words.')
  name!: string;

  @RequiredText(500, '法律依据 the law it rests on.')
  legalBasis!: string;
}

@InputType({ description: '启用/停用拒绝理由 offer a ground to requested units, or retire it' })
export class SetRefusalGroundActiveInput {
  @Field()
  @Matches(GROUND_CODE, { message: 'must be a refusal ground code' })
  code!: string;

  @Field()
  @IsBoolean()
  active!: boolean;
}
