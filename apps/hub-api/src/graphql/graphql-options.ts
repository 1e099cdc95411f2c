import { randomUUID } from 'node:crypto';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { Deadline } from '@hub/shared-schema';
import { HubConfig } from '../config/hub-config';
import { HubRequest } from '../common/http/hub-request';
import { StrictDateTime } from './date-time.scalar';
import { createErrorFormatter } from './format-error';
import { operationObserverPlugin } from './operation-observer.plugin';
import { operationAllowlistPlugin } from './operation-allowlist.plugin';
import { persistedQueryCache } from './persisted-query-cache';

interface SocketContext {
  extra: unknown;
  connectionParams?: Readonly<Record<string, unknown>>;
}

export interface GraphQLContext {
  req: HubRequest;
}

/**
 * Apollo options: code-first schema generated in memory (committed as libs/shared-schema/schema.graphql
 * and checked by a test), no stack traces, and depth/alias/cost/token limits that refuse abusive
 * documents during validation, before any resolver or database query runs.
 */
export function graphqlOptions(config: HubConfig): ApolloDriverConfig {
  const logger = new Logger('GraphQL');
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth },
    maxAliases: { n: config.graphql.maxAliases },
    costLimit: { maxCost: config.graphql.maxCost },
    // Token limit in graphql-js's own parser (parseOptions below): armor's plugin raised syntax
    // errors from a plugin hook, which Apollo answers with HTTP 500 instead of 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    // "Did you mean …?" names fields of the schema: hidden (`[Suggestion hidden]`) only when the schema
    // itself is (GRAPHQL_INTROSPECTION=false); with introspection on, a caller learns which fields exist.
    blockFieldSuggestion: { enabled: !config.graphql.introspection },
  });
  const protection = armor.protect();
  const allowlist = config.graphql.operationAllowlist ? [operationAllowlistPlugin(config.graphql.operationAllowlist)] : [];
  const formatError = createErrorFormatter({ error: (payload, message) => logger.error(payload, message) });
  return {
    autoSchemaFile: true,
    sortSchema: true,
    // Every Date field and argument parses strictly (date-time.scalar.ts), instead of through Date's lenient parser.
    // Deadline is the shared mechanisms' type every workflow's own types embed (#15): in the contract
    // from the start, whether or not a workflow's query returns one yet.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTime }], orphanedTypes: [Deadline] },
    path: '/graphql',
    playground: false,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    // Compact JSON: Apollo's default indents every answer by two spaces, which for a report or a feed page
    // is a third more bytes to write, send and parse, for no reader (integrators' tools format it themselves).
    stringifyResult: (result) => JSON.stringify(result),
    parseOptions: { maxTokens: config.graphql.maxTokens },
    // Automatic persisted queries (Apollo's protocol, on by default), with the allow-listed documents always known.
    persistedQueries: { cache: persistedQueryCache(config.graphql.operationAllowlist) },
    // Apollo's Fastify integration passes the request itself; graphql-ws passes its own context (with `extra`).
    context: (arg: HubRequest | SocketContext): GraphQLContext => ({ req: 'extra' in arg ? socketRequest(arg.connectionParams) : arg }),
    formatError,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // A console sends its credential in the connection_init payload; without one, no socket.
        onConnect: (ctx) => typeof ctx.connectionParams?.authorization === 'string',
        // graphql-ws sends results itself, past Apollo's formatter: give them the same codes.
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result,
      },
    },
    // graphql-armor is typed against @apollo/server's ESM declarations, Nest against its CJS ones: same runtime objects.
    // Apollo's cache-control plugin is on by default and hooks every resolved field (a thousand per
    // feed page) to compute HTTP cache hints the hub never gives: shared enforcement data is not cacheable.
    plugins: [...protection.plugins, ApolloServerPluginCacheControlDisabled(), operationObserverPlugin(), ...allowlist] as NonNullable<
      ApolloDriverConfig['plugins']
    >,
    validationRules: [...protection.validationRules],
  };
}

/**
 * A graphql-ws operation has no HTTP request; the AuthGuard reads the credential from this stand-in,
 * built from the connection_init payload (`{ authorization: "Bearer …" }`), exactly as from a header.
 */
function socketRequest(connectionParams: Readonly<Record<string, unknown>> | undefined): HubRequest {
  const authorization = connectionParams?.authorization;
  return { id: randomUUID(), headers: typeof authorization === 'string' ? { authorization } : {} } as HubRequest;
}
