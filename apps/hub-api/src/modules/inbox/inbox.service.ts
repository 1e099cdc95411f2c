import { Injectable } from '@nestjs/common';
import { InboxArgs, InboxItem } from '@hub/shared-schema';
import { RequestContext } from '../../common/context/request-context';
import { InboxSources } from './inbox-sources';
import { InboxRepository } from './inbox.repository';

/**
 * 待办: what the reader's unit must act on now, across the coordination workflows (transfers §4(3),
 * complaints §4(2), assistance §5), so an officer answers the most urgent first, whatever its kind. An
 * item shows no personal data (its title is the party's name or the request's subject); the officer
 * opens it (transfer(id) …) for the rest, masked and audited there.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly sources: InboxSources,
    private readonly inbox: InboxRepository,
  ) {}

  forMyUnit(ctx: RequestContext, args: InboxArgs): Promise<InboxItem[]> {
    return this.inbox.forUnit(this.sources.all(), ctx.authenticatedActor.unitCode, args.first);
  }
}
