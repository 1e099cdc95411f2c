import { EnumValue, namedEnum } from '../common/chinese-names';

export const ExportFormat = namedEnum('ExportFormat', '导出格式 CSV is UTF-8 with a BOM so that Excel reads Chinese correctly', [
  'CSV',
  'XLSX',
]);
export type ExportFormat = EnumValue<typeof ExportFormat>;

export const ExportStatus = namedEnum('ExportStatus', '导出状态 export job status', ['QUEUED', 'RUNNING', 'DONE', 'FAILED']);
export type ExportStatus = EnumValue<typeof ExportStatus>;
