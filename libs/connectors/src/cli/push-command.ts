import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { rm } from 'node:fs/promises';
import { HubClient } from '../hub-client';
import type { PublishCategory } from '../publish-categories';
import { DEFAULT_RETRY_POLICY, RetryPolicy } from '../retry-policy';
import { CliError } from './cli-error';
import { ColumnMapping, readColumnMapping, RowMapper } from './column-mapping';
import { ErrorReport, RowError } from './error-report';
import { PendingRow, pushBatch } from './push-batch';
import { pushProgress } from './push-progress';
import { PushState, readPushState, writePushState } from './push-state';
import { countDataRows, openRows, TextEncoding } from './row-reader';

export interface PushOptions {
  file: string;
  category: PublishCategory;
  url: string;
  key: string;
  mapping?: string;
  batchSize: number;
  /** Default `<file>.errors.csv`, or `<file>.dry-run.errors.csv` for a dry run. */
  errors?: string;
  /** Default `<file>.hub-push.json`. */
  state?: string;
  restart: boolean;
  encoding: TextEncoding;
  /** Validate the whole file against the hub and store nothing (no state kept either). */
  dryRun: boolean;
  /** Tries per batch while the hub is unreachable (default DEFAULT_RETRY_POLICY.attempts). */
  attempts?: number;
}

export interface CliIo {
  stdout: NodeJS.WritableStream;
  /** Progress and warnings. */
  stderr: NodeJS.WritableStream;
}

const rowsOf = (errors: readonly RowError[]) => new Set(errors.map((e) => e.row)).size;

/**
 * `hub-connector push`: streams the file's rows into records, sends them in batches, reports every
 * problem of every rejected row (found locally or by the hub) and records after each acknowledged
 * batch how far it got, so that a run stopped anywhere resumes where it stopped. Answers the exit
 * code: 0 when every row went through, 2 when some were rejected (a re-run of a completed file too);
 * fatal problems throw CliError (1).
 *
 * The state is of the file as it was pushed: a run that stopped (a missing column, the hub refusing
 * the key or unreachable) keeps it only if some batch was acknowledged, and a file changed since
 * (fixed, or tomorrow's export) is pushed from its first row with no --restart needed — what the hub
 * already holds is answered UNCHANGED, so nothing is duplicated, and no row of the new file is skipped.
 */
