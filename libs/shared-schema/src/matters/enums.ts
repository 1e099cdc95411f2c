import { registerEnumType } from '@nestjs/graphql';

/** §2: how a matter is regulated, which decides who handles a violation. */
export enum RegulationClass {
  LICENSED_VIOLATION = 'LICENSED_VIOLATION',
  UNLICENSED = 'UNLICENSED',
  PROHIBITED = 'PROHIBITED',
  OTHER = 'OTHER',
}
registerEnumType(RegulationClass, {
  name: 'RegulationClass',
  description: '监管类别 regulation class (§2)',
  valuesMap: {
    LICENSED_VIOLATION: { description: '应批已批 licensed, but acting outside the licence' },
    UNLICENSED: { description: '应批未批 acting without a required licence' },
    PROHIBITED: { description: '禁止类 prohibited conduct' },
    OTHER: { description: '其他 overdue obligations, qualifications and the rest' },
  },
});

export enum CatalogFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(CatalogFileFormat, {
  name: 'CatalogFileFormat',
  description: 'CSV as UTF-8 text; XLSX as base64 of the workbook (first sheet)',
});
