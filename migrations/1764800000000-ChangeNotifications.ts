import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Change notifications for the hub's in-process caches (the officer's lookup answers in well under a
 * second). Each hub process keeps API keys with their unit, and the devolved-matter catalog, in memory; a
 * statement that changes them notifies channel `hub_change` with what changed (`credentials` or
 * `matters`), delivered by PostgreSQL at commit to every listening process, which then drops that cache.
 * So a revoked key or a deactivated unit is refused on the next call in every process, whoever made the
 * change (a mutation, an admin CLI or plain SQL). Statement-level triggers: one notification per
 * statement, and PostgreSQL folds identical notifications of one transaction into one.
 *
 * `api_key` notifies on the columns that decide a key's validity only: `last_used_at` is written as
 * keys are used and must not empty the cache.
 */
export class ChangeNotifications1764800000000 implements MigrationInterface {
  name = 'ChangeNotifications1764800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION hub_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('hub_change', TG_ARGV[0]);
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER api_key_change_notify AFTER INSERT OR DELETE OR TRUNCATE ON api_key FOR EACH STATEMENT EXECUTE FUNCTION hub_notify_change('credentials')`,
    );
    await q.query(
      `CREATE TRIGGER api_key_validity_notify AFTER UPDATE OF unit_code, prefix, secret_hash, scopes, revoked_at ON api_key FOR EACH STATEMENT EXECUTE FUNCTION hub_notify_change('credentials')`,
    );
    await q.query(
      `CREATE TRIGGER unit_change_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit FOR EACH STATEMENT EXECUTE FUNCTION hub_notify_change('credentials')`,
    );
    await q.query(
      `CREATE TRIGGER devolved_matter_change_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON devolved_matter FOR EACH STATEMENT EXECUTE FUNCTION hub_notify_change('matters')`,
    );
    await q.query(
      `CREATE TRIGGER devolved_matter_township_change_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON devolved_matter_township FOR EACH STATEMENT EXECUTE FUNCTION hub_notify_change('matters')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER devolved_matter_township_change_notify ON devolved_matter_township`);
    await q.query(`DROP TRIGGER devolved_matter_change_notify ON devolved_matter`);
    await q.query(`DROP TRIGGER unit_change_notify ON unit`);
    await q.query(`DROP TRIGGER api_key_validity_notify ON api_key`);
    await q.query(`DROP TRIGGER api_key_change_notify ON api_key`);
    await q.query(`DROP FUNCTION hub_notify_change()`);
  }
}
