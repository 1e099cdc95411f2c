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
}
