import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';
import type { RequestContext } from '../context/request-context';

/** What a GraphQL request came to, for its request log line and metrics (graphql/operation-observer.plugin.ts). */
export interface GraphQLOutcome {
  /** `query.partyProfile`: from the schema, never the caller's own operation name (operation-label.ts). */
  operation: string;
  /** `OK`, or the first error's `extensions.code`. */
  code: string;
  /** The first refused error's field, when it names one. */
  field?: string;
}

/** The Fastify request as the hub sees it: `id` is the request id, `actor` and `ctx` are set by the AuthGuard. */
export type HubRequest = FastifyRequest & { actor?: Actor; ctx?: RequestContext; graphql?: GraphQLOutcome };
