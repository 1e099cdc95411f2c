import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LifecycleActionFields } from '../lifecycle/inputs';
import { UNIT_CODE_PATTERN } from '../units/inputs';
import { IsCalendarDate } from '../validation/decorators';
import { RequiredText } from '../validation/input-fields';
import { JointMeetingKind } from './enums';

const UNIT_CODES = { each: true, message: 'must be unit codes' } as const;

@InputType({ description: '设立镇（街道）联席会议 a town’s joint meeting with the stationed agencies it names (§4(4)3②)' })
export class CreateTownJointMeetingBodyInput {
  @Field({ description: 'The town or subdistrict: its office.' })
  @Matches(UNIT_CODE_PATTERN, { message: 'must be a unit code' })
  townCode!: string;

  @Field(() => [String], { description: '成员单位 the stationed agencies (and departments) beside the town.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(UNIT_CODE_PATTERN, UNIT_CODES)
  memberUnitCodes!: string[];
}

@InputType({ description: '调整成员单位 add or remove member units of a joint meeting (audited)' })
export class ChangeJointMeetingMembersInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a joint meeting body id' })
  bodyId!: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(100)
  @Matches(UNIT_CODE_PATTERN, UNIT_CODES)
  add: string[] = [];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(100)
  @Matches(UNIT_CODE_PATTERN, UNIT_CODES)
  remove: string[] = [];

  @Field(() => Int, { nullable: true, description: '例行会议间隔（月） the routine interval in months (6: every half year).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  routineIntervalMonths?: number | null;
}

@InputType({ description: '召集会议并征集议题 schedule a meeting; topic collection opens (§4(4)2)' })
export class ScheduleJointMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a joint meeting body id' })
  bodyId!: string;

  @Field(() => JointMeetingKind)
  @IsEnum(JointMeetingKind)
  kind!: JointMeetingKind;

  @RequiredText(200, '会议名称 the meeting in a line.')
  title!: string;

  @Field({ description: '会议日期 the day of the meeting (YYYY-MM-DD), a day of the held calendar.' })
  @IsCalendarDate()
  meetingOn!: string;

  @Field(() => [String], {
    nullable: true,
    description: '参会成员单位 a special meeting’s member units, as its topic needs (§4(4)2②); a routine meeting has every member.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @Matches(UNIT_CODE_PATTERN, UNIT_CODES)
  participantUnitCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: '列席单位 other relevant units invited (§4(4)2①).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(UNIT_CODE_PATTERN, UNIT_CODES)
  invitedUnitCodes?: string[] | null;
}

@InputType({ description: '提交议题 a member unit’s topic for a meeting (§4(4)2)' })
export class SubmitJointMeetingTopicInput extends LifecycleActionFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a joint meeting id' })
  meetingId!: string;

  @RequiredText(200, '议题 the topic in a line.')
  title!: string;

  @RequiredText(5000, '议题说明 the topic in full.')
  details!: string;
}

@InputType({ description: '会议操作 an action with a note and evidence files' })
export class JointMeetingActionInput extends LifecycleActionFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a joint meeting id' })
  id!: string;
}

@InputType({ description: '审定议程 the convener approves the agenda from the topics submitted (§4(4)2)' })
export class ApproveJointMeetingAgendaInput extends JointMeetingActionInput {
  @Field(() => [ID], { description: '列入议程的议题 the topics put on the agenda (the others are not).' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be topic ids' })
  topicIds!: string[];

  @RequiredText(10000, '议程 the agenda in words.')
  agenda!: string;
}

@InputType({ description: '议定事项 a decision of the minutes: what, by which unit, by when (§4(4)2②)' })
export class JointMeetingDecisionInput {
  @RequiredText(200, '事项 the decision in a line.')
  title!: string;

  @RequiredText(5000, '要求 what the unit is to do.')
  details!: string;

  @Field({ description: '承办单位 the unit that carries it out.' })
  @Matches(UNIT_CODE_PATTERN, { message: 'must be a unit code' })
  assignedUnitCode!: string;

  @Field({ description: '完成时限 the day it is to be carried out by (YYYY-MM-DD), after today.' })
  @IsCalendarDate()
  dueOn!: string;
}

@InputType({ description: '形成会议纪要 the minutes and their decisions, each an action item (§4(4)2②)' })
export class RecordJointMeetingMinutesInput extends JointMeetingActionInput {
  @RequiredText(50000, '会议纪要 the minutes.')
  minutes!: string;

  @Field(() => [JointMeetingDecisionInput], { description: '议定事项 the decisions units must carry out.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => JointMeetingDecisionInput)
  decisions!: JointMeetingDecisionInput[];
}

@InputType({ description: '督办事项操作 an action on an action item' })
export class ActionItemActionInput extends LifecycleActionFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an action item id' })
  id!: string;
}

@InputType({ description: '退回重办 send an action item back, not carried out, with a new due date (§4(4)1④)' })
export class SendBackActionItemInput extends ActionItemActionInput {
  @Field({ description: '新的完成时限 the new day it is to be carried out by (YYYY-MM-DD), after today.' })
  @IsCalendarDate()
  dueOn!: string;
}
