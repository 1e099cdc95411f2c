import { TOWNSHIP_KINDS, UnitKind } from '@hub/shared-schema';
import { ReferenceUnit } from '../units/reference-units';

/**
 * §4(4): 由市司法局、编办、人社局、财政局、公安局、法院、检察院、市直各职能部门及各镇（街道）为成员单位 — the city's
 * member units among the reference units: the justice bureau, establishment office, human resources and
 * finance (all departments in the reference list), the police, court and procuratorate, every department
 * and every town and subdistrict. The office (at the justice bureau) convenes; the justice bureau sits.
 */
export function cityJointMeetingMembers(units: readonly ReferenceUnit[]): string[] {
  const kinds: readonly UnitKind[] = [UnitKind.DEPARTMENT, UnitKind.JUDICIAL_ORGAN, ...TOWNSHIP_KINDS];
  return units.filter((unit) => kinds.includes(unit.kind)).map((unit) => unit.code);
}

/** §4(4)3②: a town's joint meeting is with the city's stationed agencies (派驻部门); departments may sit for theirs. */
export const TOWN_MEMBER_KINDS: readonly UnitKind[] = [UnitKind.STATIONED_AGENCY, UnitKind.DEPARTMENT, UnitKind.JUDICIAL_ORGAN];
