import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import {
  CRIMINAL_REFERRALS_SQL,
  DECLINES_SQL,
  LEAGUE_SQL,
  onTimeRatesStatement,
  OpenDeadlineFilter,
  openDeadlinesPage,
  openDeadlinesSummary,
  REFUSALS_SQL,
} from './supervision.sql';

export interface RateRowSql {
  unit_code: string;
  unit_name: string | null;
  item_type: string;
  kind: string;
  due: number;
  on_time: number;
  late: number;
  open_overdue: number;
}

export interface OpenDeadlineRowSql {
  id: string;
  item_type: string;
  item_id: string;
  kind: string;
  clause: string;
  owner_unit_code: string;
  owner_unit_name: string | null;
  started_at: Date;
  due_at: Date;
  reminded_at: Date | null;
  overdue: boolean;
}

export interface SummaryRowSql {
  unit_code: string;
  unit_name: string | null;
  overdue: number;
  due_soon: number;
  oldest_due_at: Date | null;
}

export interface LeagueRowSql {
  rank: number;
  unit_code: string;
  unit_name: string | null;
  counted: number;
  on_time: number;
  late: number;
  rate: number;
  previous_rank: number | null;
  previous_rate: number | null;
  rank_change: number | null;
  rate_delta: number | null;
}

/** Runs the statements of supervision.sql.ts (the only SQL supervision sends). */
@Injectable()
export class SupervisionRepository {
  constructor(private readonly tx: TransactionRunner) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.tx.manager.query<T[]>(sql, params);
  }

  rates(start: Date, end: Date, now: Date): Promise<RateRowSql[]> {
    const { sql, params } = onTimeRatesStatement(start, end, now);
    return this.query(sql, params);
  }

  league(start: Date, end: Date, previousStart: Date, now: Date): Promise<LeagueRowSql[]> {
    return this.query(LEAGUE_SQL, [start, end, previousStart, now]);
  }

  openPage(filter: OpenDeadlineFilter, now: Date, soonUntil: Date, after: { dueAt: string; id: string } | null, limit: number) {
    const { sql, params } = openDeadlinesPage(filter, now, soonUntil, after, limit);
    return this.query<OpenDeadlineRowSql>(sql, params);
  }

  openSummary(filter: OpenDeadlineFilter, now: Date, soonUntil: Date) {
    const { sql, params } = openDeadlinesSummary(filter, now, soonUntil);
    return this.query<SummaryRowSql>(sql, params);
  }

  declines(start: Date, end: Date) {
    return this.query<{ unit_code: string; declines: number; escalations: number }>(DECLINES_SQL, [start, end]);
  }

  refusals(start: Date, end: Date) {
    return this.query<{ unit_code: string; ground_code: string; ground_name: string | null; refusals: number }>(REFUSALS_SQL, [start, end]);
  }

  criminalReferrals(start: Date, end: Date) {
    return this.query<{ unit_code: string; open: number; flagged: number }>(CRIMINAL_REFERRALS_SQL, [start, end]);
  }

  unitNames(codes: string[]): Promise<Array<{ code: string; name: string }>> {
    return codes.length ? this.query(`SELECT code, name FROM unit WHERE code = ANY($1::text[])`, [codes]) : Promise.resolve([]);
  }
}
