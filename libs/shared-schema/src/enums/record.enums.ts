import { registerEnumType } from '@nestjs/graphql';
import { describedValues } from './chinese-names';

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
/** 许可类别 in words a reader reads. */
export const LICENSING_KIND_NAMES: Record<LicensingKind, string> = {
  LICENCE: '行政许可',
  CONFIRMATION: '行政确认',
  FILING: '备案登记',
};
registerEnumType(LicensingKind, {
  name: 'LicensingKind',
  description: '许可类别 kind of licensing decision',
  valuesMap: describedValues(LICENSING_KIND_NAMES, {
    LICENCE: 'administrative licence',
    CONFIRMATION: 'administrative confirmation',
    FILING: 'filing and registration',
  }),
});

export enum LicenceStatus {
  VALID = 'VALID',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}
/** 许可状态 in words an officer reads. */
export const LICENCE_STATUS_NAMES: Record<LicenceStatus, string> = {
  VALID: '有效',
  SUSPENDED: '暂扣/中止',
  REVOKED: '撤销/吊销',
  EXPIRED: '已过期',
  WITHDRAWN: '已撤回',
};
registerEnumType(LicenceStatus, {
  name: 'LicenceStatus',
  description:
    '许可状态 licence status; EXPIRED (from the validity dates) and WITHDRAWN (the record was withdrawn) are derived when read, never published',
  valuesMap: describedValues(LICENCE_STATUS_NAMES, {
    VALID: 'valid',
    SUSPENDED: 'suspended',
    REVOKED: 'revoked by the department',
    EXPIRED: 'past its validity',
    WITHDRAWN: 'the publishing department withdrew the record (revokeRecord); it covers nothing until reinstated',
  }),
});

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
/** 共享信息类别: short names, as a spreadsheet column or a ledger label shows them. */
export const RECORD_CATEGORY_NAMES: Record<RecordCategory, string> = {
  NORMATIVE: '规范性文件',
  LICENSING: '许可信息',
  PENALTY: '处罚信息',
  DEVICE: '电子技术监控设备',
  LEDGER: '统计台账',
  COMPLAINT: '举报投诉',
  OTHER: '其他执法信息',
};
registerEnumType(RecordCategory, {
  name: 'RecordCategory',
  description: '共享信息类别 shared information category (§4(1))',
  valuesMap: describedValues(RECORD_CATEGORY_NAMES, {
    NORMATIVE: 'normative documents and discretion benchmarks (§4(1)1)',
    LICENSING: 'licensing decisions of city departments (§4(1)2)',
    PENALTY: 'town penalties and compulsory measures (§4(1)3)',
    DEVICE: 'surveillance devices (§4(1)5)',
    LEDGER: 'statistics, work summaries and ledgers (§4(1)4)',
    COMPLAINT: 'reports, complaints and appeals and their handling (§4(1)6)',
    OTHER: 'other enforcement information (§4(1)7)',
  }),
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
/** 规范类别 in words a reader reads. */
export const NORMATIVE_KIND_NAMES: Record<NormativeKind, string> = {
  LAW: '法律',
  REGULATION: '法规',
  RULE: '规章',
  TECHNICAL_SPECIFICATION: '技术规范',
  INDUSTRY_STANDARD: '行业标准',
  DISCRETION_BENCHMARK: '裁量基准',
  WORKFLOW: '执法流程',
};
registerEnumType(NormativeKind, {
  name: 'NormativeKind',
  description: '规范类别 kind of normative document (§4(1)1)',
  valuesMap: describedValues(NORMATIVE_KIND_NAMES, {
    LAW: 'law',
    REGULATION: 'regulation',
    RULE: 'rule',
    TECHNICAL_SPECIFICATION: 'technical specification',
    INDUSTRY_STANDARD: 'industry standard',
    DISCRETION_BENCHMARK: 'discretion benchmark',
    WORKFLOW: 'enforcement workflow',
  }),
});

export enum ComplaintChannel {
  REPORT = 'REPORT',
  COMPLAINT = 'COMPLAINT',
  APPEAL = 'APPEAL',
  PETITION = 'PETITION',
}
/** 来源 in words a reader reads. */
export const COMPLAINT_CHANNEL_NAMES: Record<ComplaintChannel, string> = {
  REPORT: '举报',
  COMPLAINT: '投诉',
  APPEAL: '申诉',
  PETITION: '信访',
};
registerEnumType(ComplaintChannel, {
  name: 'ComplaintChannel',
  description: '来源 kind of submission (§4(2))',
  valuesMap: describedValues(COMPLAINT_CHANNEL_NAMES, {
    REPORT: 'report',
    COMPLAINT: 'complaint',
    APPEAL: 'appeal',
    PETITION: 'petition',
  }),
});

export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  VERIFYING = 'VERIFYING',
  TRANSFERRED = 'TRANSFERRED',
  FILED = 'FILED',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}
/** 办理状态 in words a reader reads. */
export const COMPLAINT_STATUS_NAMES: Record<ComplaintStatus, string> = {
  RECEIVED: '已受理',
  VERIFYING: '核查中',
  TRANSFERRED: '已移送',
  FILED: '已立案',
  ANSWERED: '已答复',
  CLOSED: '已办结',
};
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description: '办理状态 handling status (§4(2))',
  valuesMap: describedValues(COMPLAINT_STATUS_NAMES, {
    RECEIVED: 'received',
    VERIFYING: 'initial checking',
    TRANSFERRED: 'transferred in writing',
    FILED: 'filed for penalty',
    ANSWERED: 'answered (no violation)',
    CLOSED: 'closed',
  }),
});

