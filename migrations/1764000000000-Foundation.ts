import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Units, credentials and the audit trail.
 *
 * The audit trail is append-only and hash-chained inside the database:
 * - `audit_entry_chain` (BEFORE INSERT) takes a transaction-scoped advisory lock, assigns the next id
 *   only once it holds the lock (so ids follow commit order), and sets prev_hash and hash;
 * - `audit_entry_hash(row)` is the one definition of a row's hash, used by the trigger and the verifier;
 * - `audit_entry_immutable` refuses UPDATE and DELETE, `audit_entry_no_truncate` refuses TRUNCATE.
 */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL UNIQUE,
        name varchar(100) NOT NULL,
        kind varchar(30) NOT NULL CHECK (kind IN ('SUBDISTRICT','TOWN','DEPARTMENT','STATIONED_AGENCY',
          'JUDICIAL_ORGAN','JOINT_MEETING_OFFICE','CITY_GOVERNMENT')),
        parent_code varchar(40) REFERENCES unit(code) ON UPDATE CASCADE,
        contact_name varchar(50),
        contact_phone varchar(30),
        contact_division varchar(100),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX unit_kind_idx ON unit (kind)`);

    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_code varchar(40) NOT NULL REFERENCES unit(code) ON UPDATE CASCADE,
        name varchar(100) NOT NULL,
        prefix varchar(20) NOT NULL UNIQUE,
        secret_hash char(64) NOT NULL,
        scopes text[] NOT NULL,
        created_by varchar(60) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_key_unit_idx ON api_key (unit_code)`);

    await q.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(40) NOT NULL UNIQUE,
        display_name varchar(50) NOT NULL,
        unit_code varchar(40) NOT NULL REFERENCES unit(code) ON UPDATE CASCADE,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        password_hash varchar(300) NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`CREATE SEQUENCE audit_entry_id_seq`);
    await q.query(`
      CREATE TABLE audit_entry (
        id bigint PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_kind varchar(20) NOT NULL,
        actor_id varchar(60),
        actor_name varchar(100) NOT NULL,
        unit_code varchar(40),
        roles text[] NOT NULL DEFAULT '{}',
        operation varchar(100) NOT NULL,
        target varchar(300),
        outcome varchar(40) NOT NULL,
        request_id varchar(100),
        details jsonb,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_entry_operation_idx ON audit_entry (operation, id)`);
    await q.query(`CREATE INDEX audit_entry_unit_idx ON audit_entry (unit_code, id)`);

    // A JSON array is an unambiguous serialisation (no separator can be smuggled into a field), and
    // the time is hashed as epoch microseconds so the session time zone cannot change the result.
    await q.query(`
      CREATE FUNCTION audit_entry_hash(e audit_entry) RETURNS char(64)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(jsonb_build_array(
          e.id, (extract(epoch FROM e.occurred_at) * 1000000)::bigint, e.actor_kind, e.actor_id,
          e.actor_name, e.unit_code, e.roles, e.operation, e.target, e.outcome, e.request_id,
          e.details, e.prev_hash)::text, 'UTF8')), 'hex')
      $$`);
    await q.query(`
      CREATE FUNCTION audit_entry_chain() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE last_hash char(64);
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('audit_entry_chain'));
        NEW.id := nextval('audit_entry_id_seq');
        SELECT hash INTO last_hash FROM audit_entry ORDER BY id DESC LIMIT 1;
        NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
        NEW.hash := audit_entry_hash(NEW);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entry_chain BEFORE INSERT ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_chain()`);
    await q.query(`
      CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entry_immutable BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION audit_entry_hash(audit_entry)`);
    await q.query(`DROP TABLE audit_entry`);
    await q.query(`DROP FUNCTION audit_entry_refuse_change()`);
    await q.query(`DROP FUNCTION audit_entry_chain()`);
    await q.query(`DROP SEQUENCE audit_entry_id_seq`);
    await q.query(`DROP TABLE user_account`);
    await q.query(`DROP TABLE api_key`);
    await q.query(`DROP TABLE unit`);
  }
}
