import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { HubClient } from '../hub-client';
import type { PublishCategory } from '../publish-categories';
import { DEFAULT_RETRY_POLICY } from '../retry-policy';
import { CliError } from './cli-error';
import { ColumnMapping, readColumnMapping, RowMapper } from './column-mapping';
import { ErrorReport } from './error-report';
import { PendingRow, pushBatch } from './push-batch';
import { PushState, readPushState, writePushState } from './push-state';
import { openRows, TextEncoding } from './row-reader';

export interface PushOptions {
  file: string;
  category: PublishCategory;
  url: string;
  key: string;
  mapping?: string;
  batchSize: number;
  /** Default `<file>.errors.csv`. */
  errors?: string;
  /** Default `<file>.hub-push.json`. */
  state?: string;
  restart: boolean;
  encoding: TextEncoding;
}

export interface CliIo {
  stdout: NodeJS.WritableStream;
  /** Progress bar and warnings. */
  stderr: NodeJS.WritableStream;
}

/**
 * `hub-connector push`: streams the file's rows into records, sends them in batches, reports every
 * rejected row (found locally or by the hub) and records after each acknowledged batch how far it got,
 * so that a run stopped anywhere resumes where it stopped. Answers the exit code: 0 when every row went
 * through, 2 when some were rejected; fatal problems throw CliError (1).
 */
export async function push(options: PushOptions, io: CliIo): Promise<number> {
  const file = resolve(options.file);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CliError(`${options.file}: no such file`);
  const statePath = resolve(options.state ?? `${file}.hub-push.json`);
  const reportPath = resolve(options.errors ?? `${file}.errors.csv`);
  const mapping: ColumnMapping | undefined = options.mapping ? await readColumnMapping(options.mapping) : undefined;
  const warn = (message: string) => io.stderr.write(`hub-connector: ${message}\n`);

  const previous = options.restart ? null : await readPushState(statePath);
  if (previous && (previous.file !== file || previous.size !== info.size || previous.mtimeMs !== info.mtimeMs || previous.category !== options.category)) {
    throw new CliError(
      `${statePath} records a ${previous.category} push of ${previous.file} as it was then; this file or category differs. ` +
        'Pass --restart to push it from the start (records the hub already holds are answered UNCHANGED)',
    );
  }
  if (previous?.completed) {
    const rejected = previous.rejected ? ` (see ${previous.errorReport})` : '';
    io.stdout.write(`already completed: pushed ${previous.pushed}, rejected ${previous.rejected}${rejected}; pass --restart to push the file again\n`);
    return 0;
  }
  let state: PushState = previous ?? {
    version: 1,
    file,
    size: info.size,
    mtimeMs: info.mtimeMs,
    category: options.category,
    rowsDone: 0,
    pushed: 0,
    rejected: 0,
    errorReport: reportPath,
    errorReportBytes: 0,
    completed: false,
    updatedAt: '',
  };
  if (state.errorReport !== reportPath) {
    warn(`the errors of rows done before are in ${state.errorReport}; this run reports to ${reportPath}`);
    state = { ...state, errorReport: reportPath, errorReportBytes: 0 };
  }
  // Recorded at once, so that a --restart stopped before its first batch does not leave the old state.
  if (!previous) await writePushState(statePath, state);
  const { report, lost } = await ErrorReport.open(reportPath, state.errorReportBytes);
  if (lost) warn(`${reportPath} is missing or shorter than recorded: it now lists only the errors found from here on`);
  if (state.rowsDone) warn(`resuming: the first ${state.rowsDone} data rows were done before (recorded in ${statePath})`);

  const client = new HubClient({ url: options.url, credential: options.key, timeoutMs: 120_000 });
  const source = openRows(file, options.encoding);
  const bar = new SingleBar(
    { format: '{bar} {percentage}% | row {row} | pushed {pushed} | rejected {rejected}', noTTYOutput: true, notTTYSchedule: 2000, stream: io.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  const run = { pushed: 0, rejected: 0, skipped: 0 };
  let pending: PendingRow[] = [];
  let lastIndex = state.rowsDone;

  const flush = async () => {
    const errors = await pushBatch(client, options.category, pending, DEFAULT_RETRY_POLICY, warn);
    await report.append(errors);
    const pushed = pending.length - errors.length;
    run.pushed += pushed;
    run.rejected += errors.length;
    state = { ...state, rowsDone: lastIndex, pushed: state.pushed + pushed, rejected: state.rejected + errors.length, errorReportBytes: report.bytes };
    await writePushState(statePath, state);
    pending = [];
  };

  // Every acknowledged batch is already recorded, so an interrupted run only needs to say how to go on.
  const onInterrupt = () => {
    bar.stop();
    io.stderr.write(`\nhub-connector: interrupted; ${state.rowsDone} data rows are recorded as done in ${statePath}: run the same command to resume\n`);
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  try {
    let mapper: RowMapper | null = null;
    let headerRow = 0;
    for await (const { number, cells } of source.rows) {
      const blank = cells.every((cell) => !cell.trim());
      if (!mapper) {
        if (blank) continue;
        mapper = new RowMapper(options.category, cells, mapping);
        headerRow = number;
        if (mapper.ignoredHeaders.length) warn(`columns not sent (no field of ${options.category}): ${mapper.ignoredHeaders.join(', ')}`);
        bar.start(info.size, 0, { row: number, pushed: state.pushed, rejected: state.rejected });
        continue;
      }
      const index = number - headerRow;
      if (index <= state.rowsDone) {
        if (!blank) run.skipped++;
        continue;
      }
      lastIndex = index;
      if (!blank) pending.push({ row: number, mapped: mapper.map(cells) });
      if (pending.length >= options.batchSize) await flush();
      bar.update(source.bytesRead(), { row: number, pushed: state.pushed, rejected: state.rejected });
    }
    if (!mapper) throw new CliError(`${options.file}: no header row (the file is empty)`);
    await flush();
    state = { ...state, completed: true };
    await writePushState(statePath, state);
    bar.update(info.size, { pushed: state.pushed, rejected: state.rejected });
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    bar.stop();
    await report.close();
  }

  io.stdout.write(`pushed ${run.pushed}, rejected ${run.rejected}, skipped (already done) ${run.skipped}\n`);
  io.stdout.write(`completed (all runs): pushed ${state.pushed}, rejected ${state.rejected}\n`);
  if (state.rejected) io.stdout.write(`error report: ${reportPath} (${state.rejected} rows)\n`);
  return state.rejected ? 2 : 0;
}
