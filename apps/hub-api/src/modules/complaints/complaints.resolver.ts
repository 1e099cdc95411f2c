import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AnswerComplaintInput,
  BatchPublishResult,
  ComplaintActionInput,
  ComplaintDeadlinePeriod,
  ComplaintDetail,
  ComplaintIdArgs,
  FileComplaintInput,
  RedirectComplaintInput,
  SetComplaintDeadlinesArgs,
  TransferComplaintInput,
  ComplaintRecordConnection,
  ComplaintRecordInput,
  ComplaintRecordsArgs,
  PublishComplaintBatchArgs,
  PublishResult,
  SINGLE_PUBLISH_ERRORS,
} from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { ComplaintsService } from './complaints.service';

@Resolver()
export class ComplaintsResolver {
  constructor(private readonly complaintsService: ComplaintsService) {}

  @Mutation(() => PublishResult, {
    description: '推送举报投诉 publish the shared record of a report or complaint your unit received (§4(1)6)' + SINGLE_PUBLISH_ERRORS,
  })
  @Operation('complaint.publish')
  publishComplaintRecord(@Ctx() ctx: RequestContext, @Args('input') input: ComplaintRecordInput) {
    return this.complaintsService.publish(ctx, input);
  }

  @Mutation(() => BatchPublishResult, { description: '批量推送举报投诉 up to 1,000; each answered on its own' })
  @Operation('complaint.publish')
  publishComplaintRecords(@Ctx() ctx: RequestContext, @Args() args: PublishComplaintBatchArgs) {
    return this.complaintsService.publishBatch(ctx, args.records, args.dryRun);
  }

  @Query(() => ComplaintRecordConnection, {
    description: '举报投诉查询 complaint records, newest first; reporters masked unless you handle them',
  })
  @Operation('records.read')
  complaintRecords(@Ctx() ctx: RequestContext, @Args() args: ComplaintRecordsArgs) {
    return this.complaintsService.list(ctx, args);
  }

  @Query(() => ComplaintDetail, {
    description: '举报投诉办理详情 a complaint with its steps and deadlines (§4(2)); the reporter masked unless your unit owns it',
  })
  @Operation('records.read')
  complaint(@Ctx() ctx: RequestContext, @Args() args: ComplaintIdArgs) {
    return this.complaintsService.detail(ctx, args.id);
  }

  @Mutation(() => ComplaintDetail, { description: '开始核查 the owning unit starts the initial check (§4(2))' })
  @Operation('complaint.startCheck')
  startComplaintCheck(@Ctx() ctx: RequestContext, @Args('input') input: ComplaintActionInput) {
    return this.complaintsService.act(ctx, 'startCheck', input);
  }

  @Mutation(() => ComplaintDetail, {
    description: '告知非本单位职能 clearly not our function: record where the person was directed (§4(2) first paragraph)',
  })
  @Operation('complaint.redirect')
  redirectComplaint(@Ctx() ctx: RequestContext, @Args('input') input: RedirectComplaintInput) {
    return this.complaintsService.conclude(ctx, 'redirect', input);
  }

  @Mutation(() => ComplaintDetail, {
    description: '答复 no violation found after initial checking: the answer given to the person (§4(2))',
  })
  @Operation('complaint.answer')
  answerComplaint(@Ctx() ctx: RequestContext, @Args('input') input: AnswerComplaintInput) {
    return this.complaintsService.conclude(ctx, 'answer', input);
  }

  @Mutation(() => ComplaintDetail, { description: '立案 the owner files a case within its powers (§4(2))' })
  @Operation('complaint.file')
  fileComplaint(@Ctx() ctx: RequestContext, @Args('input') input: FileComplaintInput) {
    return this.complaintsService.act(ctx, 'file', input);
  }

  @Mutation(() => ComplaintDetail, { description: '办结 close a filed complaint, with its penalty decision once published (§4(2))' })
  @Operation('complaint.close')
  closeComplaint(@Ctx() ctx: RequestContext, @Args('input') input: FileComplaintInput) {
    return this.complaintsService.act(ctx, 'close', input);
  }

  @Mutation(() => ComplaintDetail, {
    description: '书面移送 transfer the complaint in writing: drafts its case transfer, whose result closes it (§4(2), §4(3))',
  })
  @Operation('complaint.transfer')
  transferComplaint(@Ctx() ctx: RequestContext, @Args('input') input: TransferComplaintInput) {
    return this.complaintsService.transfer(ctx, input);
  }

  @Query(() => [ComplaintDeadlinePeriod], { description: '举报投诉办理期限 the initial-check and answer periods per channel' })
  @Operation('complaint.readDeadlines')
  complaintDeadlinePeriods() {
    return this.complaintsService.deadlinePeriods();
  }

  @Mutation(() => ComplaintDeadlinePeriod, {
    description:
      "设置办理期限 an administrator sets a channel's periods (working days from receipt) for complaints registered from now on; audited",
  })
  @Operation('complaint.setDeadlines')
  setComplaintDeadlines(@Ctx() ctx: RequestContext, @Args() args: SetComplaintDeadlinesArgs) {
    return this.complaintsService.setDeadlinePeriods(ctx, args);
  }
}
