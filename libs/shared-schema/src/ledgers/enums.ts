import { registerEnumType } from '@nestjs/graphql';
import { describedValues } from '../common/chinese-names';

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
