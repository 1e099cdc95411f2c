import { LedgerSource } from '@hub/shared-schema';

export interface ExportColumn {
  header: string;
  sql: string;
}

/**
 * The columns of a record export, with Chinese headers, per category. Personal data (ID numbers,
 * phones, reporter identities) is left out altogether: exports leave the hub as files, and whoever
 * needs a person's details reads them through the audited queries.
 */
export const RECORD_COLUMNS: Partial<Record<LedgerSource, ExportColumn[]>> = {
  LICENSING: [
    { header: '许可证编号', sql: 'r.licence_number' },
    { header: '许可类别', sql: 'r.kind' },
    { header: '持证主体', sql: 'r.holder_name' },
    { header: '统一社会信用代码', sql: 'r.holder_uscc' },
    { header: '事项编码', sql: 'r.matter_code' },
    { header: '许可范围', sql: 'r.scope' },
    { header: '镇街', sql: 'r.township_code' },
    { header: '有效期起', sql: `to_char(r.valid_from, 'YYYY-MM-DD')` },
    { header: '有效期至', sql: `to_char(r.valid_to, 'YYYY-MM-DD')` },
    { header: '状态', sql: 'r.status' },
    { header: '决定日期', sql: `to_char(r.decision_date, 'YYYY-MM-DD')` },
    { header: '发布单位', sql: 'r.publisher_code' },
    { header: '来源编号', sql: 'r.source_id' },
  ],
  PENALTY: [
    { header: '决定书文号', sql: 'r.decision_number' },
    { header: '措施类别', sql: 'r.measure_kind' },
    { header: '当事人', sql: 'r.party_name' },
    { header: '统一社会信用代码', sql: 'r.party_uscc' },
    { header: '事项编码', sql: 'r.matter_code' },
    { header: '处罚种类', sql: `array_to_string(r.penalty_kinds, '、')` },
    { header: '罚款金额（元）', sql: 'r.fine_amount::text' },
    { header: '没收金额（元）', sql: 'r.confiscation_amount::text' },
    { header: '决定日期', sql: `to_char(r.decision_date, 'YYYY-MM-DD')` },
    { header: '执行情况', sql: 'r.execution_status' },
    { header: '镇街', sql: 'r.township_code' },
    { header: '来源编号', sql: 'r.source_id' },
  ],
  COMPLAINT: [
    { header: '渠道', sql: 'r.channel' },
    { header: '受理时间', sql: `to_char(r.received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')` },
    { header: '被反映主体', sql: 'r.subject_name' },
    { header: '统一社会信用代码', sql: 'r.subject_uscc' },
    { header: '事项编码', sql: 'r.matter_code' },
    { header: '镇街', sql: 'r.township_code' },
    { header: '承办单位', sql: 'r.handling_unit_code' },
    { header: '状态', sql: 'r.status' },
    { header: '办结时间', sql: `to_char(r.closed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')` },
    { header: '受理单位', sql: 'r.publisher_code' },
    { header: '来源编号', sql: 'r.source_id' },
  ],
  NORMATIVE: [
    { header: '文件类别', sql: 'r.kind' },
    { header: '标题', sql: 'r.title' },
    { header: '文号', sql: 'r.document_number' },
    { header: '制定机关', sql: 'r.issuing_body' },
    { header: '施行日期', sql: `to_char(r.effective_from, 'YYYY-MM-DD')` },
    { header: '废止日期', sql: `to_char(r.repealed_on, 'YYYY-MM-DD')` },
    { header: '涉及事项', sql: `array_to_string(r.matter_codes, '、')` },
    { header: '发布单位', sql: 'r.publisher_code' },
    { header: '来源编号', sql: 'r.source_id' },
  ],
  DEVICE: [
    { header: '设备编号', sql: 'r.device_code' },
    { header: '设备类别', sql: 'r.device_kind' },
    { header: '安装位置', sql: 'r.location' },
    { header: '纬度', sql: 'r.latitude::text' },
    { header: '经度', sql: 'r.longitude::text' },
    { header: '镇街', sql: 'r.township_code' },
    { header: '状态', sql: 'r.status' },
    { header: '所属单位', sql: 'r.publisher_code' },
    { header: '来源编号', sql: 'r.source_id' },
  ],
  OTHER: [
    { header: '信息种类', sql: 'r.kind_code' },
    { header: '标题', sql: 'r.title' },
    { header: '镇街', sql: 'r.township_code' },
    { header: '事项编码', sql: 'r.matter_code' },
    { header: '内容', sql: 'r.payload::text' },
    { header: '发布单位', sql: 'r.publisher_code' },
    { header: '来源编号', sql: 'r.source_id' },
  ],
};
