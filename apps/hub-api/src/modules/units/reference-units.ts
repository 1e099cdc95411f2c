import { JINJIANG_TOWNSHIPS, UnitKind } from '@hub/shared-schema';

export const CITY_GOVERNMENT_CODE = 'city-government';
export const JOINT_MEETING_OFFICE_CODE = 'joint-meeting-office';
export const JUSTICE_BUREAU_CODE = 'dept-justice';
/** The judicial organs a town asks for officers (§4(5)) and applies to for compulsory execution. */
export const POLICE_CODE = 'judicial-police';
export const COURT_CODE = 'judicial-court';

export interface ReferenceUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
}

/** The 19 towns and subdistricts as units (the list itself lives in @hub/shared-schema). */
export function jinjiangTownships(): ReferenceUnit[] {
  return JINJIANG_TOWNSHIPS.map((t) => ({
    code: t.code,
    name: t.name,
    kind: t.kind === 'SUBDISTRICT' ? UnitKind.SUBDISTRICT : UnitKind.TOWN,
    parentCode: CITY_GOVERNMENT_CODE,
  }));
}

const department = (code: string, name: string): ReferenceUnit => ({
  code: `dept-${code}`,
  name,
  kind: UnitKind.DEPARTMENT,
  parentCode: CITY_GOVERNMENT_CODE,
});

/** Units of docs/domain.md "The units": the government first, as the parent of the others. */
export function referenceUnits(): ReferenceUnit[] {
  return [
    { code: CITY_GOVERNMENT_CODE, name: '晋江市人民政府', kind: UnitKind.CITY_GOVERNMENT, parentCode: null },
    department('justice', '晋江市司法局'),
    // §4(4): the joint meeting's members beside the departments: the establishment office (编办) and finance.
    department('establishment', '中共晋江市委机构编制委员会办公室'),
    department('finance', '晋江市财政局'),
    {
      code: JOINT_MEETING_OFFICE_CODE,
      name: '晋江市综合执法协调联席会议办公室',
      kind: UnitKind.JOINT_MEETING_OFFICE,
      parentCode: JUSTICE_BUREAU_CODE,
    },
    department('market-regulation', '晋江市市场监督管理局'),
    department('natural-resources', '晋江市自然资源局'),
    department('housing-construction', '晋江市住房和城乡建设局'),
    department('ecology-environment', '泉州市晋江生态环境局'),
    department('transport', '晋江市交通运输局'),
    department('emergency-management', '晋江市应急管理局'),
    department('health', '晋江市卫生健康局'),
    department('culture-tourism', '晋江市文化体育和旅游局'),
    department('agriculture', '晋江市农业农村局'),
    department('water', '晋江市水利局'),
    department('urban-management', '晋江市城市管理局'),
    department('education', '晋江市教育局'),
    department('civil-affairs', '晋江市民政局'),
    department('commerce', '晋江市商务局'),
    department('human-resources', '晋江市人力资源和社会保障局'),
    { code: POLICE_CODE, name: '晋江市公安局', kind: UnitKind.JUDICIAL_ORGAN, parentCode: CITY_GOVERNMENT_CODE },
    { code: 'judicial-procuratorate', name: '晋江市人民检察院', kind: UnitKind.JUDICIAL_ORGAN, parentCode: null },
    { code: COURT_CODE, name: '晋江市人民法院', kind: UnitKind.JUDICIAL_ORGAN, parentCode: null },
    ...jinjiangTownships(),
  ];
}
