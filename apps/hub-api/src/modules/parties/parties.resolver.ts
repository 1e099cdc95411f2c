import { Args, Query, Resolver } from '@nestjs/graphql';
import { PartyProfile, PartyProfileArgs } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { CurrentActor, Operation, RequestId } from '../../common/auth/auth.decorators';
import { PartiesService } from './parties.service';

@Resolver()
export class PartiesResolver {
  constructor(private readonly parties: PartiesService) {}

  @Query(() => PartyProfile, { description: "当事人画像 a party's licences (status today) and past penalties, by USCC, ID number or name" })
  @Operation('records.read')
  partyProfile(@Args() args: PartyProfileArgs, @CurrentActor() actor: Actor, @RequestId() requestId: string | null) {
    return this.parties.profile(args, actor, requestId);
  }
}
