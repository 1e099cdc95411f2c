import {
  COMPLAINT_CHANNEL_NAMES,
  COMPLAINT_STATUS_NAMES,
  DEVICE_KIND_NAMES,
  DEVICE_STATUS_NAMES,
  EXECUTION_STATUS_NAMES,
  JINJIANG_TOWNSHIP_NAMES,
  LedgerSource,
  LICENCE_STATUS_NAMES,
  LICENSING_KIND_NAMES,
  MEASURE_KIND_NAMES,
  NORMATIVE_KIND_NAMES,
} from '@hub/shared-schema';
import { licenceStatusSql } from '../licensing/licence-status';
import { SHANGHAI_TODAY } from '../statistics/ledger-source';
import { CellKind } from './sheet-columns';

export interface ExportColumn {
  header: string;
  sql: string;
  /** Text unless said otherwise (see CellKind). */
  kind?: CellKind;
  /** A code column shown by its Chinese name (status, kind, the town's name); an unknown code stays as it is. */
  names?: Readonly<Record<string, string>>;
}

const DATE = (column: string) => ({ sql: `to_char(${column}, 'YYYY-MM-DD')`, kind: 'date' as const });
const SHANGHAI_TIME = (column: string) => ({ sql: `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')`, kind: 'datetime' as const });
const TOWNSHIP = { header: '镇街', sql: 'r.township_code', names: JINJIANG_TOWNSHIP_NAMES };

/**
 * The columns of a record export, with Chinese headers, per category. Personal data (ID numbers,
 * phones, reporter identities) is left out altogether: exports leave the hub as files, and whoever
 * needs a person's details reads them through the audited queries.
 */
export const RECORD_COLUMNS: Partial<Record<LedgerSource, ExportColumn[]>> = {
  LICENSING: [
    { header: '许可证编号', sql: 'r.licence_number' },
    { header: '许可类别', sql: 'r.kind', names: LICENSING_KIND_NAMES },
    { header: '持证主体', sql: 'r.holder_name' },
    { header: '统一社会信用代码', sql: 'r.holder_uscc' },
    { header: '事项编码', sql: 'r.matter_code' },
    { header: '许可范围', sql: 'r.scope' },
    TOWNSHIP,
    { header: '有效期起', ...DATE('r.valid_from') },
    { header: '有效期至', ...DATE('r.valid_to') },
    // As the record queries and ledgers read it (licence-status.ts): withdrawn, expired derived.
    { header: '状态', sql: licenceStatusSql('r', SHANGHAI_TODAY), names: LICENCE_STATUS_NAMES },
    { header: '决定日期', ...DATE('r.decision_date') },
    { header: '发布单位', sql: 'r.publisher_code' },
    { header: '来源编号', sql: 'r.source_id' },
  ],
  PENALTY: [
    { header: '决定书文号', sql: 'r.decision_number' },
    { header: '措施类别', sql: 'r.measure_kind', names: MEASURE_KIND_NAMES },
    { header: '当事人', sql: 'r.party_name' },
    { header: '统一社会信用代码', sql: 'r.party_uscc' },
    { header: '事项编码', sql: 'r.matter_code' },
    { header: '处罚种类', sql: `array_to_string(r.penalty_kinds, '、')` },
    { header: '罚款金额（元）', sql: 'r.fine_amount::text', kind: 'amount' },
    { header: '没收金额（元）', sql: 'r.confiscation_amount::text', kind: 'amount' },
    { header: '决定日期', ...DATE('r.decision_date') },
    { header: '执行情况', sql: 'r.execution_status', names: EXECUTION_STATUS_NAMES },
    TOWNSHIP,
    { header: '来源编号', sql: 'r.source_id' },
  ],
  COMPLAINT: [
    { header: '渠道', sql: 'r.channel', names: COMPLAINT_CHANNEL_NAMES },
    { header: '受理时间', ...SHANGHAI_TIME('r.received_at') },
    { header: '被反映主体', sql: 'r.subject_name' },
    { header: '统一社会信用代码', sql: 'r.subject_uscc' },
    { header: '事项编码', sql: 'r.matter_code' },
    TOWNSHIP,
    { header: '承办单位', sql: 'r.handling_unit_code' },
    { header: '状态', sql: 'r.status', names: COMPLAINT_STATUS_NAMES },
    { header: '办结时间', ...SHANGHAI_TIME('r.closed_at') },
    { header: '受理单位', sql: 'r.publisher_code' },
    { header: '来源编号', sql: 'r.source_id' },
  ],
  NORMATIVE: [
    { header: '文件类别', sql: 'r.kind', names: NORMATIVE_KIND_NAMES },
    { header: '标题', sql: 'r.title' },
    { header: '文号', sql: 'r.document_number' },
    { header: '制定机关', sql: 'r.issuing_body' },
    { header: '施行日期', ...DATE('r.effective_from') },
    { header: '废止日期', ...DATE('r.repealed_on') },
    { header: '涉及事项', sql: `array_to_string(r.matter_codes, '、')` },
    { header: '发布单位', sql: 'r.publisher_code' },
    { header: '来源编号', sql: 'r.source_id' },
  ],
  DEVICE: [
    { header: '设备编号', sql: 'r.device_code' },
    { header: '设备类别', sql: 'r.device_kind', names: DEVICE_KIND_NAMES },
    { header: '安装位置', sql: 'r.location' },
    { header: '纬度', sql: 'r.latitude::text', kind: 'coordinate' },
    { header: '经度', sql: 'r.longitude::text', kind: 'coordinate' },
    TOWNSHIP,
    { header: '状态', sql: 'r.status', names: DEVICE_STATUS_NAMES },
    { header: '所属单位', sql: 'r.publisher_code' },
    { header: '来源编号', sql: 'r.source_id' },
  ],
  OTHER: [
    { header: '信息种类', sql: 'r.kind_code' },
    { header: '标题', sql: 'r.title' },
    TOWNSHIP,
    { header: '事项编码', sql: 'r.matter_code' },
    { header: '内容', sql: 'r.payload::text' },
    { header: '发布单位', sql: 'r.publisher_code' },
    { header: '来源编号', sql: 'r.source_id' },
  ],
};
