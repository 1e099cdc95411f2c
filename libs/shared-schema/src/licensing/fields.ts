import type { LicensingKind, LicenceStatus } from './enums';
import { enumField, field, MATTER_CODE_LABELS, SOURCE_ID_FIELD, TOWNSHIP_LABELS } from '../records/field-spec';

const required = true;

/** The Chinese column headers of the hub's record export, per field (`publisherCode` is the publishing unit, not an input field). */
export const LICENSING_EXPORT_HEADERS = {
  licenceNumber: '许可证编号',
  kind: '许可类别',
  holderName: '持证主体',
  holderUscc: '统一社会信用代码',
  matterCode: '事项编码',
  scope: '许可范围',
  townshipCode: '镇街',
  validFrom: '有效期起',
  validTo: '有效期至',
  status: '状态',
  decisionDate: '决定日期',
  publisherCode: '发布单位',
  sourceId: '来源编号',
} as const;

/**
 * The fields of the category's publish input as a file's columns name them: each field's kind and the
 * Chinese headers a unit's own export is likely to use. The connector CLI reads it (category-fields.ts);
 * the export headers above are added to the labels there, so a hub export can be pushed back.
 */
export const LICENSING_FIELDS = {
  sourceId: SOURCE_ID_FIELD,
  kind: enumField<`${LicensingKind}`>(
    { LICENCE: ['行政许可', '许可'], CONFIRMATION: ['行政确认', '确认'], FILING: ['备案登记', '备案'] },
    { required, labels: ['许可类别'] },
  ),
  licenceNumber: field('string', { required, labels: ['许可证号', '许可证编号'] }),
  holderName: field('string', { required, labels: ['持证人', '持证主体'] }),
  holderUscc: field('uscc', { labels: ['统一社会信用代码'] }),
  holderIdNumber: field('string', { labels: ['身份证号', '身份证号码'] }),
  holderPhone: field('string', { labels: ['联系电话'] }),
  matterCode: field('string', { required, labels: MATTER_CODE_LABELS }),
  scope: field('string', { labels: ['许可范围'] }),
  address: field('string', { labels: ['地址'] }),
  townshipCode: field('township', { labels: TOWNSHIP_LABELS }),
  validFrom: field('date', { required, labels: ['有效期起', '有效期自'] }),
  validTo: field('date', { labels: ['有效期止', '有效期至'] }),
  // EXPIRED and WITHDRAWN are not offered: the hub derives them when a licence is read (validTo, a
  // withdrawal) and refuses them as input.
  status: enumField<Exclude<`${LicenceStatus}`, 'EXPIRED' | 'WITHDRAWN'>>(
    { VALID: ['有效', '正常'], SUSPENDED: ['暂扣', '中止'], REVOKED: ['撤销', '吊销'] },
    { required, labels: ['状态', '许可状态'] },
  ),
  decisionDate: field('date', { required, labels: ['决定日期', '许可决定日期'] }),
};
