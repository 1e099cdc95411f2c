import { Injectable } from '@nestjs/common';
import { TransferMaterialKind, TransferSituation, TransferState } from '@hub/shared-schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { PartyKey } from '../parties/party-key';
import { COLUMNS, INBOX, OPEN_DEADLINES } from './transfers.sql';

export interface TransferWarningRow {
  code: string;
  message: string;
}

/** A row of case_transfer. */
export interface TransferRow {
  id: string;
  state: TransferState;
  senderUnitCode: string;
  senderDivision: string | null;
  receiverUnitCode: string;
  originalReceiverUnitCode: string | null;
  cityGovernmentUnitCode: string | null;
  criminalReferral: boolean;
  partyName: string;
  partyUscc: string | null;
  partyIdNumber: string | null;
  matterCode: string;
  townshipCode: string;
  situation: TransferSituation;
  discoveredAt: Date;
  urgent: boolean;
  facts: string;
  violationStopped: boolean;
  evidenceSecured: boolean;
  contactName: string;
  contactPhone: string;
  caseClosedOn: string | null;
  letterNo: string | null;
  letterEvidenceId: string | null;
  letterSha256: string | null;
  resultSummary: string | null;
  resultPenaltyId: string | null;
  warnings: TransferWarningRow[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** §4(2): the complaint this transfer hands off, when it was made from one. */
  complaintId: string | null;
  /** The earliest of its open deadlines, and whether one of them is marked overdue (selected with the row). */
  nextDueAt: Date | null;
  overdue: boolean;
}

/** A transfer as written: its deadline figures are read, never stored. */
export type NewTransferRow = Omit<TransferRow, 'nextDueAt' | 'overdue'>;

export interface MaterialRow {
  transferId: string;
  evidenceId: string;
  kind: TransferMaterialKind;
  status: string;
}

export interface FlagRow {
  id: string;
  transferId: string;
  penaltyId: string;
  penaltyPublisherCode: string;
  partyName: string;
  matterCode: string;
  referralState: TransferState;
  flaggedAt: Date;
}

/** Which transfers a reader lists: its unit's (sent, received or both) or, for supervisors, all. */
export interface TransferListFilter {
  unitCode: string | null;
  direction: 'SENT' | 'RECEIVED' | null;
  state: TransferState | null;
  townshipCode: string | null;
  matterCode: string | null;
  party: string | null;
  /** Only transfers with (true) or without (false) an open deadline marked overdue. */
  overdue: boolean | null;
  /** Only transfers with an open deadline due before this time. */
  dueBefore: Date | null;
}

/** States in which a receiver holds a case it was sent: the case is "received" (§4(3)3④). */
const RECEIVED_STATES = ['SENT', 'ACCEPTED', 'DECLINED', 'ESCALATED', 'ASSIGNED', 'RESULT_REPORTED', 'CLOSED'];
/** States a transfer is open in (not yet closed or withdrawn). */
export const OPEN_STATES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'SENT', 'ACCEPTED', 'DECLINED', 'ESCALATED', 'ASSIGNED', 'RESULT_REPORTED'];

/** The same party: by USCC, else by ID number, else by exact name (modules/parties/party-key.ts). */
function partyCondition(party: PartyKey, first: number): { sql: string; params: string[] } {
  if (party.uscc) return { sql: `t.party_uscc = $${first}`, params: [party.uscc] };
  if (party.idNumber) return { sql: `t.party_id_number = $${first}`, params: [party.idNumber] };
  return { sql: `t.party_name = $${first}`, params: [party.name ?? ''] };
}

@Injectable()
export class TransfersRepository {
  constructor(private readonly tx: TransactionRunner) {}

