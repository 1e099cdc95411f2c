import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { entityColumns } from '../../database/entity-columns';
import { containsPattern } from '../../database/like-pattern';
import { PartyKey } from './party-key';

/*
 * The SQL of a party profile, shared by the repositories of the categories a profile lists (licensing,
 * penalties): each passes its own entity, table and party columns.
 */

/**
 * The SQL condition selecting a party's rows in a record table, parameters from $1: equality on the
 * USCC or ID number column (btree), substring on the name column (pg_trgm GIN index).
 */
export function partyCondition(party: PartyKey, columns: Record<keyof PartyKey, string>): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (party.uscc) parts.push(`${columns.uscc} = $${params.push(party.uscc)}`);
  if (party.idNumber) parts.push(`${columns.idNumber} = $${params.push(party.idNumber)}`);
  if (party.name) parts.push(`${columns.name} LIKE $${params.push(containsPattern(party.name))} ESCAPE '\\'`);
  return { sql: parts.length ? parts.join(' AND ') : 'true', params };
}

/** Where a page of a party's records starts: after this decision date and id (newest first). */
export interface PartyRecordsAfter {
  date: string;
  id: string;
}

/**
 * A page of a party's newest unrevoked records of one category (the party profile's licences or
 * penalties), newest decision first, keyset-paged on (decision date, id): one indexed statement in
 * plain SQL, rows shaped as the entity (see entityColumns).
 */
export function partyRecords<T extends ObjectLiteral>(
  manager: EntityManager,
  record: { entity: EntityTarget<T>; table: string; columns: Record<keyof PartyKey, string> },
  party: PartyKey,
  limit: number,
  after: PartyRecordsAfter | null = null,
): Promise<T[]> {
  const where = partyCondition(party, record.columns);
  const params: string[] = [...where.params];
  const keyset = after ? ` AND (r.decision_date, r.id) < ($${params.push(after.date)}::date, $${params.push(after.id)}::uuid)` : '';
  return manager.query(
    `SELECT ${entityColumns(manager, record.entity, 'r')} FROM ${record.table} r
      WHERE r.revoked_at IS NULL AND ${where.sql}${keyset} ORDER BY r.decision_date DESC, r.id DESC LIMIT ${Number(limit)}`,
    params,
  );
}