export enum DeviceKind {
  CAMERA = 'CAMERA',
  NOISE_MONITOR = 'NOISE_MONITOR',
  AIR_MONITOR = 'AIR_MONITOR',
  WATER_MONITOR = 'WATER_MONITOR',
  OTHER = 'OTHER',
}
/** 设备类型 in words a reader reads. */
export const DEVICE_KIND_NAMES: Record<DeviceKind, string> = {
  CAMERA: '视频监控',
  NOISE_MONITOR: '噪声监测',
  AIR_MONITOR: '大气监测',
  WATER_MONITOR: '水质监测',
  OTHER: '其他',
};
registerEnumType(DeviceKind, {
  name: 'DeviceKind',
  description: '设备类型 surveillance device kind',
  valuesMap: describedValues(DEVICE_KIND_NAMES, {
    CAMERA: 'camera',
    NOISE_MONITOR: 'noise monitor',
    AIR_MONITOR: 'air monitor',
    WATER_MONITOR: 'water monitor',
    OTHER: 'other',
  }),
});

export enum DeviceStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  FAULTY = 'FAULTY',
}
/** 设备状态 in words a reader reads. */
export const DEVICE_STATUS_NAMES: Record<DeviceStatus, string> = {
  ACTIVE: '正常运行',
  INACTIVE: '停用',
  FAULTY: '故障',
};
registerEnumType(DeviceStatus, {
  name: 'DeviceStatus',
  description: '设备状态 device status',
  valuesMap: describedValues(DEVICE_STATUS_NAMES, { ACTIVE: 'in service', INACTIVE: 'out of service', FAULTY: 'faulty' }),
});

export enum LedgerEntryKind {
  INDICATOR = 'INDICATOR',
  WORK_SUMMARY = 'WORK_SUMMARY',
}
/** 台账类型 in words a reader reads. */
export const LEDGER_ENTRY_KIND_NAMES: Record<LedgerEntryKind, string> = {
  INDICATOR: '统计指标',
  WORK_SUMMARY: '工作总结',
};
registerEnumType(LedgerEntryKind, {
  name: 'LedgerEntryKind',
  description: '台账类型 kind of ledger entry',
  valuesMap: describedValues(LEDGER_ENTRY_KIND_NAMES, {
    INDICATOR: 'a statistic: indicator, value, dimensions',
    WORK_SUMMARY: 'a work summary document',
  }),
});
