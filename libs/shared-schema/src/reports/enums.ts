import { chineseEnum, EnumValue } from '../common/chinese-names';

export const ReportSchedule = chineseEnum('ReportSchedule', '报表周期 how often a saved report runs', {
  MONTHLY: ['月报', 'each calendar month, run early on the 1st of the next (Asia/Shanghai)'],
  QUARTERLY: ['季报', 'each calendar quarter, run early on the 1st day of the next'],
});
export type ReportSchedule = EnumValue<typeof ReportSchedule>;
