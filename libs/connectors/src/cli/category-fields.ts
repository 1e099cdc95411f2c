import type { ComplaintChannel, ComplaintStatus } from '@hub/shared-schema/complaints/enums';
import type { DeviceKind, DeviceStatus } from '@hub/shared-schema/devices/enums';
import type { LedgerEntryKind } from '@hub/shared-schema/ledgers/enums';
import type { LicenceStatus, LicensingKind } from '@hub/shared-schema/licensing/enums';
import type { NormativeKind } from '@hub/shared-schema/normative/enums';
import type { ExecutionStatus, MeasureKind } from '@hub/shared-schema/penalties/enums';
import { RECORD_EXPORT_HEADERS, RecordExportCategory } from '@hub/shared-schema/reference/record-export-headers';
import type { PublishCategory, PublishInputs } from '../publish-categories';
import { CategoryFields, enumField, field, FieldSpec } from './field-spec';

/*
 * The fields of each category's input type (libs/shared-schema/schema.graphql; category-fields.spec.ts
 * compares them), with the Chinese column headers a department's export is likely to use: the labels
 * of the hub's own schema descriptions, and the headers of the hub's own exports (shared with them in
 * RECORD_EXPORT_HEADERS, so an export can be pushed back). Enum values are listed here rather than
 * imported because the SDK loads no server code (the enums live with the GraphQL decorators).
 */

const required = true;
const SOURCE_ID = field('string', { required, labels: ['业务编号', '记录编号'] });
const MATTER_CODE = ['事项编码'];
const TOWNSHIP = ['所属镇街', '镇街代码', '镇街名称'];

