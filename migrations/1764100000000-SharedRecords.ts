import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The devolved matter catalog (§3(1)) and the first shared categories of §4(1): licensing decisions
 * (category 2) and town penalties and compulsory measures (category 3), with what every shared record
 * has: the publisher's own id (idempotency key), a version and a content hash, revocation instead of
 * deletion, a version history (record_version) and change events written in the same transaction
 * (change_event, the outbox the connectors deliver from).
 *
 * Party names are searched by substring with pg_trgm GIN indexes (Chinese trigrams need a UTF-8 ctype).
 */
export class SharedRecords1764100000000 implements MigrationInterface {
  name = 'SharedRecords1764100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE devolved_matter (
        code varchar(40) PRIMARY KEY,
        name varchar(200) NOT NULL,
        legal_basis text NOT NULL,
        regulation_class varchar(30) NOT NULL CHECK (regulation_class IN ('LICENSED_VIOLATION','UNLICENSED','PROHIBITED','OTHER')),
        source_department_code varchar(40) NOT NULL REFERENCES unit(code) ON UPDATE CASCADE,
        effective_from date NOT NULL,
        effective_to date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (effective_to IS NULL OR effective_to >= effective_from)
      )`);
    await q.query(`
      CREATE TABLE devolved_matter_township (
        matter_code varchar(40) NOT NULL REFERENCES devolved_matter(code) ON UPDATE CASCADE ON DELETE CASCADE,
        township_code varchar(40) NOT NULL REFERENCES unit(code) ON UPDATE CASCADE,
        PRIMARY KEY (matter_code, township_code)
      )`);
    await q.query(`CREATE INDEX devolved_matter_township_township_idx ON devolved_matter_township (township_code)`);

    const recordColumns = `
        id uuid PRIMARY KEY,
        publisher_code varchar(40) NOT NULL REFERENCES unit(code) ON UPDATE CASCADE,
        source_id varchar(100) NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        content_hash char(64) NOT NULL,
        revoked_at timestamptz,
        revoke_reason varchar(500),
        published_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()`;

    await q.query(`
      CREATE TABLE licensing_decision (${recordColumns},
        kind varchar(20) NOT NULL CHECK (kind IN ('LICENCE','CONFIRMATION','FILING')),
        licence_number varchar(100) NOT NULL,
        holder_name varchar(200) NOT NULL,
        holder_uscc char(18),
        holder_id_number char(18),
        holder_phone varchar(30),
        matter_code varchar(40) NOT NULL REFERENCES devolved_matter(code) ON UPDATE CASCADE,
        scope text,
        address varchar(300),
        township_code varchar(40) REFERENCES unit(code) ON UPDATE CASCADE,
        valid_from date NOT NULL,
        valid_to date,
        status varchar(20) NOT NULL CHECK (status IN ('VALID','SUSPENDED','REVOKED')),
        decision_date date NOT NULL,
        CONSTRAINT licensing_decision_source_key UNIQUE (publisher_code, source_id),
        CHECK (valid_to IS NULL OR valid_to >= valid_from),
        CHECK (holder_uscc IS NOT NULL OR holder_id_number IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX licensing_decision_holder_uscc_idx ON licensing_decision (holder_uscc, matter_code)`);
    await q.query(`CREATE INDEX licensing_decision_holder_id_idx ON licensing_decision (holder_id_number)`);
    await q.query(`CREATE INDEX licensing_decision_holder_name_trgm ON licensing_decision USING gin (holder_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX licensing_decision_township_idx ON licensing_decision (township_code, decision_date)`);
    await q.query(`CREATE INDEX licensing_decision_matter_idx ON licensing_decision (matter_code)`);
    await q.query(`CREATE INDEX licensing_decision_order_idx ON licensing_decision (decision_date DESC, id DESC)`);

    await q.query(`
      CREATE TABLE penalty_decision (${recordColumns},
        measure_kind varchar(30) NOT NULL CHECK (measure_kind IN ('PENALTY','COMPULSORY_MEASURE')),
        decision_number varchar(100) NOT NULL,
        party_name varchar(200) NOT NULL,
        party_uscc char(18),
        party_id_number char(18),
        party_phone varchar(30),
        matter_code varchar(40) NOT NULL REFERENCES devolved_matter(code) ON UPDATE CASCADE,
        facts text NOT NULL,
        legal_basis text NOT NULL,
        penalty_kinds text[] NOT NULL,
        fine_amount numeric(14,2) NOT NULL DEFAULT 0 CHECK (fine_amount >= 0),
        confiscation_amount numeric(14,2) NOT NULL DEFAULT 0 CHECK (confiscation_amount >= 0),
        decision_date date NOT NULL,
        execution_status varchar(30) NOT NULL CHECK (execution_status IN
          ('PENDING','IN_PROGRESS','EXECUTED','COURT_ENFORCEMENT','SUSPENDED','TERMINATED')),
        township_code varchar(40) NOT NULL REFERENCES unit(code) ON UPDATE CASCADE,
        CONSTRAINT penalty_decision_source_key UNIQUE (publisher_code, source_id),
        CHECK (party_uscc IS NOT NULL OR party_id_number IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX penalty_decision_party_uscc_idx ON penalty_decision (party_uscc)`);
    await q.query(`CREATE INDEX penalty_decision_party_id_idx ON penalty_decision (party_id_number)`);
    await q.query(`CREATE INDEX penalty_decision_party_name_trgm ON penalty_decision USING gin (party_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX penalty_decision_township_idx ON penalty_decision (township_code, decision_date)`);
    await q.query(`CREATE INDEX penalty_decision_matter_idx ON penalty_decision (matter_code)`);
    await q.query(`CREATE INDEX penalty_decision_order_idx ON penalty_decision (decision_date DESC, id DESC)`);

    await q.query(`
      CREATE TABLE record_version (
        category varchar(30) NOT NULL,
        record_id uuid NOT NULL,
        version integer NOT NULL,
        change varchar(20) NOT NULL CHECK (change IN ('PUBLISHED','REVISED','REVOKED')),
        content jsonb NOT NULL,
        content_hash char(64) NOT NULL,
        actor_name varchar(100) NOT NULL,
        actor_unit_code varchar(40) NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (category, record_id, version)
      )`);

    await q.query(`
      CREATE TABLE change_event (
        position bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        type varchar(60) NOT NULL,
        category varchar(30) NOT NULL,
        subject uuid NOT NULL,
        source_unit_code varchar(40) NOT NULL,
        township_code varchar(40),
        matter_code varchar(40),
        party_key varchar(200),
        recipients text[],
        occurred_at timestamptz NOT NULL DEFAULT now(),
        data jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX change_event_subject_idx ON change_event (subject, position)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE change_event`);
    await q.query(`DROP TABLE record_version`);
    await q.query(`DROP TABLE penalty_decision`);
    await q.query(`DROP TABLE licensing_decision`);
    await q.query(`DROP TABLE devolved_matter_township`);
    await q.query(`DROP TABLE devolved_matter`);
    await q.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
