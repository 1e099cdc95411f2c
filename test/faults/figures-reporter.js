/** Prints every fault test's figures (see fault-figures.ts) after Jest's summary, then the totals. */
const { existsSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

class FiguresReporter {
  onRunComplete() {
    const file = join(tmpdir(), `hub-fault-figures-${process.env.HUB_TEST_RUN}.jsonl`);
    if (!existsSync(file)) return;
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const totals = { attacksTried: 0, attacksMishandled: 0, tamperingsTried: 0, tamperingsDetected: 0 };
    process.stderr.write('\nfault figures\n');
    for (const { fault, ...figures } of lines) {
      for (const key of Object.keys(totals)) totals[key] += figures[key] ?? 0;
      process.stderr.write(
        `  ${fault.padEnd(40)} ${Object.entries(figures)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}\n`,
      );
    }
    if (totals.attacksTried > 0) {
      process.stderr.write(`  attacks tried ${totals.attacksTried}, mishandled ${totals.attacksMishandled}\n`);
    }
    if (totals.tamperingsTried > 0) {
      process.stderr.write(`  tamperings tried ${totals.tamperingsTried}, detected ${totals.tamperingsDetected}\n`);
    }
    rmSync(file, { force: true });
  }
}
module.exports = FiguresReporter;
