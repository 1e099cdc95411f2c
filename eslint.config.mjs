// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ORM_MODULES = ['typeorm', '@nestjs/typeorm', 'pg', 'pg-query-stream', 'pg-copy-streams'];
const ORM_MESSAGE =
  "TypeORM and pg belong in a *.repository.ts (or *.entity.ts, migrations/, apps/hub-api/src/database/): move the query into the module's repository and call that.";

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'libs/connectors/dist/**',
      'libs/connectors/.build/**',
      'node_modules/**',
      '.data/**',
      'coverage/**',
      '*.js',
      '*.mjs',
      'test/setup/*.js',
      'test/faults/*.js',
      'test/utils/*.mjs',
      'jest.faults.config.js',
      // The field console's build and its generated GraphQL documents (npm run codegen).
      'apps/field-console/dist/**',
      'apps/field-console/src/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nest's decorators and GraphQL results are loosely typed at the edges; the tests read JSON bodies.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // STYLE.md habit 2: only repositories (and entities, migrations, database/) touch the ORM or the driver.
    files: ['**/*.ts'],
    ignores: [
      '**/*.repository.ts',
      '**/*.entity.ts',
      'migrations/**',
      'apps/hub-api/src/database/**',
      // The composition root wires TypeORM into Nest and hands its DataSource to database/ code.
      'apps/hub-api/src/app.module.ts',
      'apps/hub-api/src/bootstrap.ts',
      // The CLIs' one DataSource, opened and closed around a task (the tasks themselves use repositories).
      'apps/hub-api/src/cli/cli-runner.ts',
      'test/**',
      'bench/**',
      '**/*.spec.ts',
    ],
    rules: {
      // Type imports included: a transaction travels with TransactionRunner, so no service needs EntityManager.
      'no-restricted-imports': [
        'error',
        {
          paths: ORM_MODULES.map((name) => ({ name, message: ORM_MESSAGE })),
          patterns: [{ group: ORM_MODULES.map((name) => `${name}/*`), message: ORM_MESSAGE }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='manager']",
          message: `The transaction's EntityManager is for repositories: ${ORM_MESSAGE}`,
        },
      ],
    },
  },
  {
    // STYLE.md habit 1: a resolver calls one service method; the service holds the rules and calls the repository.
    files: ['**/*.resolver.ts', '**/*.resolvers.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '\\.repository$', message: 'A resolver calls its service, never a repository (STYLE.md habit 1).' }] },
      ],
    },
  },
  {
    // CommonJS launchers (libs/connectors/bin): plain JavaScript outside the TypeScript project.
    files: ['**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'commonjs',
      globals: { require: 'readonly', process: 'readonly', __dirname: 'readonly' },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.medium-spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/require-await': 'off' },
  },
  {
    // The field console (apps/field-console, its own tsconfig): a browser app in React.
    files: ['apps/field-console/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Formatting is Prettier's (npm run format); this turns off the lint rules that would argue with it.
  prettier,
);
