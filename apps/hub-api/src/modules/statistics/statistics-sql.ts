import {
  StatisticsArgs,
  StatisticsDimension,
  StatisticsFilterInput,
  StatisticsMeasure,
  StatisticsPeriod,
  StatisticsSource,
  RECORD_CATEGORY_NAMES,
} from '@hub/shared-schema';
import { CategorySql, DimensionSql, SHANGHAI_TODAY } from '../records/category-sql';
import { StatisticsErrors } from './statistics.errors';
import { STATISTICS_SOURCES } from './statistics-sources';

export interface StatisticsSql {
  sql: string;
  params: unknown[];
  /** How many key columns (k0…) and measure columns (m0…) the statement returns. */
  keys: number;
  measures: number;
  /** Per key, the Chinese names of its codes where the key is an enum's code (status, kind …): its label. */
  keyNames: Array<Readonly<Record<string, string>> | undefined>;
}

/** A key's label: the unit's or matter's name the statement joined (`l0`…), else the name of its code. */
export function keyLabel(statement: StatisticsSql, row: Record<string, unknown>, i: number): string | null {
  const joined = row[`l${i}`];
  if (typeof joined === 'string') return joined;
  const key = row[`k${i}`];
  return typeof key === 'string' ? (statement.keyNames[i]?.[key] ?? null) : null;
}

/** More groups than this is a spreadsheet, not a statistics table: the caller narrows the filter or exports. */
export const MAX_GROUPS = 10_000;

const PERIOD_FORMAT: Record<StatisticsPeriod, string> = {
  DAY: 'YYYY-MM-DD',
  MONTH: 'YYYY-MM',
  QUARTER: 'YYYY-"Q"Q',
  YEAR: 'YYYY',
};
/** Dimensions every source can give for ALL (null where a source has none), and the filters on them. */
const SHARED_DIMENSIONS = [StatisticsDimension.TOWNSHIP, StatisticsDimension.UNIT, StatisticsDimension.MATTER] as const;

/** Collects parameters and answers their placeholders; `today` (YYYY-MM-DD, the Clock's) is what SHANGHAI_TODAY binds to. */
export class Params {
  readonly values: unknown[] = [];
  private todayPlaceholder?: string;
  constructor(private readonly today: string) {}
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  /** The statement with every SHANGHAI_TODAY bound to one `$n::date` parameter of today. */
  bind(sql: string): string {
    if (!sql.includes(SHANGHAI_TODAY)) return sql;
    this.todayPlaceholder ??= `${this.add(this.today)}::date`;
    return sql.split(SHANGHAI_TODAY).join(this.todayPlaceholder);
  }
}

export function sourceDefinition(source: StatisticsSource): CategorySql {
  const definition = STATISTICS_SOURCES.find((d) => d.source === source);
  if (!definition) throw new Error(`no statistics source ${source}`);
  return definition;
}

/** The WHERE conditions of the filter on one source; null when the source cannot match it at all. */
export function conditions(
  definition: CategorySql,
  filter: StatisticsFilterInput | null | undefined,
  params: Params,
  strict: boolean,
  at = '',
): string[] | null {
  // Every shared record table has revoked_at: revoked records are out unless asked for.
  const where = filter?.includeRevoked ? [] : ['r.revoked_at IS NULL'];
  if (filter?.from) where.push(`${definition.date} >= ${params.add(filter.from)}::date`);
  if (filter?.to) where.push(`${definition.date} <= ${params.add(filter.to)}::date`);
  const lists: Array<[string[] | undefined, StatisticsDimension, string]> = [
    [filter?.townshipCodes, StatisticsDimension.TOWNSHIP, 'filter.townshipCodes'],
    [filter?.publisherCodes, StatisticsDimension.UNIT, 'filter.publisherCodes'],
    [filter?.matterCodes, StatisticsDimension.MATTER, 'filter.matterCodes'],
    [filter?.statuses, StatisticsDimension.STATUS, 'filter.statuses'],
  ];
  for (const [values, dimension, field] of lists) {
    if (!values?.length) continue;
    const sql = definition.dimensions[dimension as Exclude<StatisticsDimension, typeof StatisticsDimension.CATEGORY>]?.sql;
    if (!sql) {
      if (strict) throw StatisticsErrors.noSuchFilter(`${at}${field}`, definition.source, dimension);
      return null;
    }
    where.push(`${sql} = ANY(${params.add(values)})`);
  }
  return where;
}

