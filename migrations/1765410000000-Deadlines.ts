import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadlines that mark themselves (#15 §5): one row per running or finished deadline of any workflow's
 * item (a transfer's sending, answer and result deadlines, §4(3)3), and its append-only history.
 *
 * - `deadline`: what it is for (item type, item id, kind, clause), when it began, its rule (working
 *   days or clock hours, exactly one), the computed `due_at` and `remind_at`, and what the sweep wrote
 *   (`reminded_at`, `overdue_at`, each set once) until the workflow closes it (`closed_at`, `outcome`).
 *   `unit_codes` and `category` say whom its events reach and under which category.
 * - The sweep looks only at open deadlines, a million of them at Jinjiang scale: partial indexes hold
 *   exactly the rows each statement may still mark (not closed, not yet overdue; for reminders also not
 *   yet reminded), so a mark leaves its index and the next sweep starts at the first row still due.
 * - One open deadline per item and kind (a workflow moves it, it does not open a second).
 * - `deadline_change`: every move (an extension, a calendar correction) with from, to, why and who;
 *   append-only for the hub (UPDATE and DELETE revoked from hub_app, as migration HubAppRole does for
 *   the other append-only tables).
 */
export class Deadlines1765410000000 implements MigrationInterface {
  name = 'Deadlines1765410000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE deadline (
        id uuid PRIMARY KEY,
        item_type varchar(40) NOT NULL,
        item_id uuid NOT NULL,
        kind varchar(40) NOT NULL,
        clause varchar(40) NOT NULL,
        started_at timestamptz NOT NULL,
        rule_working_days integer,
        rule_hours integer,
        due_at timestamptz NOT NULL,
        remind_at timestamptz,
        reminded_at timestamptz,
        overdue_at timestamptz,
        closed_at timestamptz,
        outcome varchar(10),
        unit_codes text[] NOT NULL,
        category varchar(30) NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT deadline_rule_check CHECK ((rule_working_days IS NULL) <> (rule_hours IS NULL)
          AND coalesce(rule_working_days, rule_hours) > 0),
        CONSTRAINT deadline_outcome_check CHECK (outcome IN ('MET','CANCELLED') AND closed_at IS NOT NULL
          OR outcome IS NULL AND closed_at IS NULL),
        CONSTRAINT deadline_unit_codes_check CHECK (cardinality(unit_codes) > 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX deadline_open_item_key ON deadline (item_type, item_id, kind) WHERE closed_at IS NULL`);
    await q.query(`CREATE INDEX deadline_item_idx ON deadline (item_type, item_id)`);
    await q.query(`CREATE INDEX deadline_overdue_sweep_idx ON deadline (due_at) WHERE closed_at IS NULL AND overdue_at IS NULL`);
    await q.query(
      `CREATE INDEX deadline_reminder_sweep_idx ON deadline (remind_at)
        WHERE closed_at IS NULL AND overdue_at IS NULL AND reminded_at IS NULL AND remind_at IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE deadline_change (
        id bigserial PRIMARY KEY,
        deadline_id uuid NOT NULL CONSTRAINT deadline_change_deadline_id_fkey REFERENCES deadline (id),
        cause varchar(20) NOT NULL CONSTRAINT deadline_change_cause_check CHECK (cause IN ('EXTENSION','CALENDAR')),
        from_rule jsonb NOT NULL,
        to_rule jsonb NOT NULL,
        from_due_at timestamptz NOT NULL,
        to_due_at timestamptz NOT NULL,
        reason text NOT NULL,
        unit_code varchar(40),
        actor varchar(100) NOT NULL,
        request_id varchar(100),
        changed_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX deadline_change_deadline_idx ON deadline_change (deadline_id, id)`);
    await q.query(`REVOKE UPDATE, DELETE ON deadline_change FROM hub_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE deadline_change`);
    await q.query(`DROP TABLE deadline`);
  }
}
