import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the hub's committed SDL: a schema change that breaks a document here fails
 * `npm run codegen:check` (and so the console's build). `documentMode: 'string'` keeps the graphql
 * runtime out of the bundle: a document is its text, typed.
 */
const config: CodegenConfig = {
  schema: '../../libs/shared-schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
