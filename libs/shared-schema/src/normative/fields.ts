import type { NormativeKind } from './enums';
import { enumField, field, SOURCE_ID_FIELD } from '../records/field-spec';

const required = true;

/** The Chinese column headers of the hub's record export, per field (`publisherCode` is the publishing unit, not an input field). */
export const NORMATIVE_EXPORT_HEADERS = {
  kind: '文件类别',
  title: '标题',
  documentNumber: '文号',
  issuingBody: '制定机关',
  effectiveFrom: '施行日期',
  repealedOn: '废止日期',
  matterCodes: '涉及事项',
  publisherCode: '发布单位',
  sourceId: '来源编号',
} as const;

/**
 * The fields of the category's publish input as a file's columns name them: each field's kind and the
 * Chinese headers a unit's own export is likely to use. The connector CLI reads it (category-fields.ts);
 * the export headers above are added to the labels there, so a hub export can be pushed back.
 */
export const NORMATIVE_FIELDS = {
  sourceId: SOURCE_ID_FIELD,
  kind: enumField<`${NormativeKind}`>(
    {
      LAW: ['法律'],
      REGULATION: ['法规'],
      RULE: ['规章'],
      TECHNICAL_SPECIFICATION: ['技术规范'],
      INDUSTRY_STANDARD: ['行业标准'],
      DISCRETION_BENCHMARK: ['裁量基准'],
      WORKFLOW: ['执法流程'],
    },
    { required, labels: ['规范类别'] },
  ),
  title: field('string', { required, labels: ['标题'] }),
  documentNumber: field('string', { labels: ['文号'] }),
  issuingBody: field('string', { required, labels: ['制定机关'] }),
  effectiveFrom: field('date', { required, labels: ['施行日期'] }),
  repealedOn: field('date', { labels: ['废止日期'] }),
  matterCodes: field('list', { required, labels: ['适用事项'] }),
  attachmentRef: field('string', { labels: ['附件'] }),
};
