import { Role } from '@hub/shared-schema';
import { maskName, maskPhone, maskResidentId } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';

/**
 * Who sees personal data (ID numbers, phones, reporter identities) in full: the unit that published
 * or handles the record, and supervisors. Everyone else gets it masked; every full view is audited.
 */
export function seesPersonalData(reader: Pick<Actor, 'roles' | 'unitCode'>, handlingUnits: ReadonlyArray<string | null>): boolean {
  return reader.roles.includes(Role.SUPERVISOR) || handlingUnits.includes(reader.unitCode);
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
