import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditEntryEntity } from './audit-entry.entity';

export type NewAuditEntry = Pick<
  AuditEntryEntity,
  'actorKind' | 'actorId' | 'actorName' | 'unitCode' | 'roles' | 'operation' | 'target' | 'outcome' | 'requestId' | 'details'
>;

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

  /** Rows in id order from `afterId`, each with the hash the database recomputes for it now. */
  async chainSlice(afterId: string, limit: number): Promise<ChainRow[]> {
    const rows: Array<{ id: string; prev_hash: string; hash: string; expected: string }> = await this.tx.manager.query(
      `SELECT a.id::text AS id, a.prev_hash, a.hash, audit_entry_hash(a) AS expected
         FROM audit_entry a WHERE a.id > $1 ORDER BY a.id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => ({ id: r.id, prevHash: r.prev_hash, hash: r.hash, expectedHash: r.expected }));
  }
}
