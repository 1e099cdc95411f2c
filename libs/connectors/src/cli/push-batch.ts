import type { HubClient } from '../hub-client';
import { HubError } from '../hub-error';
import type { PublishCategory, PublishInputs } from '../publish-categories';
import type { RecordOutcome } from '../record-outcome';
import type { RetryPolicy } from '../retry-policy';
import { CliError } from './cli-error';
import type { MappedRow } from './column-mapping';
import type { RowError } from './error-report';

export interface PendingRow {
  /** Spreadsheet row number. */
  row: number;
  mapped: MappedRow;
}

export interface BatchContext {
  retry: RetryPolicy;
  /** The user's header for a field the hub names, so the report speaks of their file. */
  columnOf(field: string): string;
  /** Told of each retry (a message to show above the progress, not through it). */
  warn(message: string): void;
  /** Validate only: the hub runs every check and stores nothing. */
  dryRun?: boolean;
}

/** What the hub's stable codes mean to the person fixing the file. */
const HUB_REFUSAL: Readonly<Record<string, string>> = {
  BAD_USER_INPUT: '取值不符合要求',
  NOT_FOUND: '在枢纽中不存在',
  CONFLICT: '与已有记录冲突',
  FORBIDDEN: '无权推送这条记录',
};

/**
 * Sends the rows of one batch that passed the local checks, retried while the hub is unavailable, and
 * answers the report lines of the batch in row order: every problem of a row not sent, and the hub's
 * answer for a row it rejected. A refusal of the whole batch (the key, the hub down for good) stops the run.
 */
export async function pushBatch<C extends PublishCategory>(
  client: HubClient,
  category: C,
  rows: readonly PendingRow[],
  context: BatchContext,
): Promise<RowError[]> {
  // The mapper checked what the input type needs, so these records are what the mutation takes.
  const records = rows.filter((r) => !r.mapped.problems.length).map((r) => r.mapped.record as unknown as PublishInputs[C]);
  const outcomes = await publish(client, category, records, rows, context);
  let next = 0;
  return rows.flatMap(({ row, mapped }): RowError[] => {
    if (mapped.problems.length) {
      return mapped.problems.map((p) => ({
        row,
        sourceId: mapped.sourceId,
        column: p.column,
        message: `未推送：${p.message}`,
        code: 'BAD_USER_INPUT',
      }));
    }
    const outcome = outcomes[next++];
    return outcome.ok ? [] : [refusedByHub(row, mapped, outcome, context)];
  });
}

function refusedByHub(row: number, mapped: MappedRow, outcome: RecordOutcome, context: BatchContext): RowError {
  const code = outcome.code ?? '';
  // The hub names the input field (`holderUscc`, `dimensions.area`, or `record` for the whole record).
  const field = (outcome.field ?? '').split('.')[0];
  const known = field && field !== 'record';
  const value = known ? mapped.record[field] : undefined;
  const shown = typeof value === 'string' && value ? `“${value}”` : '';
  const meaning = HUB_REFUSAL[code] ?? '被拒收';
  return {
    row,
    sourceId: outcome.sourceId || mapped.sourceId,
    column: known ? context.columnOf(field) : '',
    message: `枢纽拒收：${shown}${meaning}（${outcome.message ?? code}）`,
    code,
  };
}

async function publish<C extends PublishCategory>(
  client: HubClient,
  category: C,
  records: PublishInputs[C][],
  rows: readonly PendingRow[],
  { retry, warn, dryRun }: BatchContext,
): Promise<RecordOutcome[]> {
  try {
    return await client.publish(category, records, {
      retry,
      dryRun,
      onRetry: (error, attempt, delayMs) =>
        warn(
          `枢纽暂不可达 hub unavailable (${error.message}); ${(delayMs / 1000).toFixed(1)} 秒后重发本批 sending the batch again (attempt ${attempt + 1} of ${retry.attempts})`,
        ),
    });
  } catch (error) {
    if (!(error instanceof HubError)) throw error;
    if (error.retryable) {
      throw new CliError(
        `枢纽不可达 hub unavailable after ${retry.attempts} attempts (${error.message}); 已确认的行已记录 the rows acknowledged so far are recorded: 再次运行同一命令即可续传 run the same command again to resume`,
      );
    }
    const where = `rows ${rows[0]?.row}–${rows[rows.length - 1]?.row}`;
    throw new CliError(
      `枢纽拒收整批 the hub refused the batch of ${where}: ${error.code}${error.field ? ` (${error.field})` : ''}: ${error.message}`,
    );
  }
}
