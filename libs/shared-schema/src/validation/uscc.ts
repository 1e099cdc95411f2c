/**
 * Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters from 31 symbols (no I, O, S,
 * V, Z): registration authority, entity type, 6-digit division code, 9-character organisation code and a
 * check character computed over the first 17 (docs/domain.md "Identifiers").
 */
const USCC_SYMBOLS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_SYMBOLS.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_SYMBOLS[(31 - (sum % 31)) % 31];
}

export function isUscc(value: unknown): value is string {
  return typeof value === 'string' && USCC_SHAPE.test(value) && usccCheckCharacter(value.slice(0, 17)) === value[17];
}
