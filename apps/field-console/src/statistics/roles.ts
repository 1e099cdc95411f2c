import type { Role } from '../gql/graphql.js';

/**
 * Who sees 统计报表: whoever the hub lets call `statistics` and `requestExport` (policies.ts: 'statistics.read'
 * and 'export.request' are EVERY_ROLE, aggregates holding no personal data), less CONNECTOR, which is a
 * system's API key and never signs in here.
 * Kept apart from the screen's tables so that the main chunk (App.tsx) carries only this; the browser e2e
 * checks it against policies.ts.
 * No runtime imports, and the type import written with `.js`: that spec loads this file under Jest, and
 * the hub's tsconfig (nodenext) checks it.
 */
export const STATISTICS_ROLES: readonly Role[] = ['STATISTICIAN', 'OFFICER', 'LEADER', 'SUPERVISOR', 'ADMIN'];

export function mayUseStatistics(roles: readonly string[]): boolean {
  return roles.some((role) => (STATISTICS_ROLES as readonly string[]).includes(role));
}
