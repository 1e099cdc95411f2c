import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Periodic reports (§4(1)4): a unit's saved ledger definitions, run every month or quarter by a
 * worker in any hub process (claimed with SKIP LOCKED), one run per report and period (unique, so a
 * race cannot run a period twice). Each run is an export job; its event goes to the owning unit only,
 * which is what `change_event.audience` says: NULL for shared data (every unit may receive it), else
 * the units that alone may.
 */
export class PeriodicReports1764700000000 implements MigrationInterface {
  name = 'PeriodicReports1764700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_report (
        id uuid PRIMARY KEY,
        unit_code varchar(40) NOT NULL CONSTRAINT saved_report_unit_code_fkey REFERENCES unit(code) ON UPDATE CASCADE,
        name varchar(100) NOT NULL,
        definition jsonb NOT NULL,
        format varchar(10) NOT NULL CONSTRAINT saved_report_format_check CHECK (format IN ('CSV','XLSX')),
        schedule varchar(10) NOT NULL CONSTRAINT saved_report_schedule_check CHECK (schedule IN ('MONTHLY','QUARTERLY')),
        next_run_at timestamptz NOT NULL,
        created_by varchar(100) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT saved_report_unit_name_key UNIQUE (unit_code, name)
      )`);
    await q.query(`CREATE INDEX saved_report_due_idx ON saved_report (next_run_at)`);
    await q.query(`
      CREATE TABLE report_run (
        id uuid PRIMARY KEY,
        report_id uuid NOT NULL CONSTRAINT report_run_report_id_fkey REFERENCES saved_report(id) ON DELETE CASCADE,
        period_from date NOT NULL,
        period_to date NOT NULL,
        export_job_id uuid NOT NULL CONSTRAINT report_run_export_job_id_fkey REFERENCES export_job(id),
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT report_run_report_period_key UNIQUE (report_id, period_from)
      )`);
    // The worker looks for runs whose file is ready but whose event is not yet written.
    await q.query(`CREATE INDEX report_run_unpublished_idx ON report_run (created_at) WHERE published_at IS NULL`);
    await q.query(`ALTER TABLE change_event ADD COLUMN audience text[]`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE change_event DROP COLUMN audience`);
    await q.query(`DROP TABLE report_run`);
    await q.query(`DROP TABLE saved_report`);
  }
}
