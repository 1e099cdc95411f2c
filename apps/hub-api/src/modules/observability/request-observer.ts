import type { FastifyInstance } from 'fastify';
import { ErrorCode } from '@hub/shared-schema';
import type { HubRequest } from '../../common/http/hub-request';
import { httpDuration, httpRequests, isRefusal, refusals } from './hub-metrics';

const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']);

/** What an HTTP status says when no GraphQL result did (Fastify's own refusals, /metrics' 401/403). */
const STATUS_CODES: Record<number, string> = {
  400: ErrorCode.BAD_REQUEST,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
};

/**
 * One JSON log line per request (Fastify's own request logging is off): id, method, URL, status and
 * time, and for GraphQL the operation (from the schema), the result code, the caller's unit and the
 * credential's id — never the credential itself. A refused request is logged at `warn` with its code.
 * The same hook counts HTTP requests by route pattern (bounded: `(unmatched)` for unknown paths).
 */
export function observeRequests(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request: HubRequest, reply, done) => {
    const route = request.routeOptions.url ?? '(unmatched)';
    const method = METHODS.has(request.method) ? request.method : 'OTHER';
    const status = reply.statusCode;
    const seconds = reply.elapsedTime / 1000;
    httpRequests.inc({ method, route, status: String(status) });
    httpDuration.observe({ method, route }, seconds);

    const graphql = request.graphql;
    const code = graphql?.code ?? STATUS_CODES[status] ?? (status < 400 ? 'OK' : null);
    // A GraphQL refusal was counted with its result (operation-observer.plugin.ts); here the ones before GraphQL.
    if (!graphql && code && isRefusal(code)) refusals.inc({ code });
    const actor = request.actor;
    const line = {
      req: request,
      res: { statusCode: status },
      responseTime: Math.round(reply.elapsedTime * 10) / 10,
      ...(graphql ? { graphql } : {}),
      ...(code ? { code } : {}),
      ...(actor ? { unit: actor.unitCode, credential: { kind: actor.kind, id: actor.id } } : {}),
    };
    if (code && isRefusal(code)) request.log.warn(line, 'request refused (请求被拒绝)');
    else if (status >= 500) request.log.error(line, 'request failed');
    else request.log.info(line, 'request completed');
    done();
  });
}
