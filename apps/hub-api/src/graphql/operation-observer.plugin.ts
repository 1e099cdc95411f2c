import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { graphqlDuration, graphqlOperations, isRefusal, refusals, resultCodeLabel } from '../modules/observability/hub-metrics';
import type { GraphQLContext } from './graphql-options';
import { operationLabel } from './operation-label';

function firstErrors(body: unknown): readonly GraphQLFormattedError[] {
  const response = body as
    | { kind: 'single'; singleResult: { errors?: GraphQLFormattedError[] } }
    | { kind: 'incremental'; initialResult: { errors?: GraphQLFormattedError[] } };
  return (response.kind === 'single' ? response.singleResult.errors : response.initialResult.errors) ?? [];
}

/**
 * Counts and times every GraphQL operation by its schema operation and result code, counts refusals
 * by code, and leaves the outcome on the request for its log line (bootstrap.ts request log). Runs
 * after the error formatter, so the codes are the ones the caller received.
 */
export function operationObserverPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ schema, document, operation, response, contextValue }) {
          const errors = firstErrors(response.body);
          const label = operationLabel(schema, document, operation);
          const code = resultCodeLabel(errors.length === 0 ? 'OK' : errors[0].extensions?.code);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          graphqlOperations.inc({ operation: label, code });
          graphqlDuration.observe({ operation: label, code }, seconds);
          for (const error of errors) {
            const refused = resultCodeLabel(error.extensions?.code);
            if (isRefusal(refused)) refusals.inc({ code: refused });
          }
          const field = errors.find((error) => typeof error.extensions?.field === 'string')?.extensions?.field as string | undefined;
          contextValue.req.graphql = { operation: label, code, ...(field && code !== 'OK' ? { field } : {}) };
          return Promise.resolve();
        },
      });
    },
  };
}
