import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { OperationName } from './policies';
import { Actor } from './actor';

export const OPERATION_KEY = 'hub:operation';
export const PUBLIC_KEY = 'hub:public';

/** Names the operation; its policy in POLICIES decides who may call it. */
export const Operation = (name: OperationName) => SetMetadata(OPERATION_KEY, name);

/** An operation open without credentials (log-in, health). Audited all the same if it is a mutation. */
export const Public = (auditName?: string) => SetMetadata(PUBLIC_KEY, auditName ?? true);

/**
 * The authenticated caller. Only valid on operations that are not @Public. Service methods that need
 * who, when or the request id take `@Ctx() ctx: RequestContext` (common/context) instead.
 */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = GqlExecutionContext.create(context).getContext<{ req: { actor?: Actor } }>().req;
  return request.actor!;
});

/**
 * The client address (the socket's, or X-Forwarded-For's behind a proxy named in HUB_TRUST_PROXY) and
 * the request id: what per-address log-in limits and log lines need.
 */
export const CallerOrigin = createParamDecorator(
  (_: unknown, context: ExecutionContext): { clientAddress: string; requestId: string | null } => {
    const req = GqlExecutionContext.create(context).getContext<{ req: { id?: string; ip?: string } }>().req;
    return { clientAddress: req.ip ?? 'unknown', requestId: req.id ?? null };
  },
);
