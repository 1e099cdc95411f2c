import { registerEnumType } from '@nestjs/graphql';

/** Kinds of unit that take part in the coordination mechanism (docs/domain.md "The units"). */
export enum UnitKind {
  SUBDISTRICT = 'SUBDISTRICT',
  TOWN = 'TOWN',
  DEPARTMENT = 'DEPARTMENT',
  STATIONED_AGENCY = 'STATIONED_AGENCY',
  JUDICIAL_ORGAN = 'JUDICIAL_ORGAN',
  JOINT_MEETING_OFFICE = 'JOINT_MEETING_OFFICE',
  CITY_GOVERNMENT = 'CITY_GOVERNMENT',
}

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: '单位类型 Unit kind',
  valuesMap: {
    SUBDISTRICT: { description: '街道 subdistrict' },
    TOWN: { description: '镇 town' },
    DEPARTMENT: { description: '市直职能部门 city department' },
    STATIONED_AGENCY: { description: '派驻执法机构 stationed agency (§3(2))' },
    JUDICIAL_ORGAN: { description: '司法机关 judicial organ: police, procuratorate, court (§4(5))' },
    JOINT_MEETING_OFFICE: { description: '联席会议办公室 joint-meeting office (§4(4))' },
    CITY_GOVERNMENT: { description: '市人民政府 city government (§4(3)3④)' },
  },
});

/** Towns and subdistricts are both "township" where the difference does not matter. */
export const TOWNSHIP_KINDS: readonly UnitKind[] = [UnitKind.SUBDISTRICT, UnitKind.TOWN];
