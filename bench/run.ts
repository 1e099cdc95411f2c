/**
 * `npm run bench [-- <scenario> …] [--scale 0.1] [--duration 10]`: each scenario builds its own
 * database with a seeded generator, runs the hub's path and its ceiling side by side, and prints one
 * line per figure with the ratio. The hub runs built (npm run bench builds first), as its own
 * process; load comes from autocannon in another. See bench/RESULTS.md for the latest figures.
 */
import { cpus, totalmem } from 'node:os';
import { Command } from 'commander';
import { abuse } from './scenarios/abuse';
import { fieldConsole } from './scenarios/console';
import { evidence } from './scenarios/evidence';
import { fanout } from './scenarios/fanout';
import { statistics } from './scenarios/statistics';
import { lookup } from './scenarios/lookup';
import { publish } from './scenarios/publish';
import { replay } from './scenarios/replay';
import { supervision } from './scenarios/supervision';
import { transfers } from './scenarios/transfers';
import { line, note } from './lib/report';
import { Scenario } from './lib/scenario';

const SCENARIOS: Scenario[] = [lookup, publish, fanout, statistics, evidence, replay, abuse, transfers, supervision, fieldConsole];

async function main(): Promise<void> {
  const program = new Command()
    .name('bench')
    .argument('[scenarios...]', `any of ${SCENARIOS.map((s) => s.name).join(', ')} (default: all)`)
    .option('--scale <n>', 'fraction of Jinjiang scale (1 = 200k licences, 1M penalties)', '1')
    .option('--duration <seconds>', 'seconds of load per throughput measurement', '10')
    .parse();
  const names = program.args;
  const options = program.opts<{ scale: string; duration: string }>();
  const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n));
  if (unknown.length) {
    console.error(`unknown scenario ${unknown.join(', ')}; choose from ${SCENARIOS.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const chosen = names.length ? SCENARIOS.filter((s) => names.includes(s.name)) : SCENARIOS;
  const ctx = { scale: Number(options.scale), durationSeconds: Number(options.duration), log: (text: string) => console.log(text) };
  console.log(
    `bench: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, scale ${ctx.scale}, ${ctx.durationSeconds} s of load`,
  );
  // A scenario that fails is reported and the run goes on: half an hour of figures is not thrown away for one.
  const failed: string[] = [];
  for (const scenario of chosen) {
    console.log(note(scenario.name, `— ${scenario.describe}`));
    const started = Date.now();
    try {
      for (const figure of await scenario.run(ctx)) console.log(line(figure));
    } catch (error) {
      failed.push(scenario.name);
      console.log(note(scenario.name, `FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    }
    console.log(note(scenario.name, `done in ${((Date.now() - started) / 1000).toFixed(0)} s`));
  }
  if (failed.length) {
    console.error(`failed scenarios: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