/**
 * One aggregation statement for a statistics table: the groups and the grand total from the same scan (so totals
 * always equal the sum of what the filter matches), keys k0…, their labels l0…, measures m0…, and
 * `is_total`.
 */
/**
 * `today` is the Clock's (`ctx.today()`), what a licence's status is judged by; `at` prefixes the argument paths
 * errors name, e.g. `input.ledger.` when the definition is part of an input.
 */
export function statisticsSql(args: StatisticsArgs, today: string, limit: number | null = MAX_GROUPS + 2, at = ''): StatisticsSql {
  const params = new Params(today);
  if (new Set(args.groupBy).size !== args.groupBy.length) throw StatisticsErrors.dimensionTwice(at);
  if (args.source === StatisticsSource.ALL) return allSourcesSql(args, params, limit, at);

  const definition = sourceDefinition(args.source);
  if (args.groupBy.includes(StatisticsDimension.CATEGORY)) throw StatisticsErrors.categoryNeedsAll(at);
  const dimensions = args.groupBy.map((dimension) => {
    const found = definition.dimensions[dimension as Exclude<StatisticsDimension, typeof StatisticsDimension.CATEGORY>];
    if (!found) throw StatisticsErrors.noSuchDimension(at, args.source, dimension);
    return found;
  });
  const measures = args.measures.map((measure) => {
    if (measure === StatisticsMeasure.COUNT) return 'count(*)';
    const sql = definition.measures[measure];
    if (!sql) throw StatisticsErrors.notMeasured(at, measure, args.source);
    return sql;
  });
  const where = conditions(definition, args.filter, params, true, at)!;
  const keys: DimensionSql[] = [
    ...dimensions,
    ...(args.period ? [{ sql: `to_char(${definition.date}, '${PERIOD_FORMAT[args.period]}')` }] : []),
  ];
  return assemble(`${definition.table} r`, where, keys, measures, params, limit);
}

/** Every category at once: counts only, by category and the dimensions all sources share. */
function allSourcesSql(args: StatisticsArgs, params: Params, limit: number | null, at: string): StatisticsSql {
  if (args.measures.some((m) => m !== StatisticsMeasure.COUNT)) throw StatisticsErrors.allCountsOnly(at);
  if (args.filter?.statuses?.length) throw StatisticsErrors.allHasNoStatuses(at);
  const allowed: readonly StatisticsDimension[] = [StatisticsDimension.CATEGORY, ...SHARED_DIMENSIONS];
  const bad = args.groupBy.find((d) => !allowed.includes(d));
  if (bad) throw StatisticsErrors.allGroupsBy(at, allowed, bad);

  const parts = STATISTICS_SOURCES.map((definition) => {
    const where = conditions(definition, args.filter, params, false);
    const shared = SHARED_DIMENSIONS.map((d) => `${definition.dimensions[d]?.sql ?? 'NULL::varchar'} AS ${d.toLowerCase()}`);
    return `SELECT '${definition.category}'::varchar AS category, ${shared.join(', ')}, ${definition.date} AS day
      FROM ${definition.table} r WHERE ${where === null ? 'false' : where.length ? where.join(' AND ') : 'true'}`;
  });
  const keys: DimensionSql[] = args.groupBy.map((d) => ({
    sql: `r.${d.toLowerCase()}`,
    label: d === StatisticsDimension.MATTER ? 'matter' : d === StatisticsDimension.CATEGORY ? undefined : 'unit',
    names: d === StatisticsDimension.CATEGORY ? RECORD_CATEGORY_NAMES : undefined,
  }));
  if (args.period) keys.push({ sql: `to_char(r.day, '${PERIOD_FORMAT[args.period]}')` });
  return assemble(`(${parts.join('\n      UNION ALL\n      ')}) r`, [], keys, ['count(*)'], params, limit);
}

