import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sharing gaps (共享缺失, #17 §2, §6(3)):
 * - `penalty_decision.licence_number` (涉及的许可证号, §4(1)2): the licence a penalty concerns, optional. A
 *   penalty stored before this column hashed its content without the field, so its first re-send after
 *   the migration is stored once as a revision (same content, the licence number null).
 * - indexes for the UNPUBLISHED_LICENCE lookup (a penalty's licence number among the licensing decisions)
 *   and for the PUBLISHER_SILENT history (a unit's push days per category, from record_version).
 * - `sharing_gap_explanation`: a supervisor's note on a gap. Gaps themselves are computed when read
 *   (sharing-gaps.sql.ts); an explanation is keyed by the gap's stable id, so it sticks to it.
 */
export class SharingGaps1765710000000 implements MigrationInterface {
  name = 'SharingGaps1765710000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE penalty_decision ADD COLUMN licence_number varchar(100)`);
    await q.query(`CREATE INDEX penalty_decision_licence_number_idx ON penalty_decision (licence_number) WHERE licence_number IS NOT NULL`);
    await q.query(`CREATE INDEX licensing_decision_licence_number_idx ON licensing_decision (licence_number)`);
    await q.query(`CREATE INDEX record_version_unit_push_idx ON record_version (actor_unit_code, category, occurred_at)`);
    await q.query(`
      CREATE TABLE sharing_gap_explanation (
        gap_id varchar(300) PRIMARY KEY,
        kind varchar(40) NOT NULL CONSTRAINT sharing_gap_explanation_kind_check CHECK (kind IN ('PUBLISHER_SILENT','UNPUBLISHED_LICENCE','RESULT_NOT_REPORTED','NORMATIVE_UNACKNOWLEDGED')),
        unit_code varchar(40) NOT NULL,
        note text NOT NULL CONSTRAINT sharing_gap_explanation_note_check CHECK (length(btrim(note)) > 0),
        explained_by varchar(100) NOT NULL,
        explained_by_unit_code varchar(40),
        explained_at timestamptz NOT NULL
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sharing_gap_explanation`);
    await q.query(`DROP INDEX record_version_unit_push_idx`);
    await q.query(`DROP INDEX licensing_decision_licence_number_idx`);
    await q.query(`DROP INDEX penalty_decision_licence_number_idx`);
    await q.query(`ALTER TABLE penalty_decision DROP COLUMN licence_number`);
  }
}
