import { chineseEnum, chineseNames, EnumValue } from '../common/chinese-names';

export const LedgerEntryKind = chineseEnum('LedgerEntryKind', '台账类型 kind of ledger entry', {
  INDICATOR: ['统计指标', 'a statistic: indicator, value, dimensions'],
  WORK_SUMMARY: ['工作总结', 'a work summary document'],
});
export type LedgerEntryKind = EnumValue<typeof LedgerEntryKind>;
/** 台账类型 in words a reader reads. */
export const LEDGER_ENTRY_KIND_NAMES = chineseNames(LedgerEntryKind);
