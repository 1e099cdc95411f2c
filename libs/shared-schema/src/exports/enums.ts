import { registerEnumType } from '@nestjs/graphql';

export enum ExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: '导出格式 CSV is UTF-8 with a BOM so that Excel reads Chinese correctly',
});

export enum ExportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(ExportStatus, { name: 'ExportStatus', description: '导出状态 export job status' });
