import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ActionItemActionInput,
  ActionItemDetail,
  ActionItemIdArgs,
  ApproveJointMeetingAgendaInput,
  ChangeJointMeetingMembersInput,
  CreateTownJointMeetingBodyInput,
  JointMeeting,
  JointMeetingActionInput,
  JointMeetingBody,
  JointMeetingBodyIdArgs,
  JointMeetingIdArgs,
  JointMeetingsArgs,
  RecordJointMeetingMinutesInput,
  ScheduleJointMeetingInput,
  SendBackActionItemInput,
  SubmitJointMeetingTopicInput,
} from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { JointMeetingsService } from './joint-meetings.service';

/** 联席会议 (§4(4)): each mutation is one step of joint-meeting.lifecycle.ts, or the office's scheduling and membership. */
@Resolver()
export class JointMeetingsResolver {
  constructor(private readonly service: JointMeetingsService) {}

  @Query(() => [JointMeetingBody], { description: '联席会议 the joint meetings the reader’s unit convenes or sits on (supervisors: all)' })
  @Operation('jointMeeting.read')
  jointMeetingBodies(@Ctx() ctx: RequestContext) {
    return this.service.bodies(ctx);
  }

  @Query(() => JointMeetingBody)
  @Operation('jointMeeting.read')
  jointMeetingBody(@Ctx() ctx: RequestContext, @Args() args: JointMeetingBodyIdArgs) {
    return this.service.body(ctx, args.id);
  }

  @Query(() => [JointMeeting], { description: '会议 meetings, newest first' })
  @Operation('jointMeeting.read')
  jointMeetings(@Ctx() ctx: RequestContext, @Args() args: JointMeetingsArgs) {
    return this.service.meetings(ctx, args);
  }

  @Query(() => JointMeeting)
  @Operation('jointMeeting.read')
  jointMeeting(@Ctx() ctx: RequestContext, @Args() args: JointMeetingIdArgs) {
    return this.service.meeting(ctx, args.id);
  }

  @Query(() => ActionItemDetail, { description: '督办事项 an action item of a meeting’s minutes' })
  @Operation('jointMeeting.read')
  actionItem(@Ctx() ctx: RequestContext, @Args() args: ActionItemIdArgs) {
    return this.service.actionItem(ctx, args.id);
  }

  @Mutation(() => JointMeetingBody, { description: '设立镇（街道）联席会议 a town’s joint meeting with its stationed agencies (§4(4)3②)' })
  @Operation('jointMeeting.createTownBody')
  createTownJointMeetingBody(@Ctx() ctx: RequestContext, @Args('input') input: CreateTownJointMeetingBodyInput) {
    return this.service.createTownBody(ctx, input);
  }

  @Mutation(() => JointMeetingBody, {
    description: '调整成员单位 change a joint meeting’s member units (admins; a town’s leaders for its own)',
  })
  @Operation('jointMeeting.changeMembers')
  changeJointMeetingMembers(@Ctx() ctx: RequestContext, @Args('input') input: ChangeJointMeetingMembersInput) {
    return this.service.changeMembers(ctx, input);
  }

  @Mutation(() => JointMeeting, {
    description: '召集会议并征集议题 schedule a routine or special meeting; topic collection opens (§4(4)2)',
  })
  @Operation('jointMeeting.schedule')
  scheduleJointMeeting(@Ctx() ctx: RequestContext, @Args('input') input: ScheduleJointMeetingInput) {
    return this.service.schedule(ctx, input);
  }

  @Mutation(() => JointMeeting, { description: '提交议题 a member unit submits a topic before the due time (§4(4)2①)' })
  @Operation('jointMeeting.submitTopic')
  submitJointMeetingTopic(@Ctx() ctx: RequestContext, @Args('input') input: SubmitJointMeetingTopicInput) {
    return this.service.submitTopic(ctx, input);
  }

  @Mutation(() => JointMeeting, { description: '审定议程 the convener approves the agenda (§4(4)2)' })
  @Operation('jointMeeting.approveAgenda')
  approveJointMeetingAgenda(@Ctx() ctx: RequestContext, @Args('input') input: ApproveJointMeetingAgendaInput) {
    return this.service.approveAgenda(ctx, input);
  }

  @Mutation(() => JointMeeting, { description: '召开会议 the office records that the meeting was held' })
  @Operation('jointMeeting.hold')
  holdJointMeeting(@Ctx() ctx: RequestContext, @Args('input') input: JointMeetingActionInput) {
    return this.service.act(ctx, 'hold', input);
  }

  @Mutation(() => JointMeeting, { description: '取消会议 the office cancels the meeting, with the reason' })
  @Operation('jointMeeting.cancel')
  cancelJointMeeting(@Ctx() ctx: RequestContext, @Args('input') input: JointMeetingActionInput) {
    return this.service.act(ctx, 'cancel', input);
  }

  @Mutation(() => JointMeeting, { description: '形成会议纪要 the minutes; each decision becomes an action item (§4(4)2②)' })
  @Operation('jointMeeting.recordMinutes')
  recordJointMeetingMinutes(@Ctx() ctx: RequestContext, @Args('input') input: RecordJointMeetingMinutesInput) {
    return this.service.recordMinutes(ctx, input);
  }

  @Mutation(() => ActionItemDetail, { description: '报告落实情况 the assigned unit reports how it carried the decision out (§4(4)2②)' })
  @Operation('actionItem.reportDone')
  reportActionItemDone(@Ctx() ctx: RequestContext, @Args('input') input: ActionItemActionInput) {
    return this.service.reportDone(ctx, input);
  }

  @Mutation(() => ActionItemDetail, { description: '确认办结 the office confirms the item was carried out (§4(4)1④)' })
  @Operation('actionItem.confirm')
  confirmActionItem(@Ctx() ctx: RequestContext, @Args('input') input: ActionItemActionInput) {
    return this.service.confirm(ctx, input);
  }

  @Mutation(() => ActionItemDetail, { description: '退回重办 the office sends the item back with a new due date (§4(4)1④)' })
  @Operation('actionItem.sendBack')
  sendBackActionItem(@Ctx() ctx: RequestContext, @Args('input') input: SendBackActionItemInput) {
    return this.service.sendBack(ctx, input);
  }
}
