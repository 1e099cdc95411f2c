import { Injectable } from '@nestjs/common';
import { AssistanceKind, AssistanceState, ExecutionStatus, LedgerEntryKind } from '@hub/shared-schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { COLUMNS, INBOX, OPEN_DEADLINES } from './assistance.sql';

/** A row of assistance_request, with its deadline figures (read, never stored). */
export interface AssistanceRow {
  id: string;
  kind: AssistanceKind;
  state: AssistanceState;
  requestingUnitCode: string;
  requestedUnitCode: string;
  subject: string;
  details: string;
  urgent: boolean;
  evidenceAtRisk: boolean;
  /** A data request's ledger kind and period (§4(1)4). */
  ledgerKind: LedgerEntryKind | null;
  period: string | null;
  /** A police support request's enforcement action, and the dispatch the police recorded (§4(5)). */
  actionAt: Date | null;
  place: string | null;
  dispatchedOfficers: string | null;
  dispatchedAt: Date | null;
  /** A court enforcement application's penalty decision, and the court's last ruling (§4(5)). */
  penaltyId: string | null;
  /** COURT_ENFORCEMENT: the decision's execution status before the application, given back if it is withdrawn. */
  priorExecutionStatus: ExecutionStatus | null;
  courtRuling: string | null;
  onSitePerson: string | null;
  onSiteAt: Date | null;
  expectedOn: string | null;
  opinion: string | null;
  refusalGroundCode: string | null;
  refusalExplanation: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  nextDueAt: Date | null;
  overdue: boolean;
}

/** A request as sent: what the later steps record (on site, extension, answer, refusal) and its deadline figures are not written here. */
export type NewAssistanceRow = Omit<
  AssistanceRow,
  | 'onSitePerson'
  | 'onSiteAt'
  | 'expectedOn'
  | 'opinion'
  | 'refusalGroundCode'
  | 'refusalExplanation'
  | 'dispatchedOfficers'
  | 'dispatchedAt'
  | 'courtRuling'
  | 'updatedAt'
  | 'nextDueAt'
  | 'overdue'
>;

export interface RefusalGroundRow {
  code: string;
  name: string;
  legalBasis: string;
  active: boolean;
}

/** Which requests a reader lists: its unit's (sent, received or both) or, for supervisors, all. */
export interface AssistanceListFilter {
  unitCode: string | null;
  direction: 'SENT' | 'RECEIVED' | null;
  kind: AssistanceKind | null;
  state: AssistanceState | null;
  overdue: boolean | null;
}

const GROUND_COLUMNS = `code, name, legal_basis AS "legalBasis", active`;

@Injectable()
export class AssistanceRepository {
  constructor(private readonly tx: TransactionRunner) {}

  async insert(row: NewAssistanceRow): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO assistance_request (id, kind, state, requesting_unit_code, requested_unit_code, subject, details, urgent,
         evidence_at_risk, ledger_kind, period, action_at, place, penalty_id, prior_execution_status, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::timestamptz, $13, $14, $17, $15, $16::timestamptz, $16::timestamptz)`,
      [
        row.id,
        row.kind,
        row.state,
        row.requestingUnitCode,
        row.requestedUnitCode,
        row.subject,
        row.details,
        row.urgent,
        row.evidenceAtRisk,
        row.ledgerKind,
        row.period,
        row.actionAt,
        row.place,
        row.penaltyId,
        row.createdBy,
        row.createdAt,
        row.priorExecutionStatus,
      ],
    );
  }

  async findById(id: string): Promise<AssistanceRow | null> {
    const [row] = await this.tx.manager.query<AssistanceRow[]>(`SELECT ${COLUMNS} FROM assistance_request a WHERE a.id = $1`, [id]);
    return row ?? null;
  }

  async setOnSite(id: string, person: string, at: Date): Promise<void> {
    await this.tx.manager.query(`UPDATE assistance_request SET on_site_person = $2, on_site_at = $3::timestamptz WHERE id = $1`, [
      id,
      person,
      at,
    ]);
  }

  async setExpectedOn(id: string, date: string): Promise<void> {
    await this.tx.manager.query(`UPDATE assistance_request SET expected_on = $2::date WHERE id = $1`, [id, date]);
  }

  async setDispatch(id: string, officers: string, at: Date): Promise<void> {
    await this.tx.manager.query(`UPDATE assistance_request SET dispatched_officers = $2, dispatched_at = $3::timestamptz WHERE id = $1`, [
      id,
      officers,
      at,
    ]);
  }

  async setCourtRuling(id: string, ruling: string): Promise<void> {
    await this.tx.manager.query(`UPDATE assistance_request SET court_ruling = $2 WHERE id = $1`, [id, ruling]);
  }

  /** The publisher and state of a penalty decision (§4(1)3), for an application to the court; null when there is none. */
  async penaltyOf(id: string): Promise<{ publisherCode: string; executionStatus: ExecutionStatus; revoked: boolean } | null> {
    const [row] = await this.tx.manager.query<Array<{ publisherCode: string; executionStatus: ExecutionStatus; revoked: boolean }>>(
      `SELECT publisher_code AS "publisherCode", execution_status AS "executionStatus", revoked_at IS NOT NULL AS revoked
         FROM penalty_decision WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async setOpinion(id: string, opinion: string): Promise<void> {
    await this.tx.manager.query(`UPDATE assistance_request SET opinion = $2 WHERE id = $1`, [id, opinion]);
  }

