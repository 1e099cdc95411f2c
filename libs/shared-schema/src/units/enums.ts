import { chineseEnum, EnumValue } from '../common/chinese-names';

/** Kinds of unit that take part in the coordination mechanism (docs/domain.md "The units"). */
export const UnitKind = chineseEnum('UnitKind', '单位类型 Unit kind', {
  SUBDISTRICT: ['街道', 'subdistrict'],
  TOWN: ['镇', 'town'],
  DEPARTMENT: ['市直职能部门', 'city department'],
  STATIONED_AGENCY: ['派驻执法机构', 'stationed agency (§3(2))'],
  JUDICIAL_ORGAN: ['司法机关', 'judicial organ: police, procuratorate, court (§4(5))'],
  JOINT_MEETING_OFFICE: ['联席会议办公室', 'joint-meeting office (§4(4))'],
  CITY_GOVERNMENT: ['市人民政府', 'city government (§4(3)3④)'],
});
export type UnitKind = EnumValue<typeof UnitKind>;

/** Towns and subdistricts are both "township" where the difference does not matter. */
export const TOWNSHIP_KINDS: readonly UnitKind[] = [UnitKind.SUBDISTRICT, UnitKind.TOWN];
