import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import { ThrottleState } from './login-throttle.policy';
import { Clock } from '../../common/time/clock';

export const USER_KEY_PREFIX = 'user:';
export const ADDRESS_KEY_PREFIX = 'addr:';

/**
 * A row that counts for nothing any more: one at its lockout once the lockout has passed since its
 * last failure, any other once its window has passed ($2/$3: lockout failures of user names and of
 * addresses, $4: window, $5: lockout seconds, $6: now).
 */
const EXPIRED = `CASE WHEN t.failures >= (CASE WHEN left(t.key, ${USER_KEY_PREFIX.length}) = '${USER_KEY_PREFIX}' THEN $2::int ELSE $3::int END)
    THEN t.last_failure_at <= $6::timestamptz - make_interval(secs => $5::int)
    ELSE t.window_started_at <= $6::timestamptz - make_interval(secs => $4::int) END`;

interface ThrottleRow {
  key: string;
  failures: number;
  window_started_at: Date;
  last_failure_at: Date;
  now: Date;
}

/**
 * Failed log-in counts in PostgreSQL, shared by every hub process. Each call is one short statement
 * on the pool (never inside a transaction held across a password hash). Times are the hub's Clock
 * (they were the database's): the processes agree on a window to the precision of NTP, and a test
 * can move the clock past a lockout.
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** The state of each key that has one, and the time of reading. */
  async read(keys: string[]): Promise<{ states: Map<string, ThrottleState>; now: Date }> {
    const rows = await this.tx.manager.query<ThrottleRow[]>(
      `SELECT t.key, t.failures, t.window_started_at, t.last_failure_at, n.now
         FROM (SELECT $2::timestamptz AS now) n LEFT JOIN login_throttle t ON t.key = ANY($1::text[])`,
      [keys, this.clock.now()],
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
       SELECT k, 1, $6::timestamptz, $6::timestamptz FROM unnest($1::text[]) AS k ORDER BY k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN ${EXPIRED} THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN ${EXPIRED} THEN $6::timestamptz ELSE t.window_started_at END,
         last_failure_at = $6::timestamptz
       RETURNING t.key, t.failures`,
      [keys, limits.userLockout, limits.addressLockout, limits.windowSeconds, limits.lockoutSeconds, this.clock.now()],
    );
    return new Map(rows.map((row) => [row.key, row.failures]));
  }

  /** A successful log-in forgets the user name's failures (not the address's: a guesser's own account must not reset them). */
  async clear(key: string): Promise<void> {
    await this.tx.manager.query(`DELETE FROM login_throttle WHERE key = $1`, [key]);
  }

  /** Drops keys whose last failure is older than both window and lockout: they count for nothing. */
  async prune(olderThanSeconds: number): Promise<void> {
    await this.tx.manager.query(`DELETE FROM login_throttle WHERE last_failure_at < $2::timestamptz - make_interval(secs => $1)`, [
      olderThanSeconds,
      this.clock.now(),
    ]);
  }
}
