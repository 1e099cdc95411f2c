import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Deadline } from '../deadlines/model';
import { LifecycleStep } from '../lifecycle/model';
import { Paginated } from '../pagination/connection';
import { SharedRecord } from '../records/model';
import { ComplaintAction, ComplaintChannel, ComplaintOutcome, ComplaintStatus } from './enums';

@ObjectType({ description: '举报投诉 the shared record of a report, complaint, appeal or petition (§4(1)6)' })
export class ComplaintRecord extends SharedRecord {
  @Field(() => ComplaintChannel)
  channel!: ComplaintChannel;

  @Field({ description: '受理时间 received at' })
  receivedAt!: Date;

  @Field(() => String, { nullable: true, description: '举报人 reporter name (confidential: masked unless the reader handles it)' })
  reporterName!: string | null;

  @Field(() => String, { nullable: true, description: '举报人电话 reporter phone (confidential)' })
  reporterPhone!: string | null;

  @Field(() => String, { nullable: true, description: '举报人身份证号 reporter ID number (confidential)' })
  reporterIdNumber!: string | null;

  @Field(() => String, { nullable: true, description: '被举报对象 the party complained about' })
  subjectName!: string | null;

  @Field(() => String, { nullable: true, description: '被举报对象统一社会信用代码' })
  subjectUscc!: string | null;

  @Field(() => String, { nullable: true })
  matterCode!: string | null;

  @Field(() => String, { nullable: true })
  townshipCode!: string | null;

  @Field({ description: '内容摘要 summary' })
  summary!: string;

  @Field({ description: '承办单位 unit handling it (first receiver unless transferred, §4(2))' })
  handlingUnitCode!: string;

  @Field(() => ComplaintStatus)
  status!: ComplaintStatus;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => ComplaintOutcome, { nullable: true, description: '办理结果 the outcome, once decided (§4(2)).' })
  outcome!: ComplaintOutcome | null;

  @Field(() => String, {
    nullable: true,
    description: '办理记录 where the person was directed, or the answer given to the person (§4(2)).',
  })
  outcomeNote!: string | null;

  @Field(() => ID, { nullable: true, description: '处罚决定 the penalty decision of a case filed on it.' })
  penaltyId!: string | null;

  @Field(() => ID, { nullable: true, description: '案件移送 the case transfer it was handed off by.' })
  transferId!: string | null;

  @Field(() => ID, { nullable: true, description: '重复举报 the first report of the same matter about the same party it repeats.' })
  duplicateOf!: string | null;
}

@ObjectType({ description: '举报投诉办理详情 a complaint with its steps, deadlines and repeats (§4(2))' })
export class ComplaintDetail extends ComplaintRecord {
  @Field(() => [LifecycleStep])
  steps!: LifecycleStep[];

  @Field(() => [Deadline], { description: '期限 its initial-check and answer deadlines, per channel.' })
  deadlines!: Deadline[];

  @Field({ description: '逾期 a deadline of it was marked overdue (also when met late).' })
  overdue!: boolean;

  @Field(() => [ID], { description: '重复举报 the later reports linked to this one as repeats.' })
  repeats!: string[];

  @Field(() => [ComplaintAction], { description: 'What the reader may do now.' })
  allowedActions!: ComplaintAction[];
}

@ObjectType({ description: '举报投诉办理期限 the periods of one channel, set by an administrator (§4(2))' })
export class ComplaintDeadlinePeriod {
  @Field(() => ComplaintChannel)
  channel!: ComplaintChannel;

  @Field(() => Int, { description: '初核期限 working days from receipt.' })
  initialCheckWorkingDays!: number;

  @Field(() => Int, { description: '答复期限 working days from receipt.' })
  answerWorkingDays!: number;
}

@ObjectType()
export class ComplaintRecordConnection extends Paginated(ComplaintRecord, 'ComplaintRecord') {}
