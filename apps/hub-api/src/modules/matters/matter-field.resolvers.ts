import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DevolvedMatter, LicensingDecision, PenaltyDecision } from '@hub/shared-schema';
import { HubRequest } from '../../common/http/hub-request';
import { MatterLoader } from './matter.loader';

@Resolver(() => LicensingDecision)
export class LicensingMatterResolver {
  constructor(private readonly matters: MatterLoader) {}

  @ResolveField(() => DevolvedMatter, { nullable: true, description: '赋权事项 the catalog entry of the matter (batched per request)' })
  matter(@Parent() licence: LicensingDecision, @Context('req') req: HubRequest) {
    return this.matters.load(req, licence.matterCode);
  }
}

@Resolver(() => PenaltyDecision)
export class PenaltyMatterResolver {
  constructor(private readonly matters: MatterLoader) {}

  @ResolveField(() => DevolvedMatter, { nullable: true, description: '赋权事项 the catalog entry of the matter (batched per request)' })
  matter(@Parent() penalty: PenaltyDecision, @Context('req') req: HubRequest) {
    return this.matters.load(req, penalty.matterCode);
  }
}