/** Measures whose grand total is the sum of the groups' values (counts and sums), unlike a median or an average. */
const ADDITIVE = /^(count\(\*\)|sum\((?!distinct\b)[^()]*\))$/i;

function assemble(
  from: string,
  where: string[],
  keys: DimensionSql[],
  measures: string[],
  params: Params,
  limit: number | null,
): StatisticsSql {
  const shape = { params: params.values, keys: keys.length, measures: measures.length, keyNames: keys.map((k) => k.names) };
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const bounded = (sql: string) => `${sql} ${limit === null ? '' : `LIMIT ${limit}`}`;
  // The total first, so that the row limit can never cut it off.
  const orderBy = `ORDER BY is_total DESC, ${keys.map((_, i) => `k${i} NULLS LAST`).join(', ')}`;
  const labelJoin = (k: DimensionSql, i: number, column: string) =>
    k.label === 'unit'
      ? `LEFT JOIN unit l${i} ON l${i}.code = ${column}`
      : k.label === 'matter'
        ? `LEFT JOIN devolved_matter l${i} ON l${i}.code = ${column}`
        : '';
  if (!keys.length) {
    return {
      ...shape,
      sql: params.bind(
        `SELECT ${[...measures.map((m, i) => `(${m})::text AS m${i}`), 'true AS is_total'].join(', ')} FROM ${from} ${filter}`,
      ),
    };
  }
  if (measures.every((m) => ADDITIVE.test(m))) {
    // Counts and sums: aggregate in a plain GROUP BY, which PostgreSQL runs in parallel workers,
    // then label the (few) groups and add them up for the total. Same numbers as one grouping pass,
    // since a sum of group counts or sums is the count or sum of the whole (no group: a count of 0,
    // a sum of NULL, as one grouping pass gives).
    const groups = `SELECT ${[...keys.map((k, i) => `${k.sql} AS k${i}`), ...measures.map((m, i) => `${m} AS m${i}`)].join(', ')}
      FROM ${from} ${filter} GROUP BY ${keys.map((_, i) => i + 1).join(', ')}`;
    const labelled = `SELECT ${[
      ...keys.map((_, i) => `g.k${i}`),
      ...keys.map((k, i) => (k.label ? `l${i}.name AS l${i}` : `NULL AS l${i}`)),
      ...measures.map((_, i) => `g.m${i}::text AS m${i}`),
      'false AS is_total',
    ].join(', ')} FROM g ${keys.map((k, i) => labelJoin(k, i, `g.k${i}`)).join(' ')}`;
    const total = `SELECT ${[...keys.map((_, i) => `NULL AS k${i}`), ...keys.map((_, i) => `NULL AS l${i}`), ...measures.map((m, i) => (m === 'count(*)' ? `coalesce(sum(g.m${i}), 0)::text AS m${i}` : `sum(g.m${i})::text AS m${i}`)), 'true AS is_total'].join(', ')} FROM g`;
    return { ...shape, sql: params.bind(bounded(`WITH g AS (${groups}) ${labelled} UNION ALL ${total} ${orderBy}`)) };
  }
  // Medians and averages cannot be added up from groups: one pass with the grand total as the empty grouping set.
  const select = [
    ...keys.map((k, i) => `${k.sql} AS k${i}`),
    ...keys.map((k, i) => (k.label ? `max(l${i}.name) AS l${i}` : `NULL AS l${i}`)),
    ...measures.map((m, i) => `(${m})::text AS m${i}`),
    `GROUPING(${keys.map((k) => k.sql).join(', ')}) > 0 AS is_total`,
  ];
  const sql = `SELECT ${select.join(', ')}
    FROM ${from} ${keys.map((k, i) => labelJoin(k, i, k.sql)).join(' ')} ${filter}
    GROUP BY GROUPING SETS ((${keys.map((k) => k.sql).join(', ')}), ()) ${orderBy}`;
  return { ...shape, sql: params.bind(bounded(sql)) };
}
