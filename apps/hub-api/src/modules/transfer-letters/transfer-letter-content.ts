import { isResidentId, isUscc } from '@hub/shared-schema';

/** What a transfer letter (移交函, §4(3)4) says: taken from the approved transfer by the transfers module. */
export interface TransferLetterContent {
  /** 移交函编号, e.g. '晋江移〔2026〕0001号'. */
  letterNo: string;
  senderUnitName: string;
  /** A department's internal division in charge of the case (§4(3)1), null for a town. */
  senderDivision: string | null;
  receiverUnitName: string;
  partyName: string;
  /** USCC, or the ID number masked as the receiver sees it. */
  partyIdentifier: string;
  matterCode: string;
  matterName: string;
  /** The §2 situation in Chinese, e.g. 应批已批（超出许可范围）. */
  situationName: string;
  discoveredAt: Date;
  facts: string;
  violationStopped: boolean;
  evidenceSecured: boolean;
  materials: Array<{ kindName: string; fileName: string; sha256: string }>;
  contactName: string;
  contactPhone: string;
  approvedByName: string;
  approvedAt: Date;
  /** The letter's date; also its PDF creation date, so the same content gives the same bytes. */
  issuedAt: Date;
  urgent: boolean;
  /** 两法衔接 (§4(5)): the case goes to a judicial organ as a suspected crime. */
  criminalReferral: boolean;
}

/** The regulation the letter cites, as its own title and number read. */
export const REGULATION_CITED = '《晋江市市镇（街道）综合行政执法协调协作联动机制暂行规定》（晋政办〔2021〕35号）';

/** How many hex digits of each material's SHA-256 the letter prints: enough to tell files apart by eye. */
export const MATERIAL_HASH_DIGITS = 16;

const SHANGHAI_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/** The Shanghai calendar fields of `at`, as numbers (no leading zeros: 3月2日, not 03月02日). */
function shanghaiParts(at: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', number> {
  const parts = Object.fromEntries(SHANGHAI_PARTS.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

/** 2026年3月2日: the date as an official letter writes it, in Asia/Shanghai. */
export function letterDate(at: Date): string {
  const { year, month, day } = shanghaiParts(at);
  return `${year}年${month}月${day}日`;
}

/** 2026年3月1日10时05分: when a violation was discovered (a 24-hour deadline counts from the minute). */
export function letterDateTime(at: Date): string {
  const { hour, minute } = shanghaiParts(at);
  return `${letterDate(at)}${hour}时${String(minute).padStart(2, '0')}分`;
}

/** What the party's identifier is called: an organisation's USCC, or a person's ID number (masked or not). */
export function identifierLabel(identifier: string): string {
  // An ID number first: eighteen digits can also pass the USCC check, but a USCC has letters in it
  // (its entity type and organisation code) far more often than a person's number passes GB 11643.
  if (isResidentId(identifier) || /^[0-9]\*{16}[0-9Xx]$/.test(identifier)) return '公民身份号码';
  if (isUscc(identifier)) return '统一社会信用代码';
  return '证件号码';
}

export function hashPrefix(sha256: string): string {
  return sha256.slice(0, MATERIAL_HASH_DIGITS).toLowerCase();
}

/** The heading: a criminal referral (两法衔接, §4(5)) goes to a judicial organ as a suspected crime. */
export function letterTitle(content: Pick<TransferLetterContent, 'criminalReferral'>): string {
  return content.criminalReferral ? '涉嫌犯罪案件移送函' : '涉嫌违法案件移交函';
}
