import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../pagination/connection';
import { SharingGapKind } from './enums';

/**
 * What a supervisor follows to check a gap: the ids and numbers of the records behind it. Each kind fills
 * the fields it has (the others are null).
 */
@ObjectType({ description: '共享缺失证据 the evidence of a sharing gap' })
export class SharingGapEvidence {
  @Field(() => String, { nullable: true, description: '信息类别 the §4(1) category (PUBLISHER_SILENT, NORMATIVE_UNACKNOWLEDGED)' })
  category!: string | null;

  @Field(() => String, { nullable: true, description: '最后推送日 the Shanghai date of the last push (PUBLISHER_SILENT)' })
  lastPushDate!: string | null;

  @Field(() => Int, { nullable: true, description: '历史推送天数 push days the usual interval was learnt from (PUBLISHER_SILENT)' })
  pushDays!: number | null;

  @Field(() => Int, { nullable: true, description: '通常间隔 the learnt usual interval in working days (PUBLISHER_SILENT)' })
  usualIntervalWorkingDays!: number | null;

  @Field(() => Int, { nullable: true, description: '中断阈值 silence beyond this many working days is a gap (PUBLISHER_SILENT)' })
  thresholdWorkingDays!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '已中断工作日 working days since the last push day, or since the event (PUBLISHER_SILENT, NORMATIVE_UNACKNOWLEDGED)',
  })
  silenceWorkingDays!: number | null;

  @Field(() => String, { nullable: true, description: '处罚决定 id of the penalty decision (UNPUBLISHED_LICENCE)' })
  penaltyId!: string | null;

  @Field(() => String, { nullable: true, description: '决定书文号 the penalty decision number (UNPUBLISHED_LICENCE)' })
  decisionNumber!: string | null;

  @Field(() => String, { nullable: true, description: '许可证号 the licence number named (UNPUBLISHED_LICENCE)' })
  licenceNumber!: string | null;

  @Field(() => String, { nullable: true, description: '移送 id of the case transfer (RESULT_NOT_REPORTED)' })
  transferId!: string | null;

  @Field(() => String, { nullable: true, description: '举报投诉 id of the complaint (RESULT_NOT_REPORTED)' })
  complaintId!: string | null;

  @Field(() => String, { nullable: true, description: '期限 id of the deadline that passed (RESULT_NOT_REPORTED)' })
  deadlineId!: string | null;

  @Field(() => Date, { nullable: true, description: '期限届满 when the deadline fell due (RESULT_NOT_REPORTED, NORMATIVE_UNACKNOWLEDGED)' })
  dueAt!: Date | null;

  @Field(() => String, { nullable: true, description: '状态 the transfer or complaint state (RESULT_NOT_REPORTED)' })
  state!: string | null;

  @Field(() => String, { nullable: true, description: '规范性文件 id of the normative document (NORMATIVE_UNACKNOWLEDGED)' })
  documentId!: string | null;

  @Field(() => String, { nullable: true, description: '事件 id of the change event (NORMATIVE_UNACKNOWLEDGED)' })
  eventId!: string | null;

  @Field(() => String, { nullable: true, description: '事件位置 position of the event in the change log (NORMATIVE_UNACKNOWLEDGED)' })
  eventPosition!: string | null;

  @Field(() => [String], {
    nullable: true,
    description: '订阅 the town’s active subscriptions and their positions, "id@position" (NORMATIVE_UNACKNOWLEDGED)',
  })
  subscriptions!: string[] | null;
}

@ObjectType({ description: '情况说明 a supervisor’s explanation of a gap' })
export class SharingGapExplanation {
  @Field({ description: '说明 the note' })
  note!: string;

  @Field({ description: '说明人 who explained it' })
  explainedBy!: string;

  @Field({ description: '说明时间' })
  explainedAt!: Date;
}

@ObjectType({ description: '共享缺失 应共享未共享 a failure to share that no one reported (§6(3))' })
export class SharingGap {
  @Field({ description: 'Stable identity: kind and subject key; an explanation sticks to it.' })
  id!: string;

  @Field(() => SharingGapKind)
  kind!: SharingGapKind;

  @Field({ description: '责任单位 the unit that failed to share' })
  unitCode!: string;

  @Field(() => String, { nullable: true, description: '单位名称' })
  unitName!: string | null;

  @Field({ description: '日期 the Shanghai date the gap arose (YYYY-MM-DD)' })
  date!: string;

  @Field({ description: '说明 what is missing, in words' })
  summary!: string;

  @Field(() => SharingGapEvidence)
  evidence!: SharingGapEvidence;

  @Field({ description: '已说明 whether a supervisor explained it' })
  explained!: boolean;

  @Field(() => SharingGapExplanation, { nullable: true })
  explanation!: SharingGapExplanation | null;
}

@ObjectType()
export class SharingGapConnection extends Paginated(SharingGap, 'SharingGap') {}
