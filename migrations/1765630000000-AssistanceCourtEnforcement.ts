import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Court enforcement (§4(5)): a town applies to the court for compulsory execution of a penalty decision a
 * party did not carry out; the application names the decision, and the court's answer (its ruling kept
 * here) sets the decision's execution status through the records machinery. The status the decision had
 * before the application is kept, so a withdrawn application gives it back.
 */
export class AssistanceCourtEnforcement1765630000000 implements MigrationInterface {
  name = 'AssistanceCourtEnforcement1765630000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE assistance_request ADD COLUMN penalty_id uuid REFERENCES penalty_decision (id), ADD COLUMN court_ruling text,
         ADD COLUMN prior_execution_status varchar(30)`,
    );
    await q.query(`ALTER TABLE assistance_request DROP CONSTRAINT assistance_request_kind_check`);
    await q.query(`ALTER TABLE assistance_request ADD CONSTRAINT assistance_request_kind_check
      CHECK (kind IN ('TECHNICAL_OPINION','DOCUMENT_ACCESS','DATA_REQUEST','POLICE_SUPPORT','COURT_ENFORCEMENT'))`);
    await q.query(`ALTER TABLE assistance_request ADD CONSTRAINT assistance_request_court_check
      CHECK (kind <> 'COURT_ENFORCEMENT' OR penalty_id IS NOT NULL)`);
    await q.query(`CREATE INDEX assistance_request_penalty_idx ON assistance_request (penalty_id) WHERE penalty_id IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM assistance_request WHERE kind = 'COURT_ENFORCEMENT'`);
    await q.query(`ALTER TABLE assistance_request DROP CONSTRAINT assistance_request_court_check`);
    await q.query(`ALTER TABLE assistance_request DROP CONSTRAINT assistance_request_kind_check`);
    await q.query(`ALTER TABLE assistance_request ADD CONSTRAINT assistance_request_kind_check
      CHECK (kind IN ('TECHNICAL_OPINION','DOCUMENT_ACCESS','DATA_REQUEST','POLICE_SUPPORT'))`);
    await q.query(`ALTER TABLE assistance_request DROP COLUMN penalty_id, DROP COLUMN court_ruling, DROP COLUMN prior_execution_status`);
  }
}
