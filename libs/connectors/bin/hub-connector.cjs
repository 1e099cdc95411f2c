#!/usr/bin/env node
'use strict';
// The package's built JavaScript (npm run build, in the package or the repository, writes dist/).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '../dist/connectors/src/cli/main.js');
if (!existsSync(built)) {
  process.stderr.write(`hub-connector: not built (${built} is missing): run \`npm run build\` first\n`);
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
