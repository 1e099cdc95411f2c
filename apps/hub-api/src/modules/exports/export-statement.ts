import {
  StatisticsArgs,
  StatisticsDimension,
  StatisticsMeasure,
  StatisticsPeriod,
  StatisticsSource,
  RecordExportInput,
} from '@hub/shared-schema';
import { DIMENSION_HEADERS, MEASURE_HEADERS, PERIOD_HEADERS } from '../statistics/statistics-headers';
import { conditions, keyLabel, statisticsSql, Params, sourceDefinition } from '../statistics/statistics-sql';
import { ExportErrors } from './exports.errors';
import { RECORD_COLUMNS } from './record-columns';
import { CellKind, SheetColumn } from './sheet-columns';

/** What an export job runs: one statement, its columns (Chinese headers and kinds), and how a result row becomes a line. */
export interface ExportStatement {
  sql: string;
  params: unknown[];
  columns: SheetColumn[];
  toValues(row: Record<string, unknown>): Array<string | null>;
  /** Rows to hold back and write last (a ledger's total). */
  isTrailer?(row: Record<string, unknown>): boolean;
  /** How many of the statement's rows are such trailers: they are counted in neither rowsWritten nor totalRows. */
  trailerRows: number;
}

/** Statement columns are text or numbers (the SQL casts them); anything else is a bug, shown as JSON. */
export const text = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : typeof value === 'string' || typeof value === 'number'
      ? String(value)
      : JSON.stringify(value);

const MEASURE_KINDS: Record<StatisticsMeasure, CellKind> = {
  COUNT: 'count',
  FINE_TOTAL: 'amount',
  CONFISCATION_TOTAL: 'amount',
  MEDIAN_HANDLING_DAYS: 'decimal',
  AVERAGE_HANDLING_DAYS: 'decimal',
};
/** Dimensions whose values are codes of units or matters: the code, then a 名称 column with the name. */
const NAMED_BY_TABLE: readonly StatisticsDimension[] = [
  StatisticsDimension.TOWNSHIP,
  StatisticsDimension.UNIT,
  StatisticsDimension.MATTER,
  StatisticsDimension.HANDLING_UNIT,
];

/**
 * A ledger as a sheet. Unit and matter keys keep their code beside a 名称 column; status, kind, channel
 * and category keys are shown by their Chinese names alone (the code means nothing to a reader of the
 * sheet). The total row, `合计`, comes last.
 */
export function statisticsExport(args: StatisticsArgs, today: string, at = 'input.ledger.'): ExportStatement {
  const statement = statisticsSql(args, today, null, at);
  const coded = args.groupBy.map((d) => NAMED_BY_TABLE.includes(d));
  const columns: SheetColumn[] = [
    ...args.groupBy.flatMap((d, i): SheetColumn[] =>
      coded[i]
        ? [
            { header: DIMENSION_HEADERS[d], kind: 'text' },
            { header: `${DIMENSION_HEADERS[d]}名称`, kind: 'text' },
          ]
        : [{ header: DIMENSION_HEADERS[d], kind: 'text' }],
    ),
    ...(args.period
      ? [{ header: PERIOD_HEADERS[args.period], kind: args.period === StatisticsPeriod.DAY ? 'date' : 'text' } as SheetColumn]
      : []),
    ...args.measures.map((m): SheetColumn => ({ header: MEASURE_HEADERS[m], kind: MEASURE_KINDS[m] })),
  ];
  return {
    sql: statement.sql,
    params: statement.params,
    columns,
    toValues: (row) => {
      const keys = Array.from({ length: statement.keys }, (_, i) => {
        if (row.is_total) return i < args.groupBy.length && coded[i] ? [null, null] : [null];
        const key = text(row[`k${i}`]);
        if (i >= args.groupBy.length) return [key]; // the period
        return coded[i] ? [key, keyLabel(statement, row, i)] : [keyLabel(statement, row, i) ?? key];
      }).flat();
      if (row.is_total && keys.length) keys[0] = '合计';
      return [...keys, ...Array.from({ length: statement.measures }, (_, i) => text(row[`m${i}`]))];
    },
    isTrailer: (row) => row.is_total === true && statement.keys > 0,
    // A grouped ledger always has its one total row; one without groups is that row alone, written as data.
    trailerRows: statement.keys > 0 ? 1 : 0,
  };
}

/** The records of one category matching the filter, personal data left out (see RECORD_COLUMNS); `today` is the Clock's. */
export function recordExport(input: RecordExportInput, today: string): ExportStatement {
  const columns = RECORD_COLUMNS[input.source];
  if (input.source === StatisticsSource.ALL || !columns) throw ExportErrors.sourceNotExportable(input.source);
  const definition = sourceDefinition(input.source);
  const params = new Params(today);
  const where = conditions(definition, input.filter, params, true, 'input.records.')!;
  return {
    sql: params.bind(`SELECT ${columns.map((c, i) => `${c.sql} AS c${i}`).join(', ')} FROM ${definition.table} r
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.published_at, r.id`),
    params: params.values,
    columns: columns.map((c) => ({ header: c.header, kind: c.kind ?? 'text' })),
    toValues: (row) =>
      columns.map((c, i) => {
        const value = text(row[`c${i}`]);
        return value !== null && c.names ? (c.names[value] ?? value) : value;
      }),
    trailerRows: 0,
  };
}
