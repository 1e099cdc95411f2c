import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RecordRefArgs, RecordVersion, ReinstateRecordArgs, RevokeRecordArgs } from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { RecordsService } from './records.service';

@Resolver()
export class RecordsResolver {
  constructor(private readonly recordsService: RecordsService) {}

  @Query(() => [RecordVersion], { description: '历史版本 every version of a shared record, oldest first' })
  @Operation('records.read')
  recordHistory(@Ctx() ctx: RequestContext, @Args() args: RecordRefArgs) {
    return this.recordsService.history(ctx, args.category, args.id);
  }

  @Mutation(() => RecordVersion, {
    description:
      "撤回 revoke (withdraw) one of your unit's records with a reason; it stays, marked revoked, and republishing it is answered WITHDRAWN until reinstateRecord",
  })
  @Operation('record.revoke')
  revokeRecord(@Ctx() ctx: RequestContext, @Args() args: RevokeRecordArgs) {
    return this.recordsService.revoke(ctx, args.category, args.id, args.reason);
  }

  @Mutation(() => RecordVersion, {
    description:
      "恢复 reinstate one of your unit's withdrawn records (by `id` or your own `sourceId`) with a reason: it is in force again as last " +
      'published, a new version (REINSTATED) in its history, a `<category>.reinstated` change event, and audited. Republishing a ' +
      'withdrawn record never brings it back (outcome WITHDRAWN).',
  })
  @Operation('record.reinstate')
  reinstateRecord(@Ctx() ctx: RequestContext, @Args() args: ReinstateRecordArgs) {
    return this.recordsService.reinstate(ctx, args);
  }
}
