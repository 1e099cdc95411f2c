import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { MAX_PUBLISH_BATCH, PUBLISH_CATEGORY_NAMES } from '../publish-categories';
import { DEFAULT_RETRY_POLICY } from '../retry-policy';
import { followFeed } from './feed-command';
import { packageVersion } from './package-version';
import { CliIo, push, PushOptions } from './push-command';
import { serveWebhook } from './serve-webhook-command';

/** What commander parses for `push`: the push options but the file (an argument), switches optional. */
type PushFlags = Omit<PushOptions, 'file' | 'restart' | 'dryRun'> & { restart?: boolean; dryRun?: boolean };

interface FeedFlags {
  subscription: string;
  url: string;
  key: string;
  out?: string;
  checkpoint?: string;
  pageSize: number;
}

function intFrom(min: number, max: number) {
  return (text: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`Expected an integer from ${min} to ${max}.`);
    return n;
  };
}

/** `hub-connector <command>` (argv as process.argv); answers the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let exitCode = 0;
  const program = new Command('hub-connector')
    .description("推送本单位数据、接收枢纽变更 Publish a unit's records to the Jinjiang enforcement data hub, and receive its changes")
    .version(packageVersion(), '-V, --version', 'print the version of @hub/connectors')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  program
    .command('push')
    .description(
      'publish the rows of a CSV or XLSX file as records of a shared category, in batches, resuming where an earlier run stopped',
    )
    .argument('<file>', '.csv (UTF-8 unless --encoding) or .xlsx (first sheet); the first row names the columns')
    .addOption(new Option('--category <name>', 'shared category').choices(PUBLISH_CATEGORY_NAMES).makeOptionMandatory())
    .addOption(new Option('--url <hubUrl>', 'base URL of the hub').env('HUB_URL').makeOptionMandatory())
    .addOption(
      new Option('--key <apiKey>', "the unit system's API key (prefer the variable: a command line is visible to other users)")
        .env('HUB_API_KEY')
        .makeOptionMandatory(),
    )
    .option('--mapping <file>', "JSON mapping of the file's own column names and values to the category's fields")
    .addOption(
      new Option('--batch-size <n>', `records per call, 1 to ${MAX_PUBLISH_BATCH}`).argParser(intFrom(1, MAX_PUBLISH_BATCH)).default(500),
    )
    .option('--errors <file>', 'per-row error report, CSV (default <file>.errors.csv)')
    .option(
      '--state <file>',
      'where the progress is kept for resuming (default <file>.hub-push.json; a changed file is pushed from its first row)',
    )
    .option('--restart', 'ignore the progress kept and push the whole file again')
    .option('--dry-run', 'validate every row against the hub without storing anything (report: <file>.dry-run.errors.csv unless --errors)')
    .addOption(
      new Option('--attempts <n>', 'tries per batch while the hub is unreachable, 1 to 20')
        .argParser(intFrom(1, 20))
        .default(DEFAULT_RETRY_POLICY.attempts),
    )
    .addOption(new Option('--encoding <name>', 'text encoding of a CSV file').choices(['utf8', 'gbk', 'gb18030']).default('utf8'))
    .action(async (file: string, flags: PushFlags) => {
      exitCode = await push({ file, ...flags, restart: flags.restart ?? false, dryRun: flags.dryRun ?? false }, io);
    });

  for (const [name, follow, description] of [
    ['pull', false, 'write the events of a PULL subscription as NDJSON up to the present, then stop (resumes from its checkpoint)'],
    ['tail', true, 'follow a PULL subscription, writing NDJSON as events arrive, until interrupted'],
  ] as const) {
    program
      .command(name)
      .description(description)
      .requiredOption('--subscription <id>', 'the subscription id (createSubscription answers it)')
      .addOption(new Option('--url <hubUrl>', 'base URL of the hub').env('HUB_URL').makeOptionMandatory())
      .addOption(new Option('--key <apiKey>', "the unit system's API key (scope SUBSCRIBE)").env('HUB_API_KEY').makeOptionMandatory())
      .option('--out <file>', 'NDJSON file to append to (default: standard output)')
      .option(
        '--checkpoint <file>',
        'where the position reached is kept (default <out>.checkpoint.json, or hub-feed-<subscription>.json without --out)',
      )
      .addOption(new Option('--page-size <n>', 'events per request, 1 to 1000').argParser(intFrom(1, 1000)).default(200))
      .action(async (flags: FeedFlags) => {
        const stop = new AbortController();
        process.once('SIGINT', () => stop.abort());
        process.once('SIGTERM', () => stop.abort());
        exitCode = await followFeed({ ...flags, follow }, io, stop.signal);
      });
  }
  program
    .command('serve-webhook')
    .description('receive a WEBHOOK subscription: verify each delivery and append it once to an NDJSON file')
    .addOption(new Option('--port <n>', 'port to listen on').argParser(intFrom(0, 65535)).default(8080))
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .addOption(
      new Option('--secret <secret>', 'signing secret(s), comma-separated during a rotation')
        .env('HUB_WEBHOOK_SECRET')
        .makeOptionMandatory(),
    )
    .requiredOption('--out <file>', 'NDJSON file the verified events are appended to')
    .action(async (flags: { port: number; host: string; secret: string; out: string }) => {
      const secrets = flags.secret
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      exitCode = await serveWebhook({ port: flags.port, host: flags.host, out: flags.out, secrets }, io);
    });

  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1; // commander has said why
    io.stderr.write(`hub-connector: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
