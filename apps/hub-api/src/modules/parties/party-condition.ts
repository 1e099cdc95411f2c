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
