import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditRowContent } from './audit-hash';

export type NewAuditEntry = Pick<
  AuditEntryEntity,
  'actorKind' | 'actorId' | 'actorName' | 'unitCode' | 'roles' | 'operation' | 'target' | 'outcome' | 'requestId' | 'details'
>;

/** The newest row of the chain and how many rows lead up to it: what a checkpoint records. */
export interface ChainHead {
  lastId: string;
  hash: string;
  count: number;
  database: string;
}

export interface ChainRow {
  id: string;
  prevHash: string;
  hash: string;
  expectedHash: string;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** id, prev_hash and hash are set by the database trigger. */
  async append(entry: NewAuditEntry): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO audit_entry (occurred_at, actor_kind, actor_id, actor_name, unit_code, roles, operation, target,
         outcome, request_id, details)
       VALUES (clock_timestamp(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        entry.actorKind,
        entry.actorId,
        entry.actorName,
        entry.unitCode,
        entry.roles,
        entry.operation,
        entry.target,
        entry.outcome,
        entry.requestId,
        entry.details === null ? null : JSON.stringify(entry.details),
      ],
    );
  }

  async page(filter: { operation?: string; unitCode?: string }, afterId: string | null, limit: number) {
    const query = this.tx.manager.getRepository(AuditEntryEntity).createQueryBuilder('a').orderBy('a.id', 'DESC').limit(limit);
    if (filter.operation) query.andWhere('a.operation = :operation', { operation: filter.operation });
    if (filter.unitCode) query.andWhere('a.unit_code = :unitCode', { unitCode: filter.unitCode });
    if (afterId) query.andWhere('a.id < :afterId', { afterId });
    return query.getMany();
  }

  /**
   * Rows in id order after `afterId`, with every hashed column as stored, for the verifier to hash in
   * Node. The time comes as epoch microseconds (the form the hash takes, and more precise than a JS
   * Date), details as jsonb's own text; no function of the database's schema is called.
   */
  async chainSlice(afterId: string, limit: number): Promise<AuditRowContent[]> {
    const rows: Array<Record<string, string | null> & { roles: string[] }> = await this.tx.manager.query(
      `SELECT a.id::text AS id, ((extract(epoch FROM a.occurred_at) * 1000000)::bigint)::text AS micros, a.actor_kind, a.actor_id,
              a.actor_name, a.unit_code, a.roles, a.operation, a.target, a.outcome, a.request_id, a.details::text AS details,
              a.prev_hash, a.hash
         FROM audit_entry a WHERE a.id > $1 ORDER BY a.id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => ({
      id: r.id!,
      occurredAtMicros: r.micros!,
      actorKind: r.actor_kind!,
      actorId: r.actor_id,
      actorName: r.actor_name!,
      unitCode: r.unit_code,
      roles: r.roles,
      operation: r.operation!,
      target: r.target,
      outcome: r.outcome!,
      requestId: r.request_id,
      details: r.details,
      prevHash: r.prev_hash!,
      hash: r.hash!,
    }));
  }

  /**
   * The newest row and the number of rows up to it, in one statement (one snapshot). Ids are drawn
   * under the chain's lock in commit order, so every row below the newest visible one is visible too.
   */
  async head(): Promise<ChainHead | null> {
    const [row]: Array<{ id: string; hash: string; count: string; database: string }> = await this.tx.manager.query(
      `SELECT h.id::text AS id, h.hash, (SELECT count(*) FROM audit_entry WHERE id <= h.id)::text AS count, current_database() AS database
         FROM (SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1) h`,
    );
    return row ? { lastId: row.id, hash: row.hash, count: Number(row.count), database: row.database } : null;
  }
}
