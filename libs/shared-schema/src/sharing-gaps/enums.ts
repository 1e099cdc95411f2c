import { chineseEnum, chineseNames, EnumValue } from '../common/chinese-names';

/** §6(3) 应共享未共享: the failures to share that no one reported, each detected from the hub's own data. */
export const SharingGapKind = chineseEnum('SharingGapKind', '共享缺失类别 kind of a sharing gap (§6(3))', {
  PUBLISHER_SILENT: ['推送中断', "a publisher's pushes of a category stopped for longer than its own usual interval (§4(1))"],
  UNPUBLISHED_LICENCE: ['许可未共享', 'a penalty decision names a licence number the licensing departments never published (§4(1)2)'],
  RESULT_NOT_REPORTED: ['结果未反馈', 'a received transfer or complaint whose result was never reported back (§2(1), §2(2), §4(2))'],
  NORMATIVE_UNACKNOWLEDGED: [
    '规范性文件未确认',
    "a town's subscriptions have not consumed a normative-document change after N working days (§4(1)1)",
  ],
});
export type SharingGapKind = EnumValue<typeof SharingGapKind>;
export const SHARING_GAP_KIND_NAMES = chineseNames(SharingGapKind);
