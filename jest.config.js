/**
 * One Jest config for unit (colocated *.spec.ts), medium (test/medium) and e2e (test/e2e) tests.
 * Nest 12 and some of its dependencies ship as ES modules only; Jest's module system is CommonJS, so
 * SWC transforms those packages to CommonJS as well as our own TypeScript (decorator metadata on).
 */
const esmPackages = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
  'cookie',
  '@whatwg-node',
  'load-esm',
  // @fastify/static (the field console's files) requires content-disposition 3, which is ES modules only.
  '@fastify/static',
  'content-disposition',
];
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/migrations'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.medium-spec.ts', '**/*.fault-spec.ts'],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    '^@hub/shared-schema$': '<rootDir>/libs/shared-schema/src',
    // Plain-data modules the connectors load on their own, without the GraphQL decorators.
    '^@hub/shared-schema/(.+)$': '<rootDir>/libs/shared-schema/src/$1',
    '^@hub/connectors$': '<rootDir>/libs/connectors/src',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 30000,
  // Each test file loads the whole hub anew, and not all of it is freed after the file (one process grew
  // past Node's 4 GB heap and slowed to hook timeouts in CI, stop 24): a worker past this size is replaced
  // after its file. Setting it also makes Jest use a worker instead of running the files in its own process.
  workerIdleMemoryLimit: '1.5GB',
  reporters: ['default', '<rootDir>/test/faults/figures-reporter.js', '<rootDir>/test/setup/summary-reporter.js'],
};
