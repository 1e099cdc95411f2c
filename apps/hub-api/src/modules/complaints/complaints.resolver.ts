import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  BatchPublishResult,
  ComplaintRecordConnection,
  ComplaintRecordInput,
  ComplaintRecordsArgs,
  PublishComplaintBatchArgs,
  PublishResult,
  SINGLE_PUBLISH_ERRORS,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { CurrentActor, Operation } from '../../common/auth/auth.decorators';
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
  publishComplaintRecord(@Args('input') input: ComplaintRecordInput, @CurrentActor() actor: Actor) {
    return this.complaintsService.publish(input, actor);
  }

  @Mutation(() => BatchPublishResult, { description: '批量推送举报投诉 up to 1,000; each answered on its own' })
  @Operation('complaint.publish')
  publishComplaintRecords(@Args() args: PublishComplaintBatchArgs, @CurrentActor() actor: Actor) {
    return this.complaintsService.publishBatch(args.records, actor, args.dryRun);
  }

  @Query(() => ComplaintRecordConnection, {
    description: '举报投诉查询 complaint records, newest first; reporters masked unless you handle them',
  })
  @Operation('records.read')
  complaintRecords(@Ctx() ctx: RequestContext, @Args() args: ComplaintRecordsArgs) {
    return this.complaintsService.list(ctx, args);
  }
}
