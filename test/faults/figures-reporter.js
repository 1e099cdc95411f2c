/** Prints every fault test's figures (see fault-figures.ts) after Jest's summary. */
const { existsSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

class FiguresReporter {
  onRunComplete() {
    const file = join(tmpdir(), `hub-fault-figures-${process.env.HUB_TEST_RUN}.jsonl`);
    if (!existsSync(file)) return;
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    process.stderr.write('\nfault figures\n');
    for (const { fault, ...figures } of lines) {
      process.stderr.write(`  ${fault.padEnd(40)} ${Object.entries(figures).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
    }
    rmSync(file, { force: true });
  }
}
module.exports = FiguresReporter;
