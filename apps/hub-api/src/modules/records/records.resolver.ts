import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RecordRefArgs, RecordVersion, ReinstateRecordArgs, RevokeRecordArgs } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { CurrentActor, Operation, RequestId } from '../../common/auth/auth.decorators';
import { RecordsService } from './records.service';

@Resolver()
export class RecordsResolver {
  constructor(private readonly recordsService: RecordsService) {}

  @Query(() => [RecordVersion], { description: '历史版本 every version of a shared record, oldest first' })
  @Operation('records.read')
  recordHistory(@Args() args: RecordRefArgs, @CurrentActor() actor: Actor, @RequestId() requestId: string | null) {
    return this.recordsService.history(args.category, args.id, actor, requestId);
  }

  @Mutation(() => RecordVersion, {
    description:
      "撤回 revoke (withdraw) one of your unit's records with a reason; it stays, marked revoked, and republishing it is answered WITHDRAWN until reinstateRecord",
  })
  @Operation('record.revoke')
  revokeRecord(@Args() args: RevokeRecordArgs, @CurrentActor() actor: Actor, @RequestId() requestId: string | null) {
    return this.recordsService.revoke(args.category, args.id, args.reason, actor, requestId);
  }

  @Mutation(() => RecordVersion, {
    description:
      "恢复 reinstate one of your unit's withdrawn records (by `id` or your own `sourceId`) with a reason: it is in force again as last " +
      'published, a new version (REINSTATED) in its history, a `<category>.reinstated` change event, and audited. Republishing a ' +
      'withdrawn record never brings it back (outcome WITHDRAWN).',
  })
  @Operation('record.reinstate')
  reinstateRecord(@Args() args: ReinstateRecordArgs, @CurrentActor() actor: Actor, @RequestId() requestId: string | null) {
    return this.recordsService.reinstate(args, actor, requestId);
  }
}
