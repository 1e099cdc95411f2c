import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A withdrawn record (revokeRecord) comes back only through an explicit reinstatement (reinstateRecord),
 * which is a version of its own in the record's history: a nightly full push cannot silently undo a
 * withdrawal.
 */
export class RecordReinstatement1765230000000 implements MigrationInterface {
  name = 'RecordReinstatement1765230000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE record_version DROP CONSTRAINT record_version_change_check`);
    await q.query(
      `ALTER TABLE record_version ADD CONSTRAINT record_version_change_check CHECK (change IN ('PUBLISHED','REVISED','REVOKED','REINSTATED'))`,
    );
  }

  /** Refused while reinstatements are on record: the earlier schema cannot hold them. */
  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE record_version DROP CONSTRAINT record_version_change_check`);
    await q.query(
      `ALTER TABLE record_version ADD CONSTRAINT record_version_change_check CHECK (change IN ('PUBLISHED','REVISED','REVOKED'))`,
    );
  }
}
