import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People's accounts join the `credentials` change notifications (migration ChangeNotifications): each hub
 * process now keeps the active account behind a token in memory, as it keeps API keys, instead of reading
 * it on every call. Any statement on `user_account` — a deactivation, new roles, a new password (which
 * raises token_version), whoever makes it — empties that cache in every process at commit, so a change
 * still applies from the next call.
 */
export class UserAccountChangeNotify1765730000000 implements MigrationInterface {
  name = 'UserAccountChangeNotify1765730000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TRIGGER user_account_change_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON user_account FOR EACH STATEMENT EXECUTE FUNCTION hub_notify_change('credentials')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER user_account_change_notify ON user_account`);
  }
}
