/**
 * The inbox's SQL, plain strings and no imports: the repository runs it, and the benchmark's bare ceiling
 * (bench/ceilings/bare-lookup.ts) runs exactly the same statement.
 */

/** The order of the inbox, within each workflow's part and across them: the earliest deadline first. */
export const INBOX_ORDER = `"nextDueAt" NULLS LAST, urgent DESC, since, id`;

/**
 * Every workflow's part (a SELECT of unit $1's items, each already cut to its $2 most urgent by its own
 * indexes), merged and cut again: the unit's $2 most urgent items of all.
 */
export function inboxUnion(selects: readonly string[]): string {
  return `SELECT * FROM (${selects.map((select) => `(${select})`).join(' UNION ALL ')}) inbox ORDER BY ${INBOX_ORDER} LIMIT $2`;
}
