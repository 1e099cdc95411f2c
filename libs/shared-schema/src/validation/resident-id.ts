import isIdentityCard from 'validator/lib/isIdentityCard';

/**
 * Resident ID number (居民身份证号码, GB 11643): 17 digits and a check character. `validator` checks the region,
 * the birth date and the check character; it is personal information (§5(1)), masked on every answer to a
 * reader without the need to see it (apps/hub-api/src/modules/personal-data/personal-data.ts).
 */
export function isResidentId(value: unknown): value is string {
  return typeof value === 'string' && /^\d{17}[\dX]$/.test(value) && isIdentityCard(value, 'zh-CN');
}
