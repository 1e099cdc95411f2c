import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The last shared categories of §4(1): statistics, work summaries and ledgers (4), and other
 * enforcement information (7) whose payload is JSON validated against a schema registered per kind.
 */
export class LedgersOtherInfo1764300000000 implements MigrationInterface {
  name = 'LedgersOtherInfo1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    const recordColumns = (table: string) => `
        id uuid PRIMARY KEY,
        publisher_code varchar(40) NOT NULL CONSTRAINT ${table}_publisher_code_fkey REFERENCES unit(code) ON UPDATE CASCADE,
        source_id varchar(100) NOT NULL,
        version integer NOT NULL CONSTRAINT ${table}_version_check CHECK (version > 0),
        content_hash char(64) NOT NULL,
        revoked_at timestamptz,
        revoke_reason varchar(500),
        published_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ${table}_source_key UNIQUE (publisher_code, source_id)`;

    await q.query(`
      CREATE TABLE ledger_entry (${recordColumns('ledger_entry')},
        entry_kind varchar(20) NOT NULL CONSTRAINT ledger_entry_entry_kind_check CHECK (entry_kind IN ('INDICATOR','WORK_SUMMARY')),
        period varchar(10) NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        indicator varchar(100),
        value numeric(18,4),
        dimensions jsonb NOT NULL DEFAULT '{}',
        title varchar(300),
        body text,
        requested_by_code varchar(40) CONSTRAINT ledger_entry_requested_by_code_fkey REFERENCES unit(code) ON UPDATE CASCADE,
        CONSTRAINT ledger_entry_check CHECK (entry_kind <> 'INDICATOR' OR (indicator IS NOT NULL AND value IS NOT NULL)),
        CONSTRAINT ledger_entry_check1 CHECK (entry_kind <> 'WORK_SUMMARY' OR (title IS NOT NULL AND body IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ledger_entry_period_idx ON ledger_entry (period_start, publisher_code)`);
    await q.query(`CREATE INDEX ledger_entry_indicator_idx ON ledger_entry (indicator, period_start)`);

    await q.query(`
      CREATE TABLE other_info_kind (
        code varchar(50) PRIMARY KEY,
        name varchar(100) NOT NULL,
        json_schema jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE other_enforcement_info (${recordColumns('other_enforcement_info')},
        kind_code varchar(50) NOT NULL CONSTRAINT other_enforcement_info_kind_code_fkey REFERENCES other_info_kind(code) ON UPDATE CASCADE,
        title varchar(300) NOT NULL,
        township_code varchar(40) CONSTRAINT other_enforcement_info_township_code_fkey REFERENCES unit(code) ON UPDATE CASCADE,
        matter_code varchar(40) CONSTRAINT other_enforcement_info_matter_code_fkey REFERENCES devolved_matter(code) ON UPDATE CASCADE,
        payload jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX other_enforcement_info_kind_idx ON other_enforcement_info (kind_code, published_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE other_enforcement_info`);
    await q.query(`DROP TABLE other_info_kind`);
    await q.query(`DROP TABLE ledger_entry`);
  }
}
