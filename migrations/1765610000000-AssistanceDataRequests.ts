import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data requests (§4(1)4): a department asks a town for ledger material of a kind and period; the town
 * answers by publishing ledger entries, each linked to the request in `assistance_ledger_entry` (a link
 * table the assistance module owns, so the shared ledger records stay as every category's are). A link
 * is a fact of the answer: append-only for the hub.
 */
export class AssistanceDataRequests1765610000000 implements MigrationInterface {
  name = 'AssistanceDataRequests1765610000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assistance_request ADD COLUMN ledger_kind varchar(20), ADD COLUMN period varchar(10)`);
    await q.query(`ALTER TABLE assistance_request DROP CONSTRAINT assistance_request_kind_check`);
    await q.query(
      `ALTER TABLE assistance_request ADD CONSTRAINT assistance_request_kind_check CHECK (kind IN ('TECHNICAL_OPINION','DOCUMENT_ACCESS','DATA_REQUEST'))`,
    );
    await q.query(
      `ALTER TABLE assistance_request ADD CONSTRAINT assistance_request_data_check
         CHECK (kind <> 'DATA_REQUEST' OR (ledger_kind IS NOT NULL AND period IS NOT NULL))`,
    );
    await q.query(`
      CREATE TABLE assistance_ledger_entry (
        assistance_request_id uuid NOT NULL REFERENCES assistance_request (id),
        ledger_entry_id uuid NOT NULL REFERENCES ledger_entry (id),
        position int NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (assistance_request_id, ledger_entry_id)
      )`);
    await q.query(`REVOKE UPDATE, DELETE ON assistance_ledger_entry FROM hub_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assistance_ledger_entry`);
    await q.query(`DELETE FROM assistance_request WHERE kind = 'DATA_REQUEST'`);
    await q.query(`ALTER TABLE assistance_request DROP CONSTRAINT assistance_request_data_check`);
    await q.query(`ALTER TABLE assistance_request DROP CONSTRAINT assistance_request_kind_check`);
    await q.query(
      `ALTER TABLE assistance_request ADD CONSTRAINT assistance_request_kind_check CHECK (kind IN ('TECHNICAL_OPINION','DOCUMENT_ACCESS'))`,
    );
    await q.query(`ALTER TABLE assistance_request DROP COLUMN ledger_kind, DROP COLUMN period`);
  }
}
