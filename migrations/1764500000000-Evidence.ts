import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files (§4(3)4: a case goes with its inspection records, photos and evidence). The bytes live
 * in the object store; the database keeps what proves them: the SHA-256 and size declared before upload
 * and checked on confirmation, the owner the file is attached to, the file it corrects (files are never
 * overwritten), and a custody trail that is append-only like the audit log (UPDATE, DELETE and TRUNCATE
 * refused by a trigger).
 */
export class Evidence1764500000000 implements MigrationInterface {
  name = 'Evidence1764500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evidence_file (
        id uuid PRIMARY KEY,
        owner_category varchar(30) NOT NULL,
        owner_id uuid NOT NULL,
        uploader_unit_code varchar(40) NOT NULL CONSTRAINT evidence_file_uploader_unit_code_fkey REFERENCES unit(code) ON UPDATE CASCADE,
        uploaded_by varchar(100) NOT NULL,
        file_name varchar(255) NOT NULL,
        content_type varchar(150) NOT NULL,
        size bigint NOT NULL CONSTRAINT evidence_file_size_check CHECK (size > 0),
        sha256 char(64) NOT NULL,
        object_key varchar(300) NOT NULL CONSTRAINT evidence_file_object_key_key UNIQUE,
        status varchar(20) NOT NULL CONSTRAINT evidence_file_status_check CHECK (status IN ('PENDING','CONFIRMED','DELETED')),
        supersedes_id uuid CONSTRAINT evidence_file_supersedes_id_fkey REFERENCES evidence_file(id),
        upload_expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX evidence_file_owner_idx ON evidence_file (owner_category, owner_id, created_at)`);
    await q.query(`CREATE INDEX evidence_file_pending_idx ON evidence_file (created_at) WHERE status = 'PENDING'`);

    await q.query(`
      CREATE TABLE evidence_custody (
        id bigserial PRIMARY KEY,
        evidence_id uuid NOT NULL CONSTRAINT evidence_custody_evidence_id_fkey REFERENCES evidence_file(id),
        action varchar(30) NOT NULL,
        unit_code varchar(40),
        actor_name varchar(100) NOT NULL,
        details jsonb,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX evidence_custody_evidence_idx ON evidence_custody (evidence_id, id)`);
    await q.query(`
      CREATE FUNCTION evidence_custody_refuse_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'evidence_custody is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER evidence_custody_immutable BEFORE UPDATE OR DELETE ON evidence_custody
      FOR EACH ROW EXECUTE FUNCTION evidence_custody_refuse_change()`);
    await q.query(`
      CREATE TRIGGER evidence_custody_no_truncate BEFORE TRUNCATE ON evidence_custody
      FOR EACH STATEMENT EXECUTE FUNCTION evidence_custody_refuse_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE evidence_custody`);
    await q.query(`DROP FUNCTION evidence_custody_refuse_change()`);
    await q.query(`DROP TABLE evidence_file`);
  }
}
