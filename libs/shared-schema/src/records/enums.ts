import { chineseEnum, chineseNames, describedEnum, EnumValue } from '../common/chinese-names';

/** The shared categories' one table of names; evidence owners (EvidenceOwnerCategory) extend it. */
export const RECORD_CATEGORY_ENTRIES = {
  NORMATIVE: ['规范性文件', 'normative documents and discretion benchmarks (§4(1)1)'],
  LICENSING: ['许可信息', 'licensing decisions of city departments (§4(1)2)'],
  PENALTY: ['处罚信息', 'town penalties and compulsory measures (§4(1)3)'],
  DEVICE: ['电子技术监控设备', 'surveillance devices (§4(1)5)'],
  LEDGER: ['统计台账', 'statistics, work summaries and ledgers (§4(1)4)'],
  COMPLAINT: ['举报投诉', 'reports, complaints and appeals and their handling (§4(1)6)'],
  OTHER: ['其他执法信息', 'other enforcement information (§4(1)7)'],
} as const;
/** The shared categories of §4(1) as the hub names them in events, history and revocation. */
export const RecordCategory = chineseEnum('RecordCategory', '共享信息类别 shared information category (§4(1))', RECORD_CATEGORY_ENTRIES);
export type RecordCategory = EnumValue<typeof RecordCategory>;
/** 共享信息类别: short names, as a spreadsheet column or a ledger label shows them. */
export const RECORD_CATEGORY_NAMES = chineseNames(RecordCategory);

export const PublishOutcome = describedEnum('PublishOutcome', '推送结果 what publishing one record did', {
  CREATED: '新增 first version stored',
  REVISED: '更新 content changed: a new version stored, history kept',
  UNCHANGED: '未变 same content as the current version: nothing stored',
  REJECTED: '拒收 invalid: see `error`; nothing stored for this record',
  WITHDRAWN:
    '已撤回 the record was withdrawn (revokeRecord) and stays withdrawn: nothing stored, `revokeReason` says why; ' +
    'bring it back with reinstateRecord, then publish again. `error` is CONFLICT on `sourceId`.',
});
export type PublishOutcome = EnumValue<typeof PublishOutcome>;
