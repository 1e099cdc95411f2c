/**
 * `npm run test:faults`: only the fault and bad-input suite (issue #7), on the same setup as `npm test`
 * (built hub, real PostgreSQL, the run's S3 server), printing its figures at the end. `npm test` runs
 * these too (about 70 s), so CI does.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/faults'],
  testMatch: ['**/*.fault-spec.ts'],
  testTimeout: 120000,
};
