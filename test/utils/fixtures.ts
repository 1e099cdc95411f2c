import type { DevolvedMatterInput, LicensingDecisionInput, PenaltyDecisionInput } from '@hub/shared-schema';
import type { Overrides, Sent, Wire } from './seed';

/** Deterministic valid identifiers for test data. */
const USCC_SYMBOLS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid USCC for company number `n` registered in Jinjiang (check character per GB 32100). */
export function uscc(n: number): string {
  const org = n
    .toString(31)
    .toUpperCase()
    .padStart(9, '0')
    .split('')
    .map((c) => USCC_SYMBOLS[parseInt(c, 31)])
    .join('');
  const first17 = `91350582${org}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_SYMBOLS.indexOf(first17[i]) * (3 ** i % 31);
  return first17 + USCC_SYMBOLS[(31 - (sum % 31)) % 31];
}

/** A valid resident ID number born on 1990-01-01 in Jinjiang, sequence `n`. */
export function residentId(n: number): string {
  return residentIdBornOn('19900101', n);
}

/** A valid resident ID number of Jinjiang born on `birthDate` (YYYYMMDD), sequence `n`: what an enumeration tries. */
export function residentIdBornOn(birthDate: string, n: number): string {
  const first17 = `350582${birthDate}${String(n % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

export const FOOD_MATTER: Wire<DevolvedMatterInput> = {
  code: 'SCJG-001',
  name: '食品经营许可相关违法行为处罚',
  legalBasis: '《中华人民共和国食品安全法》第一百二十二条',
  regulationClass: 'LICENSED_VIOLATION',
  sourceDepartmentCode: 'dept-market-regulation',
  townshipCodes: ['350582001', '350582101'],
  effectiveFrom: '2021-07-01',
};

export const MARKET = 'dept-market-regulation';
export const QINGYANG = '350582001';
export const ANHAI = '350582101';

/** A valid licensing decision of the market regulation bureau for holder `n` (a shop in Qingyang). */
export function licence(n: number, overrides: Overrides<LicensingDecisionInput> = {}): Wire<LicensingDecisionInput> {
  const valid: Wire<LicensingDecisionInput> = {
    sourceId: `SCJG-2026-${n}`,
    kind: 'LICENCE',
    licenceNumber: `JY135058200${String(n).padStart(5, '0')}`,
    holderName: `晋江市青阳华丰五金店${n}`,
    holderUscc: uscc(n),
    matterCode: FOOD_MATTER.code,
    scope: '预包装食品销售',
    townshipCode: QINGYANG,
    validFrom: '2024-01-01',
    validTo: '2029-12-31',
    status: 'VALID',
    decisionDate: '2024-01-01',
  };
  return { ...valid, ...overrides };
}

export const PUBLISH_LICENCES = `mutation($records: [LicensingDecisionInput!]!) { publishLicensingDecisions(records: $records) {
  accepted rejected results { index sourceId outcome id version error { code field message } } } }`;

/** A penalty decision of Qingyang town (the matter is devolved to it) against holder `n`. */
export function penalty(n: number, overrides: Overrides<PenaltyDecisionInput> = {}): Sent<PenaltyDecisionInput, 'confiscationAmount'> {
  const valid: Sent<PenaltyDecisionInput, 'confiscationAmount'> = {
    sourceId: `QY-CF-2026-${n}`,
    measureKind: 'PENALTY',
    decisionNumber: `晋青综执罚决字〔2026〕${n}号`,
    partyName: `晋江市青阳华丰五金店${n}`,
    partyUscc: uscc(n),
    matterCode: FOOD_MATTER.code,
    facts: '超出许可范围经营散装食品',
    legalBasis: '《中华人民共和国食品安全法》第一百二十二条',
    penaltyKinds: ['警告', '罚款'],
    fineAmount: '5000',
    decisionDate: '2026-03-01',
    executionStatus: 'PENDING',
  };
  return { ...valid, ...overrides };
}
