import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Export retries: an export that met the object store down goes back to the queue with
 * a growing delay instead of failing for good; `attempts` counts those returns, `next_attempt_at`
 * holds the job back until its delay has passed.
 */
export class ExportRetry1764910000000 implements MigrationInterface {
  name = 'ExportRetry1764910000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE export_job ADD COLUMN attempts integer NOT NULL DEFAULT 0, ADD COLUMN next_attempt_at timestamptz`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE export_job DROP COLUMN next_attempt_at, DROP COLUMN attempts`);
  }
}
