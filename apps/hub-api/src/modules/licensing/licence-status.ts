import { LicenceStatus } from '@hub/shared-schema';
import { LicensingDecisionEntity } from './licensing-decision.entity';

/**
 * The one rule for the status a reader sees, in TypeScript for mapped rows and in SQL for filters,
 * statistics and exports, kept side by side so they cannot drift apart (licence-status.medium-spec.ts checks):
 * - a record its publisher withdrew (`revokeRecord`, 撤回) reads WITHDRAWN, whatever it said before;
 * - a VALID licence past its `validTo` (Asia/Shanghai date) reads EXPIRED;
 * - otherwise the department's own status (VALID, SUSPENDED, REVOKED) stands.
 */
export function licenceStatusOn(row: Pick<LicensingDecisionEntity, 'status' | 'validTo' | 'revokedAt'>, date: string): LicenceStatus {
  if (row.revokedAt) return LicenceStatus.WITHDRAWN;
  if (row.status === LicenceStatus.VALID && row.validTo !== null && row.validTo < date) return LicenceStatus.EXPIRED;
  return row.status;
}

/** `licenceStatusOn` as an SQL expression over the licensing_decision row `alias`, on the date expression `date`. */
export function licenceStatusSql(alias: string, date: string): string {
  return (
    `CASE WHEN ${alias}.revoked_at IS NOT NULL THEN 'WITHDRAWN'` +
    ` WHEN ${alias}.status = 'VALID' AND ${alias}.valid_to < ${date} THEN 'EXPIRED' ELSE ${alias}.status END`
  );
}

/**
 * The WHERE condition selecting rows whose status reads `status` on `date`: the same rule as above,
 * written so PostgreSQL can still use the status and validity columns' indexes.
 */
export function licenceStatusCondition(alias: string, status: LicenceStatus, date: string): string {
  const kept = `${alias}.revoked_at IS NULL`;
  switch (status) {
    case LicenceStatus.WITHDRAWN:
      return `${alias}.revoked_at IS NOT NULL`;
    case LicenceStatus.VALID:
      return `${kept} AND ${alias}.status = 'VALID' AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= ${date})`;
    case LicenceStatus.EXPIRED:
      return `${kept} AND ${alias}.status = 'VALID' AND ${alias}.valid_to < ${date}`;
    default:
      return `${kept} AND ${alias}.status = '${status}'`;
  }
}
