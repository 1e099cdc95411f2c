import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Deadline } from '../deadlines/model';
import { LifecycleStep, WorkflowItemFields } from '../lifecycle/model';
import { ActionItemAction, ActionItemState, JointMeetingAction, JointMeetingKind, JointMeetingLevel, JointMeetingState } from './enums';

@ObjectType({ description: '联席会议 a joint meeting body: the city’s (§4(4)) or a town’s with its stationed agencies (§4(4)3②)' })
export class JointMeetingBody {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'city, or the town’s township code.' })
  code!: string;

  @Field(() => JointMeetingLevel)
  level!: JointMeetingLevel;

  @Field()
  name!: string;

  @Field({
    description:
      '联席会议办公室 the unit that convenes it and records the minutes (the city: the office at the justice bureau; a town: itself).',
  })
  officeUnitCode!: string;

  @Field(() => [String], { description: '成员单位 its member units, kept as data (admins change them, audited).' })
  memberUnitCodes!: string[];

  @Field(() => Int, {
    description: '例行会议间隔（月） routine meetings "in principle every half year" (§4(4)2①): 6 unless set otherwise.',
  })
  routineIntervalMonths!: number;

  @Field(() => String, {
    nullable: true,
    description: '上次例行会议 the date of the latest routine meeting scheduled or held (not cancelled).',
  })
  lastRoutineMeetingOn!: string | null;

  @Field({
    description:
      '下次例行会议应召开日期 the latest routine meeting’s date plus the interval; today when none was ever scheduled (§4(4)2①).',
  })
  nextRoutineMeetingDueOn!: string;
}

@ObjectType({ description: '议题 a topic a member unit submitted for a meeting (§4(4)2)' })
export class JointMeetingTopic {
  @Field(() => ID)
  id!: string;

  @Field({ description: '提交单位 the member unit.' })
  unitCode!: string;

  @Field()
  title!: string;

  @Field()
  details!: string;

  @Field()
  submittedAt!: Date;

  @Field({ description: '列入议程 put on the agenda the convener approved.' })
  onAgenda!: boolean;
}

@ObjectType({ description: '督办事项 a decision of the minutes, assigned to a unit with a due date (议定事项, §4(4)2②)' })
export class ActionItem extends WorkflowItemFields {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The meeting whose minutes decided it.' })
  meetingId!: string;

  @Field(() => ActionItemState)
  state!: ActionItemState;

  @Field({ description: '承办单位 the unit that carries it out: its deadline’s 责任单位 (§6(3)).' })
  assignedUnitCode!: string;

  @Field({ description: '督办单位 the meeting’s office, which confirms it was carried out (§4(4)1④).' })
  officeUnitCode!: string;

  @Field()
  title!: string;

  @Field()
  details!: string;

  @Field({ description: '完成时限 the working day it is to be carried out by (YYYY-MM-DD).' })
  dueOn!: string;

  @Field(() => String, { nullable: true, description: '落实情况 what the unit last reported.' })
  report!: string | null;

  @Field(() => [ActionItemAction], { description: 'What the reader may do now.' })
  allowedActions!: ActionItemAction[];
}

@ObjectType({ description: '督办事项详情 an action item with its steps and deadlines' })
export class ActionItemDetail extends ActionItem {
  @Field(() => [LifecycleStep])
  steps!: LifecycleStep[];

  @Field(() => [Deadline], { description: '期限 its carry-out deadline(s).' })
  deadlines!: Deadline[];
}

@ObjectType({ description: '联席会议会议 one meeting of a joint meeting body: topics, agenda, minutes and their action items' })
export class JointMeeting {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  bodyId!: string;

  @Field({ description: 'The body’s code: city, or a township code.' })
  bodyCode!: string;

  @Field(() => JointMeetingKind)
  kind!: JointMeetingKind;

  @Field(() => JointMeetingState)
  state!: JointMeetingState;

  @Field()
  title!: string;

  @Field({ description: '会议日期 the day of the meeting (YYYY-MM-DD).' })
  meetingOn!: string;

  @Field(() => Date, {
    nullable: true,
    description:
      '议题截止时间 a routine meeting’s topics are due from the members by the end of the 5th working day before the meeting (§4(4)2①); a special meeting’s until the convener approves its agenda (null).',
  })
  topicsDueAt!: Date | null;

  @Field(() => [String], {
    description: '参会成员单位 the member units attending: every member for a routine meeting, those the topic needs for a special one.',
  })
  participantUnitCodes!: string[];

  @Field(() => [String], { description: '列席单位 other units invited (§4(4)2①); they receive its events but submit no topics.' })
  invitedUnitCodes!: string[];

  @Field(() => String, { nullable: true, description: '议程 the agenda the convener approved.' })
  agenda!: string | null;

  @Field(() => String, { nullable: true, description: '会议纪要 the minutes the office recorded (§4(4)2②).' })
  minutes!: string | null;

  @Field(() => [JointMeetingTopic])
  topics!: JointMeetingTopic[];

  @Field(() => [ActionItem], { description: '督办事项 the decisions of the minutes.' })
  actionItems!: ActionItem[];

  @Field(() => [LifecycleStep])
  steps!: LifecycleStep[];

  @Field(() => [JointMeetingAction], { description: 'What the reader may do now.' })
  allowedActions!: JointMeetingAction[];

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
