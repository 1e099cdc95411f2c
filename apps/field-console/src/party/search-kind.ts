/**
 * How a party is looked up (partyProfile's three arguments): by 统一社会信用代码, by 身份证号, or by a
 * name substring. The officer picks the kind; `detectKind` suggests it from what was typed, and
 * `validateQuery` says in Chinese what is wrong before anything is sent (an ID number search counts
 * against the hourly quota, so a mistyped one should not reach the hub).
 */
export type SearchKind = 'USCC' | 'ID_NUMBER' | 'NAME';

export const SEARCH_KINDS: readonly { kind: SearchKind; label: string; placeholder: string }[] = [
  { kind: 'USCC', label: '统一社会信用代码', placeholder: '18 位代码，如 91350582MA2XXXXXXX' },
  { kind: 'ID_NUMBER', label: '身份证号', placeholder: '18 位公民身份号码' },
  { kind: 'NAME', label: '名称', placeholder: '当事人名称（至少 2 个字）' },
];

const USCC_SYMBOLS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** What the officer typed, as it is sent: trimmed, letters upper-cased for codes. */
export function normalizeQuery(kind: SearchKind, text: string): string {
  const trimmed = text.trim();
  return kind === 'NAME' ? trimmed : trimmed.replace(/\s+/g, '').toUpperCase();
}

/** GB 32100-2015: 18 characters of the code's alphabet, the last one the check character. */
export function isUscc(text: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(text)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_SYMBOLS.indexOf(text[i]) * USCC_WEIGHTS[i];
  return USCC_SYMBOLS[(31 - (sum % 31)) % 31] === text[17];
}

/** GB 11643-1999: 17 digits and the ISO 7064 MOD 11-2 check character (0-9 or X). */
export function isIdNumber(text: string): boolean {
  if (!/^\d{17}[\dX]$/.test(text)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(text[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === text[17];
}

/** The kind that fits what was typed: a valid ID number or USCC, otherwise a name. */
export function detectKind(text: string): SearchKind {
  const code = text.replace(/\s+/g, '').toUpperCase();
  if (isIdNumber(code)) return 'ID_NUMBER';
  if (isUscc(code)) return 'USCC';
  return 'NAME';
}

/** null when the query can be sent as `kind`; otherwise the reason, in Chinese. */
export function validateQuery(kind: SearchKind, text: string): string | null {
  const value = normalizeQuery(kind, text);
  if (!value) return '请输入查询内容';
  switch (kind) {
    case 'USCC':
      if (value.length !== 18) return `统一社会信用代码应为 18 位，当前为 ${value.length} 位`;
      return isUscc(value) ? null : '统一社会信用代码校验位不符，请核对';
    case 'ID_NUMBER':
      if (value.length !== 18) return `身份证号应为 18 位，当前为 ${value.length} 位`;
      return isIdNumber(value) ? null : '身份证号校验位不符，请核对';
    case 'NAME':
      return [...value].length >= 2 ? null : '名称至少输入 2 个字';
  }
}

/** partyProfile's arguments for a validated query. */
export function profileArguments(kind: SearchKind, text: string): { uscc?: string; idNumber?: string; name?: string } {
  const value = normalizeQuery(kind, text);
  if (kind === 'USCC') return { uscc: value };
  if (kind === 'ID_NUMBER') return { idNumber: value };
  return { name: value };
}