  async setRefusal(id: string, groundCode: string, explanation: string): Promise<void> {
    await this.tx.manager.query(`UPDATE assistance_request SET refusal_ground_code = $2, refusal_explanation = $3 WHERE id = $1`, [
      id,
      groundCode,
      explanation,
    ]);
  }

  /** §4(1)4: the ledger entries published in answer to a data request, linked to it. */
  async linkLedgerEntries(id: string, entryIds: string[], at: Date): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO assistance_ledger_entry (assistance_request_id, ledger_entry_id, position, created_at)
       SELECT $1, u.id, u.position, $3::timestamptz FROM unnest($2::uuid[]) WITH ORDINALITY AS u (id, position)
       ON CONFLICT DO NOTHING`,
      [id, entryIds, at],
    );
  }

  async linkedLedgerEntryIds(id: string): Promise<string[]> {
    const rows = await this.tx.manager.query<Array<{ id: string }>>(
      `SELECT ledger_entry_id AS id FROM assistance_ledger_entry WHERE assistance_request_id = $1 ORDER BY created_at, position`,
      [id],
    );
    return rows.map((row) => row.id);
  }

  /** A page of requests newest first (keyset on created_at, id). */
  async page(filter: AssistanceListFilter, after: { value: string; id: string } | null, limit: number): Promise<AssistanceRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.unitCode !== null) {
      const n = params.push(filter.unitCode);
      const sent = `a.requesting_unit_code = $${n}`;
      const received = `a.requested_unit_code = $${n}`;
      where.push(filter.direction === 'SENT' ? sent : filter.direction === 'RECEIVED' ? received : `(${sent} OR ${received})`);
    }
    if (filter.kind) add((n) => `a.kind = $${n}`, filter.kind);
    if (filter.state) add((n) => `a.state = $${n}`, filter.state);
    if (filter.overdue !== null)
      where.push(`${filter.overdue ? '' : 'NOT '}EXISTS (SELECT 1 ${OPEN_DEADLINES} AND d.overdue_at IS NOT NULL)`);
    if (after) {
      params.push(after.value, after.id);
      where.push(`(a.created_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit);
    return this.tx.manager.query(
      `SELECT ${COLUMNS} FROM assistance_request a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.created_at DESC, a.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  inbox(unitCode: string, limit: number): Promise<AssistanceRow[]> {
    return this.tx.manager.query(INBOX, [unitCode, limit]);
  }

  /** The requesting and the requested unit of a request; null for an unknown one. */
  async unitsOf(id: string): Promise<string[] | null> {
    const [row] = await this.tx.manager.query<Array<{ a: string; b: string }>>(
      `SELECT requesting_unit_code AS a, requested_unit_code AS b FROM assistance_request WHERE id = $1`,
      [id],
    );
    return row ? [row.a, row.b] : null;
  }

  grounds(activeOnly: boolean): Promise<RefusalGroundRow[]> {
    return this.tx.manager.query(`SELECT ${GROUND_COLUMNS} FROM refusal_ground ${activeOnly ? 'WHERE active' : ''} ORDER BY code`);
  }

  async ground(code: string): Promise<RefusalGroundRow | null> {
    const [row] = await this.tx.manager.query<RefusalGroundRow[]>(`SELECT ${GROUND_COLUMNS} FROM refusal_ground WHERE code = $1`, [code]);
    return row ?? null;
  }

  /** False when the code exists. */
  async insertGround(row: RefusalGroundRow, at: Date): Promise<boolean> {
    const rows = await this.tx.manager.query<unknown[]>(
      `INSERT INTO refusal_ground (code, name, legal_basis, active, created_at, updated_at) VALUES ($1, $2, $3, true, $4::timestamptz, $4::timestamptz)
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [row.code, row.name, row.legalBasis, at],
    );
    return rows.length === 1;
  }

  /** False when there is no such ground. */
  async setGroundActive(code: string, active: boolean, at: Date): Promise<boolean> {
    const [, affected] = await this.tx.manager.query<[unknown[], number]>(
      `UPDATE refusal_ground SET active = $2, updated_at = $3::timestamptz WHERE code = $1`,
      [code, active, at],
    );
    return affected === 1;
  }
}
