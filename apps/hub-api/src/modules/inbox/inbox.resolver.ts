import { Args, Query, Resolver } from '@nestjs/graphql';
import { InboxArgs, InboxItem } from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { InboxService } from './inbox.service';

@Resolver()
export class InboxResolver {
  constructor(private readonly service: InboxService) {}

  @Query(() => [InboxItem], {
    description: '待办 what my unit must act on now across transfers, complaints and assistance requests, the earliest deadline first',
  })
  @Operation('inbox.read')
  inbox(@Ctx() ctx: RequestContext, @Args() args: InboxArgs) {
    return this.service.forMyUnit(ctx, args);
  }
}
