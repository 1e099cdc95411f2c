import { registerEnumType } from '@nestjs/graphql';

export enum ReportSchedule {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
}
registerEnumType(ReportSchedule, {
  name: 'ReportSchedule',
  description: '报表周期 how often a saved report runs',
  valuesMap: {
    MONTHLY: { description: '月报 each calendar month, run early on the 1st of the next (Asia/Shanghai)' },
    QUARTERLY: { description: '季报 each calendar quarter, run early on the 1st day of the next' },
  },
});
