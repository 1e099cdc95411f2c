import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import { StatisticsSql } from './statistics-sql';

/** One row of the aggregation statement: key columns k0…, label columns l0…, measure columns m0…, is_total. */
export type StatisticsRowSql = Record<string, string | boolean | null>;

/** Runs the one aggregation statement statistics-sql.ts builds (the only SQL the statistics send). */
@Injectable()
export class StatisticsRepository {
  constructor(private readonly tx: TransactionRunner) {}

  aggregate(statement: StatisticsSql): Promise<StatisticsRowSql[]> {
    return this.tx.manager.query<StatisticsRowSql[]>(statement.sql, statement.params);
  }
}
