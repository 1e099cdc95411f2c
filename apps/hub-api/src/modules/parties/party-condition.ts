import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { entityColumns } from '../../database/entity-columns';
import { containsPattern } from '../../database/like-pattern';

/** How a town officer names a party: exactly one of these (PartiesService checks). */
export interface PartyKey {
  uscc?: string;
  idNumber?: string;
  name?: string;
}

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

/**
 * A party's newest unrevoked records of one category (the party profile's licences or penalties):
 * one indexed statement in plain SQL, rows shaped as the entity (see entityColumns).
 */
export function partyRecords<T extends ObjectLiteral>(
  manager: EntityManager,
  record: { entity: EntityTarget<T>; table: string; columns: Record<keyof PartyKey, string> },
  party: PartyKey,
  limit: number,
): Promise<T[]> {
  const where = partyCondition(party, record.columns);
  return manager.query(
    `SELECT ${entityColumns(manager, record.entity, 'r')} FROM ${record.table} r
      WHERE r.revoked_at IS NULL AND ${where.sql} ORDER BY r.decision_date DESC LIMIT ${Number(limit)}`,
    where.params,
  );
}
