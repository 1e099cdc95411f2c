import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Export titles: what an export holds (`各镇街处罚月报-2026-11`, `处罚信息-2026-12-08`),
 * decided when it is requested, naming its sheet and the file a browser saves. Jobs from before have
 * none and keep the generic name.
 */
export class ExportTitle1765300000000 implements MigrationInterface {
  name = 'ExportTitle1765300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE export_job ADD COLUMN title varchar(200)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE export_job DROP COLUMN title`);
  }
}
