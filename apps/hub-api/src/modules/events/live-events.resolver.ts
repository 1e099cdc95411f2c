import { Inject } from '@nestjs/common';
import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import { EventFilterInput, HubEvent } from '@hub/shared-schema';
import { Actor, CREDENTIAL_VERIFIER, CredentialVerifier } from '../../common/auth/actor';
import { GraphQLContext } from '../../graphql/graphql-options';
import { looksLikeApiKey } from '../auth/api-key-secret';
import { CurrentActor, Operation } from '../../common/auth/auth.decorators';
import { toEventSelection } from './event-filter';
import { LiveEvents } from './live-events.service';

@Resolver()
export class LiveEventsResolver {
  constructor(
    private readonly live: LiveEvents,
    @Inject(CREDENTIAL_VERIFIER) private readonly verifier: CredentialVerifier,
  ) {}

  @Subscription(() => HubEvent, {
    description: '实时事件 changes as they happen, for consoles (graphql-ws); masked for the caller',
    resolve: (event: HubEvent) => event,
  })
  @Operation('events.live')
  liveEvents(
    @Args('filter', { type: () => EventFilterInput, nullable: true }) filter: EventFilterInput | null,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLContext,
  ) {
    // A stream outlives its credential's check: a revoked key or an expired token ends it (LiveEvents re-checks).
    const header = context.req.headers.authorization;
    const credential = typeof header === 'string' ? header.replace(/^Bearer\s+/i, '').trim() : '';
    const stillValid = async () =>
      (await (looksLikeApiKey(credential) ? this.verifier.verifyApiKey(credential) : this.verifier.verifyAccessToken(credential))) !== null;
    return this.live.listen({ ...toEventSelection(filter), readerUnit: actor.unitCode }, actor, stillValid);
  }
}
