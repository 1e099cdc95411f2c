import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hub's runtime role, so the audit trail (the record §6(3) accountability rests on) cannot be
 * rewritten through the hub's own connection. The hub no longer connects as the role that owns the
 * schema: `hub_app` logs in, is no superuser, owns nothing, and may only read and append to the
 * append-only tables, so it can neither switch the audit triggers off (`session_replication_role` needs a
 * superuser) nor replace `audit_entry_hash` (only the owner may), nor rewrite a row.
 *
 * - Roles are cluster-wide and many databases may share one cluster (every test database does): the
 *   role is created only when missing, and `down` drops it only when no database of the cluster still
 *   refers to it (pg_shdepend is a shared catalogue, so this database sees the others' grants).
 * - Grants cover every table and sequence now, and DEFAULT PRIVILEGES cover the tables later
 *   migrations create (as the role that runs migrations). A later append-only table revokes
 *   UPDATE and DELETE in its own migration, as this one does below for today's.
 * - Append-only for the hub: audit_entry (the hash chain), evidence_custody (chain of custody,
 *   §4(3)4), change_event (the outbox), record_version (every version of a shared record),
 *   webhook_attempt (delivery evidence) and device_reading (INSERT … ON CONFLICT DO NOTHING only).
 * - schema_migration belongs to the migration CLI: the hub may read it, not write it.
 */
const APPEND_ONLY = ['audit_entry', 'evidence_custody', 'change_event', 'record_version', 'webhook_attempt', 'device_reading'];

export class HubAppRole1764950000000 implements MigrationInterface {
  name = 'HubAppRole1764950000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hub_app') THEN
          BEGIN
            CREATE ROLE hub_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
          EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- another database's migration created it at the same moment
          END;
        END IF;
        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO hub_app', current_database());
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO hub_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO hub_app`);
    await q.query(`REVOKE UPDATE, DELETE ON ${APPEND_ONLY.join(', ')} FROM hub_app`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE ON schema_migration FROM hub_app`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO hub_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hub_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO hub_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM hub_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM hub_app`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM hub_app`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM hub_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM hub_app`);
    await q.query(`
      DO $$
      BEGIN
        EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM hub_app', current_database());
        -- Dropped only when no database of the cluster still grants it anything or has objects of it.
        IF NOT EXISTS (SELECT FROM pg_shdepend d JOIN pg_roles r ON d.refclassid = 'pg_authid'::regclass AND d.refobjid = r.oid
                        WHERE r.rolname = 'hub_app') THEN
          DROP ROLE hub_app;
        END IF;
      END $$`);
  }
}
