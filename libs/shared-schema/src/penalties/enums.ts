import { registerEnumType } from '@nestjs/graphql';
import { describedValues } from '../common/chinese-names';

export enum MeasureKind {
  PENALTY = 'PENALTY',
  COMPULSORY_MEASURE = 'COMPULSORY_MEASURE',
}
/** 处罚/强制 in words a reader reads. */
export const MEASURE_KIND_NAMES: Record<MeasureKind, string> = {
  PENALTY: '行政处罚',
  COMPULSORY_MEASURE: '行政强制措施',
};
registerEnumType(MeasureKind, {
  name: 'MeasureKind',
  description: '处罚/强制 penalty or administrative compulsory measure',
  valuesMap: describedValues(MEASURE_KIND_NAMES, {
    PENALTY: 'administrative penalty',
    COMPULSORY_MEASURE: 'administrative compulsory measure',
  }),
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
export const EXECUTION_STATUS_NAMES: Record<ExecutionStatus, string> = {
  PENDING: '待执行',
  IN_PROGRESS: '执行中',
  EXECUTED: '执行完毕',
  COURT_ENFORCEMENT: '申请法院强制执行',
  SUSPENDED: '中止执行',
  TERMINATED: '终结执行',
};
registerEnumType(ExecutionStatus, {
  name: 'ExecutionStatus',
  description: '执行情况 execution status',
  valuesMap: describedValues(EXECUTION_STATUS_NAMES, {
    PENDING: 'not yet executed',
    IN_PROGRESS: 'being executed',
    EXECUTED: 'executed',
    COURT_ENFORCEMENT: 'court enforcement applied for (§4(5))',
    SUSPENDED: 'suspended',
    TERMINATED: 'terminated',
  }),
});
