import { Injectable } from '@nestjs/common';
import { StatisticsTable, StatisticsArgs } from '@hub/shared-schema';
import { RequestContext } from '../../common/context/request-context';
import { DIMENSION_HEADERS, MEASURE_HEADERS, PERIOD_HEADERS } from './statistics-headers';
import { keyLabel, MAX_GROUPS, statisticsSql } from './statistics-sql';
import { StatisticsErrors } from './statistics.errors';
import { StatisticsRepository, StatisticsRowSql } from './statistics.repository';

/**
 * Statistics for statisticians: counts, sums and distributions over the shared records, computed by one
 * aggregation statement in PostgreSQL (see statistics-sql.ts). No personal data can appear: dimensions
 * and measures are codes, dates and numbers only.
 */
@Injectable()
export class StatisticsService {
  constructor(private readonly repository: StatisticsRepository) {}

  /** A licence's status is judged by the caller's today (`ctx.today()`, the Clock's), as everywhere else. */
  async table(ctx: RequestContext, args: StatisticsArgs): Promise<StatisticsTable> {
    const statement = statisticsSql(args, ctx.today());
    const result = await this.repository.aggregate(statement);
    const total = result.find((row) => row.is_total === true);
    const groups = result.filter((row) => row.is_total !== true);
    if (groups.length > MAX_GROUPS) throw StatisticsErrors.tooManyGroups(MAX_GROUPS);
    const pick = (row: StatisticsRowSql, prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => (row[`${prefix}${i}`] as string | null) ?? null);
    const measureCount = statement.measures;
    return {
      source: args.source,
      groupBy: args.groupBy,
      period: args.period ?? null,
      measures: args.measures,
      headers: [
        ...args.groupBy.map((d) => DIMENSION_HEADERS[d]),
        ...(args.period ? [PERIOD_HEADERS[args.period]] : []),
        ...args.measures.map((m) => MEASURE_HEADERS[m]),
      ],
      rows: (statement.keys ? groups : []).map((row) => ({
        keys: pick(row, 'k', statement.keys),
        labels: Array.from({ length: statement.keys }, (_, i) => keyLabel(statement, row, i)),
        values: pick(row, 'm', measureCount),
      })),
      totals: total ? pick(total, 'm', measureCount) : Array.from({ length: measureCount }, () => null),
    };
  }
}
