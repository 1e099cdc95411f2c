import { chineseEnum, chineseNames, EnumValue } from '../common/chinese-names';

export const MeasureKind = chineseEnum('MeasureKind', '处罚/强制 penalty or administrative compulsory measure', {
  PENALTY: ['行政处罚', 'administrative penalty'],
  COMPULSORY_MEASURE: ['行政强制措施', 'administrative compulsory measure'],
});
export type MeasureKind = EnumValue<typeof MeasureKind>;
/** 处罚/强制 in words a reader reads. */
export const MEASURE_KIND_NAMES = chineseNames(MeasureKind);

export const ExecutionStatus = chineseEnum('ExecutionStatus', '执行情况 execution status', {
  PENDING: ['待执行', 'not yet executed'],
  IN_PROGRESS: ['执行中', 'being executed'],
  EXECUTED: ['执行完毕', 'executed'],
  COURT_ENFORCEMENT: ['申请法院强制执行', 'court enforcement applied for (§4(5))'],
  SUSPENDED: ['中止执行', 'suspended'],
  TERMINATED: ['终结执行', 'terminated'],
});
export type ExecutionStatus = EnumValue<typeof ExecutionStatus>;
/** 执行情况 in words a reader reads. */
export const EXECUTION_STATUS_NAMES = chineseNames(ExecutionStatus);
