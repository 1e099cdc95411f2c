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
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(LicenceStatus, {
  name: 'LicenceStatus',
  description: '许可状态 licence status; EXPIRED (from the validity dates) and WITHDRAWN (the record was withdrawn) are derived when read, never published',
  valuesMap: {
    VALID: { description: '有效 valid' },
    SUSPENDED: { description: '暂扣/中止 suspended' },
    REVOKED: { description: '撤销/吊销 revoked by the department' },
    EXPIRED: { description: '过期 past its validity' },
    WITHDRAWN: { description: '已撤回 the publishing department withdrew the record (revokeRecord); it covers nothing until reinstated' },
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
  NORMATIVE = 'NORMATIVE',
  LICENSING = 'LICENSING',
  PENALTY = 'PENALTY',
  LEDGER = 'LEDGER',
  DEVICE = 'DEVICE',
  COMPLAINT = 'COMPLAINT',
  OTHER = 'OTHER',
}
registerEnumType(RecordCategory, {
  name: 'RecordCategory',
  description: '共享信息类别 shared information category (§4(1))',
  valuesMap: {
    NORMATIVE: { description: '规范性文件、裁量基准 normative documents and discretion benchmarks (§4(1)1)' },
    LICENSING: { description: '许可信息 licensing decisions of city departments (§4(1)2)' },
    PENALTY: { description: '处罚信息 town penalties and compulsory measures (§4(1)3)' },
    DEVICE: { description: '电子技术监控设备 surveillance devices (§4(1)5)' },
    LEDGER: { description: '统计数据、工作总结、内业台账 statistics, work summaries and ledgers (§4(1)4)' },
    COMPLAINT: { description: '举报投诉处理 reports, complaints and appeals and their handling (§4(1)6)' },
    OTHER: { description: '其他执法信息 other enforcement information (§4(1)7)' },
  },
});

export enum NormativeKind {
  LAW = 'LAW',
  REGULATION = 'REGULATION',
  RULE = 'RULE',
  TECHNICAL_SPECIFICATION = 'TECHNICAL_SPECIFICATION',
  INDUSTRY_STANDARD = 'INDUSTRY_STANDARD',
  DISCRETION_BENCHMARK = 'DISCRETION_BENCHMARK',
  WORKFLOW = 'WORKFLOW',
}
registerEnumType(NormativeKind, {
  name: 'NormativeKind',
  description: '规范类别 kind of normative document (§4(1)1)',
  valuesMap: {
    LAW: { description: '法律 law' },
    REGULATION: { description: '法规 regulation' },
    RULE: { description: '规章 rule' },
    TECHNICAL_SPECIFICATION: { description: '技术规范 technical specification' },
    INDUSTRY_STANDARD: { description: '行业标准 industry standard' },
    DISCRETION_BENCHMARK: { description: '裁量基准 discretion benchmark' },
    WORKFLOW: { description: '执法流程 enforcement workflow' },
  },
});

export enum ComplaintChannel {
  REPORT = 'REPORT',
  COMPLAINT = 'COMPLAINT',
  APPEAL = 'APPEAL',
  PETITION = 'PETITION',
}
registerEnumType(ComplaintChannel, {
  name: 'ComplaintChannel',
  description: '来源 kind of submission (§4(2))',
  valuesMap: {
    REPORT: { description: '举报 report' },
    COMPLAINT: { description: '投诉 complaint' },
    APPEAL: { description: '申诉 appeal' },
    PETITION: { description: '信访 petition' },
  },
});

export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  VERIFYING = 'VERIFYING',
  TRANSFERRED = 'TRANSFERRED',
  FILED = 'FILED',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description: '办理状态 handling status (§4(2))',
  valuesMap: {
    RECEIVED: { description: '已受理 received' },
    VERIFYING: { description: '核查中 initial checking' },
    TRANSFERRED: { description: '已移送 transferred in writing' },
    FILED: { description: '已立案 filed for penalty' },
    ANSWERED: { description: '已答复 answered (no violation)' },
    CLOSED: { description: '已办结 closed' },
  },
});

export enum DeviceKind {
  CAMERA = 'CAMERA',
  NOISE_MONITOR = 'NOISE_MONITOR',
  AIR_MONITOR = 'AIR_MONITOR',
  WATER_MONITOR = 'WATER_MONITOR',
  OTHER = 'OTHER',
}
registerEnumType(DeviceKind, {
  name: 'DeviceKind',
  description: '设备类型 surveillance device kind',
  valuesMap: {
    CAMERA: { description: '视频监控 camera' },
    NOISE_MONITOR: { description: '噪声监测 noise monitor' },
    AIR_MONITOR: { description: '大气监测 air monitor' },
    WATER_MONITOR: { description: '水质监测 water monitor' },
    OTHER: { description: '其他 other' },
  },
});

export enum DeviceStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  FAULTY = 'FAULTY',
}
registerEnumType(DeviceStatus, { name: 'DeviceStatus', description: '设备状态 device status' });

export enum LedgerEntryKind {
  INDICATOR = 'INDICATOR',
  WORK_SUMMARY = 'WORK_SUMMARY',
}
registerEnumType(LedgerEntryKind, {
  name: 'LedgerEntryKind',
  description: '台账类型 kind of ledger entry',
  valuesMap: {
    INDICATOR: { description: '统计指标 a statistic: indicator, value, dimensions' },
    WORK_SUMMARY: { description: '工作总结 a work summary document' },
  },
});
