import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import { ThrottleState } from './login-throttle.policy';

export const USER_KEY_PREFIX = 'user:';
export const ADDRESS_KEY_PREFIX = 'addr:';

/**
 * A row that counts for nothing any more: one at its lockout once the lockout has passed since its
 * last failure, any other once its window has passed ($2/$3: lockout failures of user names and of
 * addresses, $4: window, $5: lockout seconds).
 */
const EXPIRED = `CASE WHEN t.failures >= (CASE WHEN left(t.key, ${USER_KEY_PREFIX.length}) = '${USER_KEY_PREFIX}' THEN $2::int ELSE $3::int END)
    THEN t.last_failure_at <= now() - make_interval(secs => $5::int)
    ELSE t.window_started_at <= now() - make_interval(secs => $4::int) END`;

interface ThrottleRow {
  key: string;
  failures: number;
  window_started_at: Date;
  last_failure_at: Date;
  now: Date;
}

/**
 * Failed log-in counts in PostgreSQL, shared by every hub process. Each call is one short statement
 * on the pool (never inside a transaction held across a password hash); times are the database's.
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** The state of each key that has one, and the database's time of reading. */
  async read(keys: string[]): Promise<{ states: Map<string, ThrottleState>; now: Date }> {
    const rows = await this.tx.manager.query<ThrottleRow[]>(
      `SELECT t.key, t.failures, t.window_started_at, t.last_failure_at, n.now
         FROM (SELECT now() AS now) n LEFT JOIN login_throttle t ON t.key = ANY($1::text[])`,
      [keys],
    );
    const states = new Map<string, ThrottleState>();
    for (const row of rows) {
      if (row.key)
        states.set(row.key, { failures: row.failures, windowStartedAt: row.window_started_at, lastFailureAt: row.last_failure_at });
    }
    return { states, now: rows[0].now };
  }

  /**
   * Counts one failure against each key, starting the count again where the window (or, for a key
   * at its lockout, the lockout) has passed. Keys in a fixed order, so concurrent calls cannot deadlock.
   */
  async recordFailure(
    keys: string[],
    limits: { userLockout: number; addressLockout: number; windowSeconds: number; lockoutSeconds: number },
  ): Promise<Map<string, number>> {
    const rows = await this.tx.manager.query<Array<{ key: string; failures: number }>>(
      `INSERT INTO login_throttle AS t (key, failures, window_started_at, last_failure_at)
       SELECT k, 1, now(), now() FROM unnest($1::text[]) AS k ORDER BY k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN ${EXPIRED} THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN ${EXPIRED} THEN now() ELSE t.window_started_at END,
         last_failure_at = now()
       RETURNING t.key, t.failures`,
      [keys, limits.userLockout, limits.addressLockout, limits.windowSeconds, limits.lockoutSeconds],
    );
    return new Map(rows.map((row) => [row.key, row.failures]));
  }

  /** A successful log-in forgets the user name's failures (not the address's: a guesser's own account must not reset them). */
  async clear(key: string): Promise<void> {
    await this.tx.manager.query(`DELETE FROM login_throttle WHERE key = $1`, [key]);
  }

  /** Drops keys whose last failure is older than both window and lockout: they count for nothing. */
  async prune(olderThanSeconds: number): Promise<void> {
    await this.tx.manager.query(`DELETE FROM login_throttle WHERE last_failure_at < now() - make_interval(secs => $1)`, [olderThanSeconds]);
  }
}
