import type { LedgerEntryKind } from './enums';
import { enumField, field, SOURCE_ID_FIELD } from '../records/field-spec';

const required = true;

/**
 * The fields of the category's publish input as a file's columns name them: each field's kind and the
 * Chinese headers a unit's own export is likely to use. The connector CLI reads it (category-fields.ts);
 * ledger entries have no record export, so no export headers.
 */
export const LEDGERS_FIELDS = {
  sourceId: SOURCE_ID_FIELD,
  entryKind: enumField<`${LedgerEntryKind}`>({ INDICATOR: ['统计指标'], WORK_SUMMARY: ['工作总结'] }, { required, labels: ['台账类型'] }),
  period: field('string', { required, labels: ['期间', '统计期间'] }),
  indicator: field('string', { labels: ['指标'] }),
  value: field('decimal', { labels: ['数值'] }),
  dimensions: field('json', { labels: ['维度'] }),
  title: field('string', { labels: ['标题'] }),
  body: field('string', { labels: ['正文'] }),
  requestedByCode: field('string', { labels: ['提出部门'] }),
};