export async function push(options: PushOptions, io: CliIo): Promise<number> {
  const file = resolve(options.file);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CliError(`${options.file}: 文件不存在 no such file`);
  const statePath = resolve(options.state ?? `${file}.hub-push.json`);
  const reportPath = resolve(options.errors ?? (options.dryRun ? `${file}.dry-run.errors.csv` : `${file}.errors.csv`));
  const mapping: ColumnMapping | undefined = options.mapping ? await readColumnMapping(options.mapping) : undefined;
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...(options.attempts ? { attempts: options.attempts } : {}) };

  let previous = options.restart || options.dryRun ? null : await readPushState(statePath);
  if (
    previous &&
    (previous.file !== file || previous.size !== info.size || previous.mtimeMs !== info.mtimeMs || previous.category !== options.category)
  ) {
    io.stderr.write(
      `hub-connector: 文件或类别已变 the file or category changed since ${statePath} was recorded: 从第一行推送 pushing from the first row (枢纽已有的记录答复 UNCHANGED)\n`,
    );
    previous = null;
  }
  if (previous?.completed) {
    const report = previous.rejected ? `（见 see ${previous.errorReport}）` : '';
    io.stdout.write(
      `此文件已推送完毕 already completed: 推送 pushed ${previous.pushed}，拒收 rejected ${previous.rejected}${report}；加 --restart 可重新推送 pass --restart to push the file again\n`,
    );
    return previous.rejected ? 2 : 0;
  }
  // A state of another file, or one --restart ignores, must not outlive this run if it stops early.
  if (!previous && !options.dryRun) await rm(statePath, { force: true });

  const total = await countDataRows(file, options.encoding);
  let state: PushState = previous ?? {
    version: 1,
    file,
    size: info.size,
    mtimeMs: info.mtimeMs,
    category: options.category,
    rowsDone: 0,
    dataRowsDone: 0,
    pushed: 0,
    rejected: 0,
    errorReport: reportPath,
    errorReportBytes: 0,
    completed: false,
    updatedAt: '',
  };
  const progress = pushProgress(io.stderr);
  const warn = (message: string) => progress.log(`hub-connector: ${message}`);
  if (state.errorReport !== reportPath) {
    warn(`此前各行的错误见 the errors of rows done before are in ${state.errorReport}; 本次报告 this run reports to ${reportPath}`);
    state = { ...state, errorReport: reportPath, errorReportBytes: 0 };
  }
  const { report, lost } = await ErrorReport.open(reportPath, state.errorReportBytes);
  if (lost)
    warn(
      `${reportPath} 缺失或短于记录 is missing or shorter than recorded: 只列出此后发现的错误 it now lists only the errors found from here on`,
    );
  if (state.rowsDone) warn(`续传 resuming: the first ${state.rowsDone} data rows were done before (recorded in ${statePath})`);

  const client = new HubClient({ url: options.url, credential: options.key, timeoutMs: 120_000 });
  const source = openRows(file, options.encoding);
  const run = { pushed: 0, rejected: 0, skipped: 0 };
  let pending: PendingRow[] = [];
  let lastIndex = state.rowsDone;
  let answered = state.dataRowsDone ?? 0;
  let mapper: RowMapper | null = null;
  const counts = () => ({ done: answered, pushed: state.pushed, rejected: state.rejected });

  const flush = async () => {
    const errors = await pushBatch(client, options.category, pending, {
      retry,
      warn,
      dryRun: options.dryRun,
      columnOf: (field) => mapper!.columnOf(field),
    });
    await report.append(errors);
    const rejected = rowsOf(errors);
    run.pushed += pending.length - rejected;
    run.rejected += rejected;
    answered += pending.length;
    state = {
      ...state,
      rowsDone: lastIndex,
      dataRowsDone: answered,
      pushed: state.pushed + pending.length - rejected,
      rejected: state.rejected + rejected,
      errorReportBytes: report.bytes,
    };
    if (!options.dryRun) await writePushState(statePath, state);
    pending = [];
    progress.update(counts());
  };

  // Every acknowledged batch is already recorded, so an interrupted run only needs to say how to go on.
  const onInterrupt = () => {
    progress.stop();
    io.stderr.write(
      `\nhub-connector: 已中断 interrupted; ${state.rowsDone} data rows are recorded as done in ${statePath}: 再次运行同一命令即可续传 run the same command to resume\n`,
    );
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  try {
    let headerRow = 0;
    for await (const { number, cells } of source.rows) {
      const blank = cells.every((cell) => !cell.trim());
      if (!mapper) {
        if (blank) continue;
        mapper = new RowMapper(options.category, cells, mapping);
        headerRow = number;
        if (mapper.ignoredHeaders.length)
          warn(`未推送的列 columns not sent (no field of ${options.category}): ${mapper.ignoredHeaders.join(', ')}`);
        progress.start(total, counts());
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
    }
    if (!mapper) throw new CliError(`${options.file}: 没有表头行 no header row (the file is empty)`);
    await flush();
    state = { ...state, completed: true };
    if (!options.dryRun) await writePushState(statePath, state);
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    progress.stop();
    await report.close();
  }

  if (options.dryRun) {
    io.stdout.write(`试运行，未写入枢纽 dry run, nothing stored: 可推送 would be stored ${run.pushed}，拒收 rejected ${run.rejected}\n`);
  } else {
    io.stdout.write(
      `本次 this run: 推送 pushed ${run.pushed}，拒收 rejected ${run.rejected}，跳过（此前已完成）skipped (already done) ${run.skipped}\n`,
    );
    io.stdout.write(`累计 all runs: 推送 pushed ${state.pushed}，拒收 rejected ${state.rejected}\n`);
  }
  const rejected = options.dryRun ? run.rejected : state.rejected;
  if (rejected) io.stdout.write(`错误报告 error report: ${reportPath}（${rejected} 行 rows）\n`);
  return rejected ? 2 : 0;
}
