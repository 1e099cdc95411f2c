import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Police support (§4(5)): a town asks the police for officers at an enforcement action, at a time and a
 * place; the police accept (state ACCEPTED) and record the officers dispatched and when.
 */
export class AssistancePoliceSupport1765620000000 implements MigrationInterface {
  name = 'AssistancePoliceSupport1765620000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assistance_request ADD COLUMN action_at timestamptz, ADD COLUMN place varchar(300),
      ADD COLUMN dispatched_officers varchar(300), ADD COLUMN dispatched_at timestamptz`);
    await q.query(`ALTER TABLE assistance_request DROP CONSTRAINT assistance_request_kind_check`);
    await q.query(`ALTER TABLE assistance_request ADD CONSTRAINT assistance_request_kind_check
      CHECK (kind IN ('TECHNICAL_OPINION','DOCUMENT_ACCESS','DATA_REQUEST','POLICE_SUPPORT'))`);
    await q.query(`ALTER TABLE assistance_request DROP CONSTRAINT assistance_request_state_check`);
    await q.query(`ALTER TABLE assistance_request ADD CONSTRAINT assistance_request_state_check
      CHECK (state IN ('SENT','ACCEPTED','ANSWERED','REFUSED','CLOSED','WITHDRAWN'))`);
    await q.query(`ALTER TABLE assistance_request ADD CONSTRAINT assistance_request_police_check
      CHECK (kind <> 'POLICE_SUPPORT' OR (action_at IS NOT NULL AND place IS NOT NULL))`);
    // The inbox's branch for an accepted request the requested unit is still to act on.
    await q.query(`CREATE INDEX assistance_request_act_inbox_idx ON assistance_request (requested_unit_code) WHERE state = 'ACCEPTED'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX assistance_request_act_inbox_idx`);
    await q.query(`DELETE FROM assistance_request WHERE kind = 'POLICE_SUPPORT'`);
    await q.query(`ALTER TABLE assistance_request DROP CONSTRAINT assistance_request_police_check`);
    await q.query(`ALTER TABLE assistance_request DROP CONSTRAINT assistance_request_state_check`);
    await q.query(`ALTER TABLE assistance_request ADD CONSTRAINT assistance_request_state_check
      CHECK (state IN ('SENT','ANSWERED','REFUSED','CLOSED','WITHDRAWN'))`);
    await q.query(`ALTER TABLE assistance_request DROP CONSTRAINT assistance_request_kind_check`);
    await q.query(`ALTER TABLE assistance_request ADD CONSTRAINT assistance_request_kind_check
      CHECK (kind IN ('TECHNICAL_OPINION','DOCUMENT_ACCESS','DATA_REQUEST'))`);
    await q.query(`ALTER TABLE assistance_request DROP COLUMN action_at, DROP COLUMN place, DROP COLUMN dispatched_officers,
      DROP COLUMN dispatched_at`);
  }
}
