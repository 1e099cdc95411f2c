#!/usr/bin/env node
'use strict';
// The workspace package's `main` is TypeScript source (the hub and the tests compile it), so the
// command runs what the repository's `npm run build` compiled into dist/.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '../../../dist/libs/connectors/src/cli/main.js');
if (!existsSync(built)) {
  process.stderr.write(`hub-connector: not built (${built} is missing): run \`npm run build\` in the repository first\n`);
  process.exit(1);
}
require(built)
  .runCli(process.argv)
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`hub-connector: ${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 1;
    },
  );
