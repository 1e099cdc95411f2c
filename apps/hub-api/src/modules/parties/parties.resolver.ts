import { Args, Query, Resolver } from '@nestjs/graphql';
import { PartyProfile, PartyProfileArgs } from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { PartiesService } from './parties.service';

@Resolver()
export class PartiesResolver {
  constructor(private readonly parties: PartiesService) {}

  @Query(() => PartyProfile, { description: "当事人画像 a party's licences (status today) and past penalties, by USCC, ID number or name" })
  @Operation('records.read')
  partyProfile(@Ctx() ctx: RequestContext, @Args() args: PartyProfileArgs) {
    return this.parties.profile(ctx, args);
  }
}
