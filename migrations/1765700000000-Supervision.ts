import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supervision (督查, §6(3), §4(4)1②):
 * - `deadline_due_idx`: the on-time rates of a period read every deadline due in it (one GROUP BY over a
 *   due-time range, supervision.sql.ts): the range on `due_at` with the columns the counts need beside it,
 *   so a quarter of a million rows is an index-only scan rather than the whole table.
 * - `deadline_open_due_idx`: the overdue and due-soon list walks the open deadlines in due order (the sweep's
 *   partial indexes hold only those not yet marked overdue).
 * - `lifecycle_step_action_idx`: declines, escalations and refusals of a period by action and time.
 * - exports and saved reports of supervision tables: export_job kind SUPERVISION; saved_report gets its
 *   kind (STATISTICS or SUPERVISION) and half-yearly and yearly schedules.
 */
export class Supervision1765700000000 implements MigrationInterface {
  name = 'Supervision1765700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX deadline_due_idx ON deadline (due_at) INCLUDE (owner_unit_code, item_type, kind, closed_at, outcome)`);
    await q.query(`CREATE INDEX deadline_open_due_idx ON deadline (due_at, id) WHERE closed_at IS NULL`);
    await q.query(`CREATE INDEX lifecycle_step_action_idx ON lifecycle_step (item_type, action, occurred_at)`);
    await q.query(`ALTER TABLE export_job DROP CONSTRAINT export_job_kind_check`);
    await q.query(`ALTER TABLE export_job ALTER COLUMN kind TYPE varchar(20)`);
    await q.query(`ALTER TABLE export_job ADD CONSTRAINT export_job_kind_check CHECK (kind IN ('LEDGER','RECORDS','SUPERVISION'))`);
    await q.query(`ALTER TABLE saved_report DROP CONSTRAINT saved_report_schedule_check`);
    await q.query(`ALTER TABLE saved_report ALTER COLUMN schedule TYPE varchar(12)`);
    await q.query(
      `ALTER TABLE saved_report ADD CONSTRAINT saved_report_schedule_check CHECK (schedule IN ('MONTHLY','QUARTERLY','HALF_YEARLY','YEARLY'))`,
    );
    await q.query(`ALTER TABLE saved_report ADD COLUMN kind varchar(20) NOT NULL DEFAULT 'STATISTICS'`);
    await q.query(`ALTER TABLE saved_report ADD CONSTRAINT saved_report_kind_check CHECK (kind IN ('STATISTICS','SUPERVISION'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM saved_report WHERE kind = 'SUPERVISION' OR schedule IN ('HALF_YEARLY','YEARLY')`);
    await q.query(`ALTER TABLE saved_report DROP CONSTRAINT saved_report_kind_check`);
    await q.query(`ALTER TABLE saved_report DROP COLUMN kind`);
    await q.query(`ALTER TABLE saved_report DROP CONSTRAINT saved_report_schedule_check`);
    await q.query(`ALTER TABLE saved_report ALTER COLUMN schedule TYPE varchar(10)`);
    await q.query(`ALTER TABLE saved_report ADD CONSTRAINT saved_report_schedule_check CHECK (schedule IN ('MONTHLY','QUARTERLY'))`);
    await q.query(`DELETE FROM export_job WHERE kind = 'SUPERVISION'`);
    await q.query(`ALTER TABLE export_job DROP CONSTRAINT export_job_kind_check`);
    await q.query(`ALTER TABLE export_job ALTER COLUMN kind TYPE varchar(10)`);
    await q.query(`ALTER TABLE export_job ADD CONSTRAINT export_job_kind_check CHECK (kind IN ('LEDGER','RECORDS'))`);
    await q.query(`DROP INDEX lifecycle_step_action_idx`);
    await q.query(`DROP INDEX deadline_open_due_idx`);
    await q.query(`DROP INDEX deadline_due_idx`);
  }
}
