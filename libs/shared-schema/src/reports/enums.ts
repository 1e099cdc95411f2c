import { chineseEnum, EnumValue } from '../common/chinese-names';

export const ReportSchedule = chineseEnum('ReportSchedule', '报表周期 how often a saved report runs', {
  MONTHLY: ['月报', 'each calendar month, run early on the 1st of the next (Asia/Shanghai)'],
  QUARTERLY: ['季报', 'each calendar quarter, run early on the 1st day of the next'],
  HALF_YEARLY: ['半年报', 'each half year (January-June, July-December), run early on the 1st day of the next'],
  YEARLY: ['年报', 'each calendar year, run early on 1 January of the next'],
});
export type ReportSchedule = EnumValue<typeof ReportSchedule>;
