import { chineseEnum, EnumValue, namedEnum } from '../common/chinese-names';

/** §2: how a matter is regulated, which decides who handles a violation. */
export const RegulationClass = chineseEnum('RegulationClass', '监管类别 regulation class (§2)', {
  LICENSED_VIOLATION: ['应批已批', 'licensed, but acting outside the licence'],
  UNLICENSED: ['应批未批', 'acting without a required licence'],
  PROHIBITED: ['禁止类', 'prohibited conduct'],
  OTHER: ['其他', 'overdue obligations, qualifications and the rest'],
});
export type RegulationClass = EnumValue<typeof RegulationClass>;

export const CatalogFileFormat = namedEnum('CatalogFileFormat', 'CSV as UTF-8 text; XLSX as base64 of the workbook (first sheet)', [
  'CSV',
  'XLSX',
]);
export type CatalogFileFormat = EnumValue<typeof CatalogFileFormat>;
