import { Role } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';

/**
 * Supervisors (the justice bureau and joint-meeting office, §4(4), §6(3)) see every unit's personal
 * data in full: reviewing how units handled a case is their task.
 */
export function seesAllPersonalData(reader: Pick<Actor, 'roles'>): boolean {
  return reader.roles.includes(Role.SUPERVISOR);
}

/**
 * Who sees personal data (ID numbers, phones, reporter identities) in full: the unit that published
 * or handles the record, and supervisors. Everyone else gets it masked; every full view is audited.
 */
export function seesPersonalData(reader: Pick<Actor, 'roles' | 'unitCode'>, handlingUnits: ReadonlyArray<string | null>): boolean {
  return seesAllPersonalData(reader) || handlingUnits.includes(reader.unitCode);
}

/*
 * What a masked value still shows. GB/T 35273-2020 asks that personal information shown on a screen
 * be de-identified to what the purpose needs (展示限制), and counts an ID number as sensitive personal
 * information (个人敏感信息). A reader who gets the masked form has no need to know who the person is:
 * the masked form only tells that a number is on file and lets two records be told apart at a glance.
 * Whoever must confirm a person searches by the full number from the card (exact match, counted and
 * audited); the hub never needs to show parts of it for that.
 */

/**
 * Resident ID number (居民身份证号码): the first and last character stay, `3****************5`.
 * The region (digits 1–6), birth date (7–14) and sequence (15–17, whose parity is the sex) are each
 * personal information and all hidden: with region and last four shown (`3505**********0015`), the
 * birth date was the only unknown and an enumeration of days recovered the number.
 */
export function maskResidentId(value: string): string {
  return value.length <= 2 ? '*'.repeat(value.length) : `${value[0]}${'*'.repeat(value.length - 2)}${value.slice(-1)}`;
}

/**
 * Phone number (联系电话): the last four stay, `*******1234`. The first seven (号段) name the carrier
 * and the area; the last four are what a person recognises as their own number.
 */
export function maskPhone(value: string): string {
  const kept = value.length >= 8 ? 4 : 2;
  return `${'*'.repeat(Math.max(0, value.length - kept))}${value.slice(-kept)}`;
}

/** A person's name (姓名): the family name stays (`王**`), as is usual on Chinese notices. */
export function maskName(value: string): string {
  return value.length <= 1 ? '*' : `${value[0]}${'*'.repeat(value.length - 1)}`;
}

const MASKERS: Record<string, (value: string) => string> = {
  idNumber: maskResidentId,
  phone: maskPhone,
  name: maskName,
};

/** Masks a personal field by what its name says it holds (…IdNumber, …Phone, …Name). */
export function maskField(field: string, value: string | null): string | null {
  if (value === null) return null;
  const kind = /IdNumber$/.test(field) ? 'idNumber' : /Phone$/.test(field) ? 'phone' : 'name';
  return MASKERS[kind](value);
}
