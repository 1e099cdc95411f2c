import { JINJIANG_TOWNSHIP_NAMES, RecordCategory, StatisticsDimension, StatisticsMeasure, StatisticsSource } from '@hub/shared-schema';
import type { CellKind } from '../exports/sheet-columns';

/**
 * A dimension's SQL over the category's row `r`, and where its readable name comes from: the unit or
 * matter tables (`label`), or, for a code of the schema's enums, that enum's table of Chinese names.
 */
export interface DimensionSql {
  sql: string;
  label?: 'unit' | 'matter';
  names?: Readonly<Record<string, string>>;
}

/** One column of a record export: its Chinese header (from the shared-schema field table) and its SQL over `r`. */
export interface ExportColumn {
  header: string;
  sql: string;
  /** Text unless said otherwise (see CellKind). */
  kind?: CellKind;
  /** A code column shown by its Chinese name (status, kind, the town's name); an unknown code stays as it is. */
  names?: Readonly<Record<string, string>>;
}

/**
 * A category's SQL facts, declared once beside its RecordCategory declaration (`<category>.category.ts`):
 * its table, the Shanghai calendar date its periods and date filters use, the SQL of each statistics
 * dimension and measure it offers, and the columns of its record export. Statistics and exports read
 * these; a new category (case transfers, assistance requests …) is a declaration, not a new code path.
 */
export interface CategorySql {
  source: Exclude<StatisticsSource, typeof StatisticsSource.ALL>;
  category: RecordCategory;
  table: string;
  /** A `date` in Asia/Shanghai time. */
  date: string;
  dimensions: Partial<Record<Exclude<StatisticsDimension, typeof StatisticsDimension.CATEGORY>, DimensionSql>>;
  /** Aggregates beyond COUNT, which every source has. */
  measures: Partial<Record<Exclude<StatisticsMeasure, typeof StatisticsMeasure.COUNT>, string>>;
  /** The record export's columns. Personal data (ID numbers, phones, reporter identities) is left out altogether. */
  exportColumns: ExportColumn[];
}

/**
 * Today on the Shanghai calendar, from the hub's Clock (`ctx.today()`), not the database's `now()`: a placeholder
 * the statement builders (statistics-sql.ts, export-statement.ts) bind to a `$n::date` parameter, so statistics
 * and exports follow a moved clock like everything else.
 */
export const SHANGHAI_TODAY = '{{shanghai_today}}';

/** A timestamp column's Shanghai calendar date. */
export const shanghaiDate = (column: string) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date`;

/** Dimensions named from the unit or matter tables. */
export const unitDimension = (sql: string): DimensionSql => ({ sql, label: 'unit' });
export const matterDimension = (sql: string): DimensionSql => ({ sql, label: 'matter' });

/** Export cells: a date, a Shanghai date and time, a township code shown by its town's name. */
export const dateCell = (column: string) => ({ sql: `to_char(${column}, 'YYYY-MM-DD')`, kind: 'date' as const });
export const shanghaiTimeCell = (column: string) => ({
  sql: `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')`,
  kind: 'datetime' as const,
});
export const townshipCell = { sql: 'r.township_code', names: JINJIANG_TOWNSHIP_NAMES };
