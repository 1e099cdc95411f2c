import { field, MATTER_CODE_LABELS, SOURCE_ID_FIELD, TOWNSHIP_LABELS } from '../records/field-spec';

const required = true;

/** The Chinese column headers of the hub's record export, per field (`publisherCode` is the publishing unit, not an input field). */
export const OTHER_INFO_EXPORT_HEADERS = {
  kindCode: '信息种类',
  title: '标题',
  townshipCode: '镇街',
  matterCode: '事项编码',
  payload: '内容',
  publisherCode: '发布单位',
  sourceId: '来源编号',
} as const;

/**
 * The fields of the category's publish input as a file's columns name them: each field's kind and the
 * Chinese headers a unit's own export is likely to use. The connector CLI reads it (category-fields.ts);
 * the export headers above are added to the labels there, so a hub export can be pushed back.
 */
export const OTHER_INFO_FIELDS = {
  sourceId: SOURCE_ID_FIELD,
  kindCode: field('string', { required, labels: ['信息类型'] }),
  title: field('string', { required, labels: ['标题'] }),
  townshipCode: field('township', { labels: TOWNSHIP_LABELS }),
  matterCode: field('string', { labels: MATTER_CODE_LABELS }),
  payload: field('json', { required, labels: ['内容'] }),
};
