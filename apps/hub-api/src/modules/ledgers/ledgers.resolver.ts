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
import { Actor } from '../../common/auth/actor';
import { CurrentActor, Operation } from '../../common/auth/auth.decorators';
import { LedgersService } from './ledgers.service';

@Resolver()
export class LedgersResolver {
  constructor(private readonly ledgersService: LedgersService) {}

  @Mutation(() => PublishResult, {
    description: '推送台账 publish a statistic or work summary of your unit (§4(1)4)' + SINGLE_PUBLISH_ERRORS,
  })
  @Operation('ledger.publish')
  publishLedgerEntry(@Args('input') input: LedgerEntryInput, @CurrentActor() actor: Actor) {
    return this.ledgersService.publish(input, actor);
  }

  @Mutation(() => BatchPublishResult, { description: '批量推送台账 up to 1,000; each answered on its own' })
  @Operation('ledger.publish')
  publishLedgerEntries(@Args() args: PublishLedgerBatchArgs, @CurrentActor() actor: Actor) {
    return this.ledgersService.publishBatch(args.records, actor, args.dryRun);
  }

  @Query(() => LedgerEntryConnection, { description: '台账查询 ledger entries' })
  @Operation('records.read')
  ledgerEntries(@Args() args: LedgerEntriesArgs) {
    return this.ledgersService.list(args);
  }
}
