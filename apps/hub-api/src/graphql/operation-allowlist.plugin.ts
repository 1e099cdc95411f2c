import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@hub/shared-schema';
import { GraphQLError } from 'graphql';
import type { OperationAllowlist } from '../config/operation-allowlist';
import { looksLikeApiKey } from '../modules/auth/api-key-secret';
import type { HubRequest } from '../common/http/hub-request';
import type { GraphQLContext } from './graphql-options';

/** Whether the request presents an API key (a unit's system), read as the AuthGuard reads it. */
function presentsApiKey(req: HubRequest): boolean {
  const header = req.headers.authorization;
  const bearer = typeof header === 'string' && /^Bearer\s+/i.test(header) ? header.replace(/^Bearer\s+/i, '').trim() : null;
  const apiKey = req.headers['x-api-key'];
  const credential = bearer ?? (typeof apiKey === 'string' ? apiKey.trim() : null);
  return credential !== null && looksLikeApiKey(credential);
}

/**
 * GRAPHQL_OPERATION_ALLOWLIST: a caller with an API key may run only the listed documents (by the
 * sha256 of their exact text), whether it sends the text or only the hash. Decided before anything
 * executes, and before Apollo registers a new persisted query, so a refused text is never stored.
 *
 * API keys only: a department's system runs the fixed set of operations compiled into it, and its key
 * is long-lived and stored on a server, so the list bounds what a leaked key can be made to do (no
 * probing, no unplanned heavy ledgers). People use the console and write ad-hoc ledgers; their tokens
 * expire within the hour and their roles bound them, and a list would break the console at each release.
 */
export function operationAllowlistPlugin(allowlist: OperationAllowlist): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart({ contextValue }) {
      if (!presentsApiKey(contextValue.req)) return Promise.resolve();
      return Promise.resolve({
        didResolveOperation({ queryHash }) {
          if (allowlist.has(queryHash)) return Promise.resolve();
          // HTTP 200 as for every other refusal of the API: the code says what happened.
          throw new GraphQLError(
            'This operation is not on the allow-list for API keys (未列入允许的操作); ask the hub operator to add its document to GRAPHQL_OPERATION_ALLOWLIST',
            {
              extensions: { code: ErrorCode.FORBIDDEN, http: { status: 200 } },
            },
          );
        },
      });
    },
  };
}
