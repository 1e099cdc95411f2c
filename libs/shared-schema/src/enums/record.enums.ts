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

export enum LicensingKind {
  LICENCE = 'LICENCE',
  CONFIRMATION = 'CONFIRMATION',
  FILING = 'FILING',
}
registerEnumType(LicensingKind, {
  name: 'LicensingKind',
  description: '许可类别 kind of licensing decision',
  valuesMap: {
    LICENCE: { description: '行政许可 administrative licence' },
    CONFIRMATION: { description: '行政确认 administrative confirmation' },
    FILING: { description: '备案登记 filing and registration' },
  },
});

export enum LicenceStatus {
  VALID = 'VALID',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(LicenceStatus, {
  name: 'LicenceStatus',
  description: '许可状态 licence status; EXPIRED is derived from the validity dates when read',
  valuesMap: {
    VALID: { description: '有效 valid' },
    SUSPENDED: { description: '暂扣/中止 suspended' },
    REVOKED: { description: '撤销/吊销 revoked by the department' },
    EXPIRED: { description: '过期 past its validity' },
  },
});

export enum MeasureKind {
  PENALTY = 'PENALTY',
  COMPULSORY_MEASURE = 'COMPULSORY_MEASURE',
}
registerEnumType(MeasureKind, {
  name: 'MeasureKind',
  description: '处罚/强制 penalty or administrative compulsory measure',
  valuesMap: {
    PENALTY: { description: '行政处罚 administrative penalty' },
    COMPULSORY_MEASURE: { description: '行政强制措施 administrative compulsory measure' },
  },
});

export enum ExecutionStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  EXECUTED = 'EXECUTED',
  COURT_ENFORCEMENT = 'COURT_ENFORCEMENT',
  SUSPENDED = 'SUSPENDED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(ExecutionStatus, {
  name: 'ExecutionStatus',
  description: '执行情况 execution status',
  valuesMap: {
    PENDING: { description: '待执行 not yet executed' },
    IN_PROGRESS: { description: '执行中 being executed' },
    EXECUTED: { description: '执行完毕 executed' },
    COURT_ENFORCEMENT: { description: '申请法院强制执行 court enforcement applied for (§4(5))' },
    SUSPENDED: { description: '中止执行 suspended' },
    TERMINATED: { description: '终结执行 terminated' },
  },
});

/** The shared categories of §4(1) as the hub names them in events, history and revocation. */
export enum RecordCategory {
  LICENSING = 'LICENSING',
  PENALTY = 'PENALTY',
}
registerEnumType(RecordCategory, {
  name: 'RecordCategory',
  description: '共享信息类别 shared information category (§4(1))',
  valuesMap: {
    LICENSING: { description: '许可信息 licensing decisions of city departments (§4(1)2)' },
    PENALTY: { description: '处罚信息 town penalties and compulsory measures (§4(1)3)' },
  },
});
