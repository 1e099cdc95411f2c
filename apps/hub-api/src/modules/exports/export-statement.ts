import { LedgerArgs, LedgerSource, RecordExportInput } from '@hub/shared-schema';
import { InputError } from '../../common/errors/domain-error';
import { DIMENSION_HEADERS, MEASURE_HEADERS, PERIOD_HEADERS } from '../statistics/ledger-headers';
import { conditions, ledgerSql, Params, sourceDefinition } from '../statistics/ledger-sql';
import { RECORD_COLUMNS } from './record-columns';

/** What an export job runs: one statement, its Chinese headers, and how a result row becomes a line. */
export interface ExportStatement {
  sql: string;
  params: unknown[];
  headers: string[];
  toValues(row: Record<string, unknown>): Array<string | null>;
  /** Rows to hold back and write last (a ledger's total). */
  isTrailer?(row: Record<string, unknown>): boolean;
}

/** Statement columns are text or numbers (the SQL casts them); anything else is a bug, shown as JSON. */
const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);

export function ledgerExport(args: LedgerArgs): ExportStatement {
  const statement = ledgerSql(args, null, 'input.ledger.');
  const labelled = args.groupBy.map((d) => !['STATUS', 'KIND', 'CHANNEL', 'CATEGORY'].includes(d));
  const headers = [
    ...args.groupBy.flatMap((d, i) => (labelled[i] ? [DIMENSION_HEADERS[d], `${DIMENSION_HEADERS[d]}名称`] : [DIMENSION_HEADERS[d]])),
    ...(args.period ? [PERIOD_HEADERS[args.period]] : []),
    ...args.measures.map((m) => MEASURE_HEADERS[m]),
  ];
  return {
    sql: statement.sql,
    params: statement.params,
    headers,
    toValues: (row) => {
      const keys = Array.from({ length: statement.keys }, (_, i) => {
        const key = row.is_total ? null : text(row[`k${i}`]);
        return i < args.groupBy.length && labelled[i] ? [key, row.is_total ? null : text(row[`l${i}`])] : [key];
      }).flat();
      if (row.is_total && keys.length) keys[0] = '合计';
      return [...keys, ...Array.from({ length: statement.measures }, (_, i) => text(row[`m${i}`]))];
    },
    isTrailer: (row) => row.is_total === true && statement.keys > 0,
  };
}

/** The records of one category matching the filter, personal data left out (see RECORD_COLUMNS). */
export function recordExport(input: RecordExportInput): ExportStatement {
  const columns = RECORD_COLUMNS[input.source];
  if (input.source === LedgerSource.ALL || !columns) throw new InputError('input.records.source', `records of ${input.source} cannot be exported yet`);
  const definition = sourceDefinition(input.source);
  const params = new Params();
  const where = conditions(definition, input.filter, params, true, 'input.records.')!;
  return {
    sql: `SELECT ${columns.map((c, i) => `${c.sql} AS c${i}`).join(', ')} FROM ${definition.table} r
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.published_at, r.id`,
    params: params.values,
    headers: columns.map((c) => c.header),
    toValues: (row) => columns.map((_, i) => text(row[`c${i}`])),
  };
}
