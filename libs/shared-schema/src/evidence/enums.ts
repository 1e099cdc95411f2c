import { chineseEnum, EnumValue } from '../common/chinese-names';
import { RECORD_CATEGORY_ENTRIES } from '../records/enums';

/**
 * What an evidence file is evidence for: a shared record of any §4(1) category, or a case transfer
 * (§4(3)4: the transfer letter, the source material and the preliminary evidence go with the case).
 */
export const EvidenceOwnerCategory = chineseEnum('EvidenceOwnerCategory', '证据归属 what an evidence file is evidence for', {
  ...RECORD_CATEGORY_ENTRIES,
  TRANSFER: ['案件移送', 'a case transfer: its letter, source material and preliminary evidence (§4(3)4)'],
  ASSISTANCE: ['协助请求', 'an assistance request: the documents provided, the opinion files (§5)'],
});
export type EvidenceOwnerCategory = EnumValue<typeof EvidenceOwnerCategory>;

export const EvidenceStatus = chineseEnum('EvidenceStatus', '证据文件状态 evidence file status', {
  PENDING: ['待上传确认', 'upload URL issued, not confirmed yet'],
  CONFIRMED: ['已确认', 'size and SHA-256 checked against the stored object'],
  DELETED: ['已删除', 'withdrawn (only where no transfer, penalty or complaint depends on it)'],
});
export type EvidenceStatus = EnumValue<typeof EvidenceStatus>;

export const EvidenceIntegrity = chineseEnum('EvidenceIntegrity', '完整性核验结果 result of re-hashing a stored file', {
  INTACT: ['完好', 'same size and SHA-256 as confirmed'],
  ALTERED: ['被篡改', 'the stored bytes differ from what was confirmed'],
  MISSING: ['缺失', 'the object is gone from the store'],
});
export type EvidenceIntegrity = EnumValue<typeof EvidenceIntegrity>;
