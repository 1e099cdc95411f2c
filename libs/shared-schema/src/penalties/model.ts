import { Field, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../pagination/connection';
import { SharedRecord } from '../records/model';
import { ExecutionStatus, MeasureKind } from './enums';

@ObjectType({ description: '处罚信息 a town penalty or compulsory measure and its execution (§4(1)3)' })
export class PenaltyDecision extends SharedRecord {
  @Field(() => MeasureKind)
  measureKind!: MeasureKind;

  @Field({ description: '决定书文号 decision number' })
  decisionNumber!: string;

  @Field({ description: '当事人 party name' })
  partyName!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 party USCC' })
  partyUscc!: string | null;

  @Field(() => String, { nullable: true, description: '身份证号 party resident ID number (masked unless the reader needs it)' })
  partyIdNumber!: string | null;

  @Field(() => String, { nullable: true, description: '联系电话 party phone (masked unless the reader needs it)' })
  partyPhone!: string | null;

  @Field({ description: '事项编码 devolved matter code' })
  matterCode!: string;

  @Field({ description: '违法事实 facts' })
  facts!: string;

  @Field({ description: '处罚依据 legal basis' })
  legalBasis!: string;

  @Field(() => [String], { description: '处罚种类 penalty kinds, e.g. 警告, 罚款, 没收违法所得' })
  penaltyKinds!: string[];

  @Field({ description: '罚款金额 fine in yuan, exact decimal as a string' })
  fineAmount!: string;

  @Field({ description: '没收金额 confiscation in yuan, exact decimal as a string' })
  confiscationAmount!: string;

  @Field({ description: '决定日期 decision date (YYYY-MM-DD)' })
  decisionDate!: string;

  @Field(() => ExecutionStatus)
  executionStatus!: ExecutionStatus;

  @Field(() => String, { nullable: true, description: '涉及的许可证号 the licence number the decision concerns (§4(1)2)' })
  licenceNumber!: string | null;

  @Field({ description: '镇街 township that decided' })
  townshipCode!: string;
}

@ObjectType()
export class PenaltyDecisionConnection extends Paginated(PenaltyDecision, 'PenaltyDecision') {}
