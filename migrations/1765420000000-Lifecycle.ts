import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The steps of every declared lifecycle (modules/lifecycle): who took which action on which item, for
 * which unit, with which roles and from which side, when, with the note and the evidence named. A step
 * is a fact of the record §6(3) accountability rests on: append-only for the hub (UPDATE and DELETE
 * revoked from hub_app, as for the audit trail). `seq` orders steps written in one instant.
 */
export class Lifecycle1765420000000 implements MigrationInterface {
  name = 'Lifecycle1765420000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE lifecycle_step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        item_type varchar(40) NOT NULL,
        item_id uuid NOT NULL,
        action varchar(40) NOT NULL,
        from_state varchar(40) NOT NULL,
        to_state varchar(40) NOT NULL,
        actor_kind varchar(20) NOT NULL,
        actor_id varchar(100),
        actor_name varchar(100) NOT NULL,
        unit_code varchar(40) NOT NULL REFERENCES unit (code) ON UPDATE CASCADE,
        roles text[] NOT NULL DEFAULT '{}',
        side varchar(30) NOT NULL,
        note text,
        attachment_ids uuid[] NOT NULL DEFAULT '{}',
        occurred_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX lifecycle_step_item_idx ON lifecycle_step (item_type, item_id, occurred_at, seq)`);
    await q.query(`REVOKE UPDATE, DELETE ON lifecycle_step FROM hub_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE lifecycle_step`);
  }
}
