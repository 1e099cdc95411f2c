import type { ComplaintChannel, ComplaintStatus } from './enums';
import { enumField, field, MATTER_CODE_LABELS, SOURCE_ID_FIELD, TOWNSHIP_LABELS } from '../records/field-spec';

const required = true;

/** The Chinese column headers of the hub's record export, per field (`publisherCode` is the publishing unit, not an input field). */
export const COMPLAINTS_EXPORT_HEADERS = {
  channel: '渠道',
  receivedAt: '受理时间',
  subjectName: '被反映主体',
  subjectUscc: '统一社会信用代码',
  matterCode: '事项编码',
  townshipCode: '镇街',
  handlingUnitCode: '承办单位',
  status: '状态',
  closedAt: '办结时间',
  publisherCode: '受理单位',
  sourceId: '来源编号',
} as const;

/**
 * The fields of the category's publish input as a file's columns name them: each field's kind and the
 * Chinese headers a unit's own export is likely to use. The connector CLI reads it (category-fields.ts);
 * the export headers above are added to the labels there, so a hub export can be pushed back.
 */
export const COMPLAINTS_FIELDS = {
  sourceId: SOURCE_ID_FIELD,
  channel: enumField<`${ComplaintChannel}`>(
    { REPORT: ['举报'], COMPLAINT: ['投诉'], APPEAL: ['申诉'], PETITION: ['信访'] },
    { required, labels: ['来源', '渠道'] },
  ),
  receivedAt: field('dateTime', { required, labels: ['受理时间', '接收时间'] }),
  reporterName: field('string', { labels: ['举报人'] }),
  reporterPhone: field('string', { labels: ['举报人电话'] }),
  reporterIdNumber: field('string', { labels: ['举报人身份证号'] }),
  subjectName: field('string', { labels: ['被举报对象'] }),
  subjectUscc: field('uscc', { labels: ['被举报对象统一社会信用代码'] }),
  matterCode: field('string', { labels: MATTER_CODE_LABELS }),
  townshipCode: field('township', { labels: TOWNSHIP_LABELS }),
  summary: field('string', { required, labels: ['内容摘要'] }),
  handlingUnitCode: field('string', { labels: ['承办单位'] }),
  status: enumField<`${ComplaintStatus}`>(
    { RECEIVED: ['已受理'], VERIFYING: ['核查中'], FILED: ['已立案'], TRANSFERRED: ['已移送'], ANSWERED: ['已答复'], CLOSED: ['已办结'] },
    { required, labels: ['办理状态'] },
  ),
  closedAt: field('dateTime', { labels: ['办结时间'] }),
};
