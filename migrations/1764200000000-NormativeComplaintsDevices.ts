import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * More shared categories of §4(1): normative documents and discretion benchmarks (1), the shared
 * record of reports and complaints (6), and surveillance devices with their readings (5).
 *
 * Readings are high-volume and append-only, not versioned records: a unique btree on
 * (device, time, kind) makes a resend idempotent and serves per-device windows; a BRIN index on the
 * time serves windows across devices at a fraction of a btree's size.
 */
export class NormativeComplaintsDevices1764200000000 implements MigrationInterface {
  name = 'NormativeComplaintsDevices1764200000000';

  public async up(q: QueryRunner): Promise<void> {
    const recordColumns = (table: string) => `
        id uuid PRIMARY KEY,
        publisher_code varchar(40) NOT NULL CONSTRAINT ${table}_publisher_code_fkey REFERENCES unit(code) ON UPDATE CASCADE,
        source_id varchar(100) NOT NULL,
        version integer NOT NULL CONSTRAINT ${table}_version_check CHECK (version > 0),
        content_hash char(64) NOT NULL,
        revoked_at timestamptz,
        revoke_reason varchar(500),
        published_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ${table}_source_key UNIQUE (publisher_code, source_id)`;

    await q.query(`
      CREATE TABLE normative_document (${recordColumns('normative_document')},
        kind varchar(30) NOT NULL CONSTRAINT normative_document_kind_check CHECK (kind IN ('LAW','REGULATION','RULE',
          'TECHNICAL_SPECIFICATION','INDUSTRY_STANDARD','DISCRETION_BENCHMARK','WORKFLOW')),
        title varchar(300) NOT NULL,
        document_number varchar(100),
        issuing_body varchar(200) NOT NULL,
        effective_from date NOT NULL,
        repealed_on date,
        matter_codes text[] NOT NULL DEFAULT '{}',
        attachment_ref varchar(200),
        CONSTRAINT normative_document_check CHECK (repealed_on IS NULL OR repealed_on >= effective_from)
      )`);
    await q.query(`CREATE INDEX normative_document_matters_idx ON normative_document USING gin (matter_codes)`);
    await q.query(`CREATE INDEX normative_document_order_idx ON normative_document (effective_from DESC, id DESC)`);

    await q.query(`
      CREATE TABLE complaint_record (${recordColumns('complaint_record')},
        channel varchar(20) NOT NULL CONSTRAINT complaint_record_channel_check CHECK (channel IN ('REPORT','COMPLAINT','APPEAL','PETITION')),
        received_at timestamptz NOT NULL,
        reporter_name varchar(100),
        reporter_phone varchar(30),
        reporter_id_number char(18),
        subject_name varchar(200),
        subject_uscc char(18),
        matter_code varchar(40) CONSTRAINT complaint_record_matter_code_fkey REFERENCES devolved_matter(code) ON UPDATE CASCADE,
        township_code varchar(40) CONSTRAINT complaint_record_township_code_fkey REFERENCES unit(code) ON UPDATE CASCADE,
        summary text NOT NULL,
        handling_unit_code varchar(40) NOT NULL CONSTRAINT complaint_record_handling_unit_code_fkey REFERENCES unit(code) ON UPDATE CASCADE,
        status varchar(20) NOT NULL CONSTRAINT complaint_record_status_check CHECK (status IN
          ('RECEIVED','VERIFYING','TRANSFERRED','FILED','ANSWERED','CLOSED')),
        closed_at timestamptz
      )`);
    await q.query(`CREATE INDEX complaint_record_subject_uscc_idx ON complaint_record (subject_uscc)`);
    await q.query(`CREATE INDEX complaint_record_subject_name_trgm ON complaint_record USING gin (subject_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX complaint_record_handling_idx ON complaint_record (handling_unit_code, status)`);
    await q.query(`CREATE INDEX complaint_record_order_idx ON complaint_record (received_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE surveillance_device (${recordColumns('surveillance_device')},
        device_code varchar(100) NOT NULL,
        device_kind varchar(30) NOT NULL CONSTRAINT surveillance_device_device_kind_check CHECK (device_kind IN
          ('CAMERA','NOISE_MONITOR','AIR_MONITOR','WATER_MONITOR','OTHER')),
        location varchar(300) NOT NULL,
        latitude numeric(9,6),
        longitude numeric(9,6),
        township_code varchar(40) CONSTRAINT surveillance_device_township_code_fkey REFERENCES unit(code) ON UPDATE CASCADE,
        status varchar(20) NOT NULL CONSTRAINT surveillance_device_status_check CHECK (status IN ('ACTIVE','INACTIVE','FAULTY'))
      )`);
    await q.query(`CREATE INDEX surveillance_device_township_idx ON surveillance_device (township_code)`);

    await q.query(`
      CREATE TABLE device_reading (
        device_id uuid NOT NULL CONSTRAINT device_reading_device_id_fkey REFERENCES surveillance_device(id),
        observed_at timestamptz NOT NULL,
        kind varchar(50) NOT NULL,
        reading jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT device_reading_pkey PRIMARY KEY (device_id, observed_at, kind)
      )`);
    await q.query(`CREATE INDEX device_reading_observed_brin ON device_reading USING brin (observed_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE device_reading`);
    await q.query(`DROP TABLE surveillance_device`);
    await q.query(`DROP TABLE complaint_record`);
    await q.query(`DROP TABLE normative_document`);
  }
}
