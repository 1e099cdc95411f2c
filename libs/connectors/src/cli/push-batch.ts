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

/**
 * Sends the rows of one batch that passed the local checks, retried while the hub is unavailable, and
 * answers the report lines of the batch: rows not sent and rows the hub rejected, in row order. A
 * refusal of the whole batch (the key, the hub down for good) stops the run.
 */
export async function pushBatch<C extends PublishCategory>(
  client: HubClient,
  category: C,
  rows: readonly PendingRow[],
  retry: RetryPolicy,
  warn: (message: string) => void,
): Promise<RowError[]> {
  // The mapper checked what the input type needs, so these records are what the mutation takes.
  const records = rows.filter((r) => !r.mapped.problems.length).map((r) => r.mapped.record as unknown as PublishInputs[C]);
  const outcomes = await publish(client, category, records, rows, retry, warn);
  let next = 0;
  return rows.flatMap(({ row, mapped }): RowError[] => {
    if (mapped.problems.length) return [notSent(row, mapped)];
    const outcome = outcomes[next++];
    return outcome.ok ? [] : [{ row, sourceId: outcome.sourceId, code: outcome.code ?? '', field: outcome.field ?? '', message: outcome.message ?? '' }];
  });
}

function notSent(row: number, { sourceId, problems }: MappedRow): RowError {
  const message = problems.map((p) => (problems.length > 1 ? `${p.field} ${p.message}` : p.message)).join('; ');
  return { row, sourceId, code: 'BAD_USER_INPUT', field: problems.map((p) => p.field).join(' '), message: `not sent: ${message}` };
}

async function publish<C extends PublishCategory>(
  client: HubClient,
  category: C,
  records: PublishInputs[C][],
  rows: readonly PendingRow[],
  retry: RetryPolicy,
  warn: (message: string) => void,
): Promise<RecordOutcome[]> {
  try {
    return await client.publish(category, records, {
      retry,
      onRetry: (error, attempt, delayMs) =>
        warn(`hub unavailable (${error.message}); sending the batch again in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${retry.attempts})`),
    });
  } catch (error) {
    if (!(error instanceof HubError)) throw error;
    if (error.retryable) {
      throw new CliError(`hub unavailable after ${retry.attempts} attempts (${error.message}); the rows acknowledged so far are recorded: run the same command again to resume`);
    }
    const where = `rows ${rows[0]?.row}–${rows[rows.length - 1]?.row}`;
    throw new CliError(`the hub refused the batch of ${where}: ${error.code}${error.field ? ` (${error.field})` : ''}: ${error.message}`);
  }
}
