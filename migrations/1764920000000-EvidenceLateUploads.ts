import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Late uploads: a presigned upload URL cannot be revoked, so a PUT to it after
 * confirmation writes the pending key again (never the confirmed file). Once the URL has expired the
 * hourly sweep removes that key for good and marks the file, so each one is swept once.
 */
export class EvidenceLateUploads1764920000000 implements MigrationInterface {
  name = 'EvidenceLateUploads1764920000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evidence_file ADD COLUMN upload_swept boolean NOT NULL DEFAULT false`);
    await q.query(
      `CREATE INDEX evidence_file_late_upload_idx ON evidence_file (upload_expires_at) WHERE status = 'CONFIRMED' AND NOT upload_swept`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX evidence_file_late_upload_idx`);
    await q.query(`ALTER TABLE evidence_file DROP COLUMN upload_swept`);
  }
}
