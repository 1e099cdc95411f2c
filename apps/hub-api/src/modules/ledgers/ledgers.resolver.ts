import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  BatchPublishResult,
  LedgerEntriesArgs,
  LedgerEntryConnection,
  LedgerEntryInput,
  PublishLedgerBatchArgs,
  PublishResult,
  SINGLE_PUBLISH_ERRORS,
} from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { LedgersService } from './ledgers.service';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';

@Resolver()
export class LedgersResolver {
  constructor(private readonly ledgersService: LedgersService) {}

  @Mutation(() => PublishResult, {
    description: '推送台账 publish a statistic or work summary of your unit (§4(1)4)' + SINGLE_PUBLISH_ERRORS,
  })
  @Operation('ledger.publish')
  publishLedgerEntry(@Ctx() ctx: RequestContext, @Args('input') input: LedgerEntryInput) {
    return this.ledgersService.publish(ctx, input);
  }

  @Mutation(() => BatchPublishResult, { description: '批量推送台账 up to 1,000; each answered on its own' })
  @Operation('ledger.publish')
  publishLedgerEntries(@Ctx() ctx: RequestContext, @Args() args: PublishLedgerBatchArgs) {
    return this.ledgersService.publishBatch(ctx, args.records, args.dryRun);
  }

  @Query(() => LedgerEntryConnection, { description: '台账查询 ledger entries' })
  @Operation('records.read')
  ledgerEntries(@Args() args: LedgerEntriesArgs) {
    return this.ledgersService.list(args);
  }
}
