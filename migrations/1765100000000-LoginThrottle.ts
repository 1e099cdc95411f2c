import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Log-in limits against password guessing. `login_throttle` counts failed log-ins per user name
 * (`user:…`) and per client address (`addr:…`) in the database, so every hub process sees the same
 * counts; the delay and the lockout are derived from them at read time (LoginThrottle), with the
 * database's clock. `user_account.token_version` is carried in each access token (`ver`) and raised
 * whenever a user is deactivated or their password is reset or changed: every token issued before no
 * longer matches.
 */
export class LoginThrottle1765100000000 implements MigrationInterface {
  name = 'LoginThrottle1765100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        key varchar(200) PRIMARY KEY,
        failures integer NOT NULL CHECK (failures > 0),
        window_started_at timestamptz NOT NULL,
        last_failure_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure_at)`);
    await q.query(`ALTER TABLE user_account ADD COLUMN token_version integer NOT NULL DEFAULT 0`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_account DROP COLUMN token_version`);
    await q.query(`DROP TABLE login_throttle`);
  }
}
