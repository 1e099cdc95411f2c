import { Injectable } from '@nestjs/common';
import { Role } from '@hub/shared-schema';
import { TransactionRunner } from '../../database/transaction-runner';

export interface SearchWindow {
  /** Searches counted in the window, this one included. */
  searches: number;
  /** The window's start exactly as PostgreSQL printed it (microseconds kept), to name this window again. */
  windowKey: string;
  windowStart: Date;
  resetsAt: Date;
}

/**
 * The window is one hour of the hub's Clock, passed in as `$1`: every hub process agrees on it to the
 * precision of NTP (it was the database's clock; the Clock lets a test move it).
 */
const WINDOW = `interval '1 hour'`;

@Injectable()
export class IdNumberSearchesRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /**
   * Counts one search for the caller in one statement: a new window when there is none or the last
   * one ended, else one more in the current one. The row lock of the upsert serialises concurrent
   * searches (the aliases of one request, other hub processes), so each gets its own number.
   */
  async count(now: Date, actorKind: string, actorId: string): Promise<SearchWindow> {
    const [row] = await this.tx.manager.query<Array<{ searches: number; windowKey: string; windowStart: Date; resetsAt: Date }>>(
      `INSERT INTO id_number_search_window AS w (actor_kind, actor_id, window_start, searches)
       VALUES ($2, $3, $1::timestamptz, 1)
       ON CONFLICT (actor_kind, actor_id) DO UPDATE SET
         window_start = CASE WHEN w.window_start <= $1::timestamptz - ${WINDOW} THEN $1::timestamptz ELSE w.window_start END,
         searches = CASE WHEN w.window_start <= $1::timestamptz - ${WINDOW} THEN 1 ELSE w.searches + 1 END,
         alerted_at = CASE WHEN w.window_start <= $1::timestamptz - ${WINDOW} THEN NULL ELSE w.alerted_at END
       RETURNING searches, window_start::text AS "windowKey", window_start AS "windowStart", window_start + ${WINDOW} AS "resetsAt"`,
      [now, actorKind, actorId],
    );
    return row;
  }

  /** Marks the window alerted; true for the one call that did it, false when it already was. */
  async markAlerted(now: Date, actorKind: string, actorId: string, windowKey: string): Promise<boolean> {
    // An UPDATE through TypeORM's pg driver answers [rows, affected count].
    const [, count] = await this.tx.manager.query<[unknown[], number]>(
      `UPDATE id_number_search_window SET alerted_at = $4::timestamptz
        WHERE actor_kind = $1 AND actor_id = $2 AND window_start = $3::timestamptz AND alerted_at IS NULL`,
      [actorKind, actorId, windowKey, now],
    );
    return count === 1;
  }

  /** Units where an active supervisor works: who an alert is addressed to. */
  async supervisorUnits(): Promise<string[]> {
    const rows = await this.tx.manager.query<Array<{ unitCode: string }>>(
      `SELECT DISTINCT unit_code AS "unitCode" FROM user_account WHERE active AND $1 = ANY(roles) ORDER BY 1`,
      [Role.SUPERVISOR],
    );
    return rows.map((r) => r.unitCode);
  }
}
