import { chineseEnum } from '../common/chinese-names';

export enum MeasureKind {
  PENALTY = 'PENALTY',
  COMPULSORY_MEASURE = 'COMPULSORY_MEASURE',
}
/** 处罚/强制 in words a reader reads. */
export const MEASURE_KIND_NAMES = chineseEnum(MeasureKind, 'MeasureKind', '处罚/强制 penalty or administrative compulsory measure', {
  PENALTY: ['行政处罚', 'administrative penalty'],
  COMPULSORY_MEASURE: ['行政强制措施', 'administrative compulsory measure'],
});

export enum ExecutionStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  EXECUTED = 'EXECUTED',
  COURT_ENFORCEMENT = 'COURT_ENFORCEMENT',
  SUSPENDED = 'SUSPENDED',
  TERMINATED = 'TERMINATED',
}
/** 执行情况 in words a reader reads. */
export const EXECUTION_STATUS_NAMES = chineseEnum(ExecutionStatus, 'ExecutionStatus', '执行情况 execution status', {
  PENDING: ['待执行', 'not yet executed'],
  IN_PROGRESS: ['执行中', 'being executed'],
  EXECUTED: ['执行完毕', 'executed'],
  COURT_ENFORCEMENT: ['申请法院强制执行', 'court enforcement applied for (§4(5))'],
  SUSPENDED: ['中止执行', 'suspended'],
  TERMINATED: ['终结执行', 'terminated'],
});