  async insert(row: NewTransferRow): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO case_transfer (id, state, sender_unit_code, sender_division, receiver_unit_code, criminal_referral, party_name,
         party_uscc, party_id_number, matter_code, township_code, situation, discovered_at, urgent, facts, violation_stopped,
         evidence_secured, contact_name, contact_phone, case_closed_on, warnings, created_by, created_at, updated_at, complaint_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::timestamptz, $14, $15, $16, $17, $18, $19, $20::date, $21::jsonb,
         $22, $23::timestamptz, $23::timestamptz, $24)`,
      [
        row.id,
        row.state,
        row.senderUnitCode,
        row.senderDivision,
        row.receiverUnitCode,
        row.criminalReferral,
        row.partyName,
        row.partyUscc,
        row.partyIdNumber,
        row.matterCode,
        row.townshipCode,
        row.situation,
        row.discoveredAt,
        row.urgent,
        row.facts,
        row.violationStopped,
        row.evidenceSecured,
        row.contactName,
        row.contactPhone,
        row.caseClosedOn,
        JSON.stringify(row.warnings),
        row.createdBy,
        row.createdAt,
        row.complaintId,
      ],
    );
  }

  async findById(id: string): Promise<TransferRow | null> {
    const [row] = await this.tx.manager.query<TransferRow[]>(`SELECT ${COLUMNS} FROM case_transfer t WHERE t.id = $1`, [id]);
    return row ?? null;
  }

  /** The units a transfer's id belongs to, for the AuthGuard's ownership lookups: its sender. */
  async senderOf(id: string): Promise<string | null> {
    const [row] = await this.tx.manager.query<
      Array<{
        code: string;
      }>
    >(`SELECT sender_unit_code AS code FROM case_transfer WHERE id = $1`, [id]);
    return row?.code ?? null;
  }

  /** A case the unit received (or was named to handle) for the same party and matter: it may not send it on (§4(3)3④). */
  async receivedCase(unitCode: string, party: PartyKey, matterCode: string): Promise<string | null> {
    const p = partyCondition(party, 4);
    const [row] = await this.tx.manager.query<Array<{ id: string }>>(
      `SELECT t.id FROM case_transfer t
        WHERE (t.receiver_unit_code = $1 OR t.original_receiver_unit_code = $1) AND t.matter_code = $2 AND t.state = ANY($3)
          AND ${p.sql}
        LIMIT 1`,
      [unitCode, matterCode, RECEIVED_STATES, ...p.params],
    );
    return row?.id ?? null;
  }

  async nextLetterSerial(): Promise<number> {
    const [row] = await this.tx.manager.query<Array<{ n: string }>>(`SELECT nextval('case_transfer_letter_seq') AS n`);
    return Number(row.n);
  }

  async setLetter(id: string, letter: { letterNo: string; evidenceId: string; sha256: string }): Promise<void> {
    await this.tx.manager.query(`UPDATE case_transfer SET letter_no = $2, letter_evidence_id = $3, letter_sha256 = $4 WHERE id = $1`, [
      id,
      letter.letterNo,
      letter.evidenceId,
      letter.sha256,
    ]);
  }

  async setCityGovernment(id: string, unitCode: string): Promise<void> {
    await this.tx.manager.query(`UPDATE case_transfer SET city_government_unit_code = $2 WHERE id = $1`, [id, unitCode]);
  }

  /** §4(3)3④: the city government's decision names the handling unit; the first receiver stays on record. */
  async assignHandlingUnit(id: string, unitCode: string): Promise<void> {
    await this.tx.manager.query(
      `UPDATE case_transfer SET original_receiver_unit_code = coalesce(original_receiver_unit_code, receiver_unit_code),
         receiver_unit_code = $2 WHERE id = $1`,
      [id, unitCode],
    );
  }

  async setResult(id: string, summary: string, penaltyId: string | null): Promise<void> {
    await this.tx.manager.query(`UPDATE case_transfer SET result_summary = $2, result_penalty_id = $3 WHERE id = $1`, [
      id,
      summary,
      penaltyId,
    ]);
  }

  async penaltyExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(`SELECT 1 FROM penalty_decision WHERE id = $1`, [id]);
    return rows.length === 1;
  }

  async insertMaterial(material: { transferId: string; evidenceId: string; kind: TransferMaterialKind; at: Date }): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO transfer_material (evidence_id, transfer_id, kind, created_at) VALUES ($1, $2, $3, $4::timestamptz)`,
      [material.evidenceId, material.transferId, material.kind, material.at],
    );
  }

  /** Materials with their evidence file's status (PENDING until the upload is confirmed). */
  async materialsOf(transferIds: string[]): Promise<MaterialRow[]> {
    if (!transferIds.length) return [];
    return this.tx.manager.query(
      `SELECT m.transfer_id AS "transferId", m.evidence_id AS "evidenceId", m.kind, e.status
         FROM transfer_material m JOIN evidence_file e ON e.id = m.evidence_id
        WHERE m.transfer_id = ANY($1::uuid[]) AND e.status <> 'DELETED'
        ORDER BY m.created_at, m.evidence_id`,
      [transferIds],
    );
  }

  /** A page of transfers newest first (keyset on created_at, id). */
  async page(filter: TransferListFilter, after: { value: string; id: string } | null, limit: number): Promise<TransferRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.unitCode !== null) {
      const n = params.push(filter.unitCode);
      const sent = `t.sender_unit_code = $${n}`;
      const received = `(t.receiver_unit_code = $${n} OR t.original_receiver_unit_code = $${n} OR t.city_government_unit_code = $${n})`;
      where.push(filter.direction === 'SENT' ? sent : filter.direction === 'RECEIVED' ? received : `(${sent} OR ${received})`);
      // A receiver sees a transfer once it was sent (drafts are the sender's own).
      if (filter.direction !== 'SENT') where.push(`(t.sender_unit_code = $${n} OR t.state = ANY('{${RECEIVED_STATES.join(',')}}'))`);
    }
    if (filter.state) add((n) => `t.state = $${n}`, filter.state);
    if (filter.townshipCode) add((n) => `t.township_code = $${n}`, filter.townshipCode);
    if (filter.matterCode) add((n) => `t.matter_code = $${n}`, filter.matterCode);
    if (filter.party) add((n) => `(t.party_uscc = $${n} OR t.party_id_number = $${n} OR t.party_name = $${n})`, filter.party);
    if (filter.overdue !== null)
      where.push(`${filter.overdue ? '' : 'NOT '}EXISTS (SELECT 1 ${OPEN_DEADLINES} AND d.overdue_at IS NOT NULL)`);
    if (filter.dueBefore) add((n) => `EXISTS (SELECT 1 ${OPEN_DEADLINES} AND d.due_at < $${n}::timestamptz)`, filter.dueBefore);
    if (after) {
      params.push(after.value, after.id);
      where.push(`(t.created_at, t.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit);
    return this.tx.manager.query(
      `SELECT ${COLUMNS} FROM case_transfer t ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY t.created_at DESC, t.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  /**
   * What needs the unit's action now: as sender a draft to submit, one awaiting approval or sending, a
   * result to close; as receiver a case to answer or report on; as city government a dispute to decide.
   */
  async inbox(unitCode: string, limit: number): Promise<TransferRow[]> {
    return this.tx.manager.query(INBOX, [unitCode, limit]);
  }

  /** The party's open transfers (any unit's), newest first: what a town officer sees before an inspection. */
  async openForParty(party: PartyKey, limit: number): Promise<TransferRow[]> {
    const p = partyCondition(party, 2);
    return this.tx.manager.query(
      `SELECT ${COLUMNS} FROM case_transfer t WHERE t.state = ANY($1) AND ${p.sql} ORDER BY t.created_at DESC, t.id DESC LIMIT $3`,
      [OPEN_STATES.filter((s) => RECEIVED_STATES.includes(s)), ...p.params, limit],
    );
  }

  /**
   * Criminal referrals made for the party and matter: sent to the judicial organ, open or not (a draft,
   * or one withdrawn before acceptance, was never made): 不得以罚代刑 (§4(5)).
   */
  async referralsFor(party: { uscc: string | null; idNumber: string | null }, matterCode: string): Promise<TransferRow[]> {
    return this.tx.manager.query(
      `SELECT ${COLUMNS} FROM case_transfer t
        WHERE t.criminal_referral AND t.matter_code = $1 AND t.state = ANY($4)
          AND ((t.party_uscc IS NOT NULL AND t.party_uscc = $2) OR (t.party_id_number IS NOT NULL AND t.party_id_number = $3))`,
      [matterCode, party.uscc, party.idNumber, RECEIVED_STATES],
    );
  }

  /** Inserts the flag once per referral and penalty; true when it is new. */
  async insertFlag(flag: Omit<FlagRow, 'id'>): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(
      `INSERT INTO criminal_referral_flag (transfer_id, penalty_id, penalty_publisher_code, party_name, matter_code, referral_state, flagged_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz) ON CONFLICT (transfer_id, penalty_id) DO NOTHING RETURNING id`,
      [flag.transferId, flag.penaltyId, flag.penaltyPublisherCode, flag.partyName, flag.matterCode, flag.referralState, flag.flaggedAt],
    );
    return rows.length === 1;
  }

  async flags(after: { value: string; id: string } | null, limit: number): Promise<FlagRow[]> {
    return this.tx.manager.query(
      `SELECT id, transfer_id AS "transferId", penalty_id AS "penaltyId", penalty_publisher_code AS "penaltyPublisherCode",
              party_name AS "partyName", matter_code AS "matterCode", referral_state AS "referralState", flagged_at AS "flaggedAt"
         FROM criminal_referral_flag
        WHERE $1::timestamptz IS NULL OR (flagged_at, id) < ($1::timestamptz, $2::uuid)
        ORDER BY flagged_at DESC, id DESC LIMIT $3`,
      [after?.value ?? null, after?.id ?? null, limit],
    );
  }
}
