import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { HubRequest } from '../http/hub-request';
import { RequestContext } from './request-context';

/** The request's context (actor, unit, request id, clock), built once per request by the AuthGuard. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const req = GqlExecutionContext.create(context).getContext<{ req: HubRequest }>().req;
  if (!req.ctx) throw new Error('no request context: the AuthGuard builds it before any resolver runs');
  return req.ctx;
});
