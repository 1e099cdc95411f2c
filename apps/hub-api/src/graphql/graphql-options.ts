import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { HubConfig } from '../config/hub-config';
import { HubRequest } from '../common/http/hub-request';
import { createErrorFormatter } from './format-error';

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
    maxTokens: { n: 5000 },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    context: ({ req }: { req: HubRequest }): GraphQLContext => ({ req }),
    formatError: createErrorFormatter({ error: (payload, message) => logger.error(payload, message) }),
    // graphql-armor is typed against @apollo/server's ESM declarations, Nest against its CJS ones: same runtime objects.
    plugins: [...protection.plugins] as NonNullable<ApolloDriverConfig['plugins']>,
    validationRules: [...protection.validationRules],
  };
}
