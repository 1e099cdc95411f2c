import isIdentityCard from 'validator/lib/isIdentityCard';

/**
 * Resident ID number (居民身份证号码, GB 11643): 17 digits and a check character. `validator` checks the
 * region, the birth date and the check character; it is personal information, masked on every answer
 * to a reader without the need to see it.
 */
export function isResidentId(value: unknown): value is string {
  return typeof value === 'string' && /^\d{17}[\dX]$/.test(value) && isIdentityCard(value, 'zh-CN');
}

/** `350582199001011234` → `3505**********123X` style: region and the last four stay. */
export function maskResidentId(value: string): string {
  return value.length < 8 ? '*'.repeat(value.length) : `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

/** `13905951234` → `139****1234`; short or odd numbers keep only their last two characters. */
export function maskPhone(value: string): string {
  if (value.length >= 11) return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
  return `${'*'.repeat(Math.max(0, value.length - 2))}${value.slice(-2)}`;
}

/** A person's name: the family name stays (`张**`). */
export function maskName(value: string): string {
  return value.length <= 1 ? '*' : `${value[0]}${'*'.repeat(value.length - 1)}`;
}
