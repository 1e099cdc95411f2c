import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case transfers (案件移送, §4(3), §2) and criminal referrals (两法衔接, §4(5)): one row per transfer with
 * its state (moved only by LifecycleService's compare-and-set), its materials (evidence files owned by
 * the transfer, with their §4(3)4 kind), and the flags raised when a penalty is published for the party
 * and matter of a criminal referral (不得以罚代刑). A flag is a fact for supervisors: append-only for the
 * hub. Letter numbers (移交函编号) come from one sequence, unique across years.
 */
export class CaseTransfers1765430000000 implements MigrationInterface {
  name = 'CaseTransfers1765430000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_transfer (
        id uuid PRIMARY KEY,
        state varchar(30) NOT NULL,
        sender_unit_code varchar(40) NOT NULL REFERENCES unit (code) ON UPDATE CASCADE,
        sender_division varchar(100),
        receiver_unit_code varchar(40) NOT NULL REFERENCES unit (code) ON UPDATE CASCADE,
        original_receiver_unit_code varchar(40) REFERENCES unit (code) ON UPDATE CASCADE,
        city_government_unit_code varchar(40) REFERENCES unit (code) ON UPDATE CASCADE,
        criminal_referral boolean NOT NULL DEFAULT false,
        party_name varchar(200) NOT NULL,
        party_uscc char(18),
        party_id_number char(18),
        matter_code varchar(40) NOT NULL REFERENCES devolved_matter (code) ON UPDATE CASCADE,
        township_code varchar(40) NOT NULL REFERENCES unit (code) ON UPDATE CASCADE,
        situation varchar(40) NOT NULL,
        discovered_at timestamptz NOT NULL,
        urgent boolean NOT NULL,
        facts text NOT NULL,
        violation_stopped boolean NOT NULL,
        evidence_secured boolean NOT NULL,
        contact_name varchar(50) NOT NULL,
        contact_phone varchar(30) NOT NULL,
        case_closed_on date,
        letter_no varchar(60) UNIQUE,
        letter_evidence_id uuid REFERENCES evidence_file (id),
        letter_sha256 char(64),
        result_summary text,
        result_penalty_id uuid,
        warnings jsonb NOT NULL DEFAULT '[]',
        created_by varchar(100) NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT case_transfer_state_check CHECK (state IN ('DRAFT','SUBMITTED','APPROVED','SENT','ACCEPTED','DECLINED',
          'ESCALATED','ASSIGNED','RESULT_REPORTED','CLOSED','WITHDRAWN'))
      )`);
    await q.query(`CREATE INDEX case_transfer_sender_idx ON case_transfer (sender_unit_code, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX case_transfer_receiver_idx ON case_transfer (receiver_unit_code, created_at DESC, id DESC)`);
    // transferInbox (transfers.sql.ts): one partial index per branch of its OR, so a unit's open
    // transfers are found without reading the years of closed ones beside them.
    await q.query(
      `CREATE INDEX case_transfer_sender_inbox_idx ON case_transfer (sender_unit_code)
        WHERE state IN ('DRAFT','SUBMITTED','APPROVED','RESULT_REPORTED')`,
    );
    await q.query(
      `CREATE INDEX case_transfer_receiver_inbox_idx ON case_transfer (receiver_unit_code)
        WHERE state IN ('SENT','ASSIGNED','DECLINED','ACCEPTED')`,
    );
    await q.query(`CREATE INDEX case_transfer_escalated_idx ON case_transfer (city_government_unit_code) WHERE state = 'ESCALATED'`);
    await q.query(`CREATE INDEX case_transfer_party_uscc_idx ON case_transfer (party_uscc, matter_code) WHERE party_uscc IS NOT NULL`);
    await q.query(
      `CREATE INDEX case_transfer_party_id_idx ON case_transfer (party_id_number, matter_code) WHERE party_id_number IS NOT NULL`,
    );
    await q.query(`CREATE INDEX case_transfer_party_name_idx ON case_transfer (party_name, matter_code)`);
    await q.query(`CREATE SEQUENCE case_transfer_letter_seq`);
    await q.query(`
      CREATE TABLE transfer_material (
        evidence_id uuid PRIMARY KEY REFERENCES evidence_file (id),
        transfer_id uuid NOT NULL REFERENCES case_transfer (id),
        kind varchar(20) NOT NULL CHECK (kind IN ('LETTER','SOURCE','EVIDENCE')),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX transfer_material_transfer_idx ON transfer_material (transfer_id, created_at)`);
    await q.query(`
      CREATE TABLE criminal_referral_flag (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        transfer_id uuid NOT NULL REFERENCES case_transfer (id),
        penalty_id uuid NOT NULL,
        penalty_publisher_code varchar(40) NOT NULL REFERENCES unit (code) ON UPDATE CASCADE,
        party_name varchar(200) NOT NULL,
        matter_code varchar(40) NOT NULL,
        referral_state varchar(30) NOT NULL,
        flagged_at timestamptz NOT NULL,
        UNIQUE (transfer_id, penalty_id)
      )`);
    await q.query(`CREATE INDEX criminal_referral_flag_time_idx ON criminal_referral_flag (flagged_at DESC, id DESC)`);
    await q.query(`REVOKE UPDATE, DELETE ON criminal_referral_flag, transfer_material FROM hub_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE criminal_referral_flag`);
    await q.query(`DROP TABLE transfer_material`);
    await q.query(`DROP SEQUENCE case_transfer_letter_seq`);
    await q.query(`DROP TABLE case_transfer`);
  }
}
