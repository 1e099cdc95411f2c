import { Injectable } from '@nestjs/common';
import { Ledger, LedgerArgs } from '@hub/shared-schema';
import { InputError } from '../../common/errors/domain-error';
import { TransactionRunner } from '../../database/transaction-runner';
import { DIMENSION_HEADERS, MEASURE_HEADERS, PERIOD_HEADERS } from './ledger-headers';
import { keyLabel, ledgerSql, MAX_GROUPS } from './ledger-sql';

type LedgerRowSql = Record<string, string | boolean | null>;

/**
 * Ledgers for statisticians: counts, sums and distributions over the shared records, computed by one
 * aggregation statement in PostgreSQL (see ledger-sql.ts). No personal data can appear: dimensions
 * and measures are codes, dates and numbers only.
 */
@Injectable()
export class StatisticsService {
  constructor(private readonly tx: TransactionRunner) {}

  async ledger(args: LedgerArgs): Promise<Ledger> {
    const statement = ledgerSql(args);
    const result = await this.tx.manager.query<LedgerRowSql[]>(statement.sql, statement.params);
    const total = result.find((row) => row.is_total === true);
    const groups = result.filter((row) => row.is_total !== true);
    if (groups.length > MAX_GROUPS) throw new InputError('groupBy', `more than ${MAX_GROUPS} groups: narrow the filter or the period`);
    const pick = (row: LedgerRowSql, prefix: string, n: number) =>
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
