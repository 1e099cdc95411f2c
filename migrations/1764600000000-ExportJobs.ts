import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Export jobs (§4(1)4): a statistician's ledger or record export, run by a worker in any hub
 * process (claimed with SKIP LOCKED), streamed to a file in the object store, with its progress here.
 */
export class ExportJobs1764600000000 implements MigrationInterface {
  name = 'ExportJobs1764600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE export_job (
        id uuid PRIMARY KEY,
        unit_code varchar(40) NOT NULL CONSTRAINT export_job_unit_code_fkey REFERENCES unit(code) ON UPDATE CASCADE,
        requested_by varchar(100) NOT NULL,
        kind varchar(10) NOT NULL CONSTRAINT export_job_kind_check CHECK (kind IN ('LEDGER','RECORDS')),
        format varchar(10) NOT NULL CONSTRAINT export_job_format_check CHECK (format IN ('CSV','XLSX')),
        definition jsonb NOT NULL,
        status varchar(10) NOT NULL CONSTRAINT export_job_status_check CHECK (status IN ('QUEUED','RUNNING','DONE','FAILED')),
        rows_written bigint NOT NULL DEFAULT 0,
        total_rows bigint,
        object_key varchar(300),
        error varchar(500),
        lease_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX export_job_queue_idx ON export_job (created_at) WHERE status IN ('QUEUED','RUNNING')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE export_job`);
  }
}
