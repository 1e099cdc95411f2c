import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaint handling (首问负责制, §4(2)): the shared complaint record (§4(1)6) becomes the projection of
 * its handling workflow. complaint_record gains the outcome and its record (where the person was
 * directed, the answer given), the penalty decision of a filed case, the case transfer it was handed off
 * by, and the first report it repeats; case_transfer names the complaint it carries. The periods of the
 * initial check and of the answer to the person are kept per channel, set by an administrator at run time
 * (local policy until the city sets others: 5 and 15 working days).
 */
export class ComplaintHandling1765500000000 implements MigrationInterface {
  name = 'ComplaintHandling1765500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE complaint_record
        ADD COLUMN outcome varchar(30),
        ADD COLUMN outcome_note text,
        ADD COLUMN penalty_id uuid,
        -- The link's integrity is case_transfer.complaint_id's (case_transfer has no entity for a foreign key here).
        ADD COLUMN transfer_id uuid,
        ADD COLUMN duplicate_of uuid REFERENCES complaint_record (id),
        ADD CONSTRAINT complaint_record_outcome_check
          CHECK (outcome IN ('NOT_OUR_FUNCTION','NO_VIOLATION','FILED','TRANSFERRED'))`);
    // §4(2) repeats: the first report of the same matter about the same party within the window.
    await q.query(
      `CREATE INDEX complaint_record_repeat_idx ON complaint_record (matter_code, subject_uscc, received_at)
        WHERE duplicate_of IS NULL AND revoked_at IS NULL`,
    );
    // The unified inbox (complaints.sql.ts): the owning unit's complaints that wait for its action.
    await q.query(
      `CREATE INDEX complaint_record_inbox_idx ON complaint_record (publisher_code)
        WHERE status IN ('RECEIVED','VERIFYING','FILED') AND revoked_at IS NULL`,
    );
    await q.query(`CREATE INDEX complaint_record_duplicate_of_idx ON complaint_record (duplicate_of) WHERE duplicate_of IS NOT NULL`);
    await q.query(`ALTER TABLE case_transfer ADD COLUMN complaint_id uuid REFERENCES complaint_record (id)`);
    await q.query(`CREATE INDEX case_transfer_complaint_idx ON case_transfer (complaint_id) WHERE complaint_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE complaint_deadline_period (
        channel varchar(20) PRIMARY KEY
          CONSTRAINT complaint_deadline_period_channel_check CHECK (channel IN ('REPORT','COMPLAINT','APPEAL','PETITION')),
        initial_check_working_days integer NOT NULL CONSTRAINT complaint_deadline_period_check_days CHECK (initial_check_working_days > 0),
        answer_working_days integer NOT NULL CONSTRAINT complaint_deadline_period_answer_days CHECK (answer_working_days > 0),
        updated_by varchar(100),
        updated_at timestamptz
      )`);
    await q.query(`
      INSERT INTO complaint_deadline_period (channel, initial_check_working_days, answer_working_days)
      VALUES ('REPORT', 5, 15), ('COMPLAINT', 5, 15), ('APPEAL', 5, 15), ('PETITION', 5, 15)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE complaint_deadline_period`);
    await q.query(`ALTER TABLE case_transfer DROP COLUMN complaint_id`);
    await q.query(`DROP INDEX complaint_record_inbox_idx`);
    await q.query(`
      ALTER TABLE complaint_record
        DROP COLUMN duplicate_of, DROP COLUMN transfer_id, DROP COLUMN penalty_id, DROP COLUMN outcome_note, DROP COLUMN outcome`);
  }
}