const licensing: CategoryFields<PublishInputs['licensing']> = {
  sourceId: SOURCE_ID,
  kind: enumField<`${LicensingKind}`>(
    { LICENCE: ['行政许可', '许可'], CONFIRMATION: ['行政确认', '确认'], FILING: ['备案登记', '备案'] },
    { required, labels: ['许可类别'] },
  ),
  licenceNumber: field('string', { required, labels: ['许可证号', '许可证编号'] }),
  holderName: field('string', { required, labels: ['持证人', '持证主体'] }),
  holderUscc: field('uscc', { labels: ['统一社会信用代码'] }),
  holderIdNumber: field('string', { labels: ['身份证号', '身份证号码'] }),
  holderPhone: field('string', { labels: ['联系电话'] }),
  matterCode: field('string', { required, labels: MATTER_CODE }),
  scope: field('string', { labels: ['许可范围'] }),
  address: field('string', { labels: ['地址'] }),
  townshipCode: field('township', { labels: TOWNSHIP }),
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

const penalty: CategoryFields<PublishInputs['penalty']> = {
  sourceId: SOURCE_ID,
  measureKind: enumField<`${MeasureKind}`>(
    { PENALTY: ['行政处罚', '处罚'], COMPULSORY_MEASURE: ['行政强制措施', '强制措施'] },
    { required, labels: ['处罚/强制', '措施类别'] },
  ),
  decisionNumber: field('string', { required, labels: ['决定书文号'] }),
  partyName: field('string', { required, labels: ['当事人'] }),
  partyUscc: field('uscc', { labels: ['统一社会信用代码'] }),
  partyIdNumber: field('string', { labels: ['身份证号', '身份证号码'] }),
  partyPhone: field('string', { labels: ['联系电话'] }),
  matterCode: field('string', { required, labels: MATTER_CODE }),
  facts: field('string', { required, labels: ['违法事实'] }),
  legalBasis: field('string', { required, labels: ['处罚依据'] }),
  penaltyKinds: field('list', { required, labels: ['处罚种类'] }),
  // Both default to "0" in the SDL.
  fineAmount: field('decimal', { labels: ['罚款金额'] }),
  confiscationAmount: field('decimal', { labels: ['没收金额'] }),
  decisionDate: field('date', { required, labels: ['决定日期'] }),
  executionStatus: enumField<`${ExecutionStatus}`>(
    {
      PENDING: ['待执行'],
      IN_PROGRESS: ['执行中'],
      EXECUTED: ['执行完毕'],
      COURT_ENFORCEMENT: ['申请法院强制执行'],
      SUSPENDED: ['中止执行'],
      TERMINATED: ['终结执行'],
    },
    { required, labels: ['执行情况'] },
  ),
};

const normative: CategoryFields<PublishInputs['normative']> = {
  sourceId: SOURCE_ID,
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

const complaint: CategoryFields<PublishInputs['complaint']> = {
  sourceId: SOURCE_ID,
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
  matterCode: field('string', { labels: MATTER_CODE }),
  townshipCode: field('township', { labels: TOWNSHIP }),
  summary: field('string', { required, labels: ['内容摘要'] }),
  handlingUnitCode: field('string', { labels: ['承办单位'] }),
  status: enumField<`${ComplaintStatus}`>(
    { RECEIVED: ['已受理'], VERIFYING: ['核查中'], FILED: ['已立案'], TRANSFERRED: ['已移送'], ANSWERED: ['已答复'], CLOSED: ['已办结'] },
    { required, labels: ['办理状态'] },
  ),
  closedAt: field('dateTime', { labels: ['办结时间'] }),
};

const device: CategoryFields<PublishInputs['device']> = {
  sourceId: SOURCE_ID,
  deviceCode: field('string', { required, labels: ['设备编号'] }),
  deviceKind: enumField<`${DeviceKind}`>(
    { CAMERA: ['视频监控'], AIR_MONITOR: ['大气监测'], NOISE_MONITOR: ['噪声监测'], WATER_MONITOR: ['水质监测'], OTHER: ['其他'] },
    { required, labels: ['设备类型'] },
  ),
  location: field('string', { required, labels: ['安装位置', '位置'] }),
  latitude: field('string', { labels: ['纬度'] }),
  longitude: field('string', { labels: ['经度'] }),
  townshipCode: field('township', { labels: TOWNSHIP }),
  status: enumField<`${DeviceStatus}`>(
    { ACTIVE: ['正常', '在用'], FAULTY: ['故障'], INACTIVE: ['停用'] },
    { required, labels: ['设备状态'] },
  ),
};

const ledger: CategoryFields<PublishInputs['ledger']> = {
  sourceId: SOURCE_ID,
  entryKind: enumField<`${LedgerEntryKind}`>({ INDICATOR: ['统计指标'], WORK_SUMMARY: ['工作总结'] }, { required, labels: ['台账类型'] }),
  period: field('string', { required, labels: ['期间', '统计期间'] }),
  indicator: field('string', { labels: ['指标'] }),
  value: field('decimal', { labels: ['数值'] }),
  dimensions: field('json', { labels: ['维度'] }),
  title: field('string', { labels: ['标题'] }),
  body: field('string', { labels: ['正文'] }),
  requestedByCode: field('string', { labels: ['提出部门'] }),
};

const otherInfo: CategoryFields<PublishInputs['otherInfo']> = {
  sourceId: SOURCE_ID,
  kindCode: field('string', { required, labels: ['信息类型'] }),
  title: field('string', { required, labels: ['标题'] }),
  townshipCode: field('township', { labels: TOWNSHIP }),
  matterCode: field('string', { labels: MATTER_CODE }),
  payload: field('json', { required, labels: ['内容'] }),
};

const EXPORT_CATEGORY: Readonly<Record<PublishCategory, RecordExportCategory | null>> = {
  licensing: 'LICENSING',
  penalty: 'PENALTY',
  normative: 'NORMATIVE',
  complaint: 'COMPLAINT',
  device: 'DEVICE',
  ledger: null,
  otherInfo: 'OTHER',
};

/** Each field's export header becomes one more label (ledger entries are not exported as records). */
function withExportHeaders<T>(fields: CategoryFields<T>, category: PublishCategory): CategoryFields<T> {
  const exported = EXPORT_CATEGORY[category];
  const headers: Readonly<Record<string, string>> = exported ? RECORD_EXPORT_HEADERS[exported] : {};
  const entries = Object.entries(fields as Record<string, FieldSpec>).map(([name, spec]) => {
    const header = Object.hasOwn(headers, name) ? headers[name] : undefined;
    return [name, header && !spec.labels.includes(header) ? { ...spec, labels: [...spec.labels, header] } : spec];
  });
  return Object.fromEntries(entries) as CategoryFields<T>;
}

export const CATEGORY_FIELDS: { readonly [C in PublishCategory]: CategoryFields<PublishInputs[C]> } = {
  licensing: withExportHeaders(licensing, 'licensing'),
  penalty: withExportHeaders(penalty, 'penalty'),
  normative: withExportHeaders(normative, 'normative'),
  complaint: withExportHeaders(complaint, 'complaint'),
  device: withExportHeaders(device, 'device'),
  ledger: withExportHeaders(ledger, 'ledger'),
  otherInfo: withExportHeaders(otherInfo, 'otherInfo'),
};

/** Export columns that are no field of a category (the publishing unit): not sent, and not worth a warning. */
export function exportOnlyHeaders(category: PublishCategory): readonly string[] {
  const exported = EXPORT_CATEGORY[category];
  if (!exported) return [];
  const fields = CATEGORY_FIELDS[category] as Record<string, FieldSpec>;
  return Object.entries(RECORD_EXPORT_HEADERS[exported])
    .filter(([name]) => !Object.hasOwn(fields, name))
    .map(([, header]) => header);
}
