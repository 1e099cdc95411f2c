import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';

/** The Fastify request as the hub sees it: `id` is the request id, `actor` is set by the AuthGuard. */
export type HubRequest = FastifyRequest & { actor?: Actor };
