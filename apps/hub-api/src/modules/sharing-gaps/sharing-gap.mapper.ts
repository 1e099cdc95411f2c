import { SHARING_GAP_KIND_NAMES, SharingGap } from '@hub/shared-schema';
import { SharingGapRow } from './sharing-gaps.repository';

/** What is missing, in words a supervisor reads (the evidence fields carry the ids and numbers). */
function summaryOf(row: SharingGapRow): string {
  const unit = row.unit_name ?? row.unit_code;
  switch (row.kind) {
    case 'PUBLISHER_SILENT':
      return `${unit} 自 ${row.last_push_date} 起未推送 ${row.category}：已 ${row.silence} 个工作日，通常间隔 ${row.usual_interval} 个工作日（阈值 ${row.threshold}）`;
    case 'UNPUBLISHED_LICENCE':
      return `处罚决定 ${row.decision_number} 涉及的许可证 ${row.licence_number} 未见 ${unit} 共享（§4(1)2）`;
    case 'RESULT_NOT_REPORTED':
      return row.complaint_id
        ? `举报投诉 ${row.complaint_id} 答复期限已过，${unit} 未反馈处理结果（§4(2)）`
        : `移送 ${row.transfer_id} 结果反馈期限已过，${unit} 未反馈处理结果（§2(1)、§2(2)）`;
    case 'NORMATIVE_UNACKNOWLEDGED':
      return `规范性文件变更（事件 ${row.event_position}）${row.silence} 个工作日后 ${unit} 的订阅仍未确认接收（§4(1)1）`;
  }
}

export function toSharingGap(row: SharingGapRow): SharingGap {
  return {
    id: row.id,
    kind: row.kind,
    unitCode: row.unit_code,
    unitName: row.unit_name,
    date: row.date,
    summary: `${SHARING_GAP_KIND_NAMES[row.kind]}：${summaryOf(row)}`,
    evidence: {
      category: row.category,
      lastPushDate: row.last_push_date,
      pushDays: row.push_days,
      usualIntervalWorkingDays: row.usual_interval,
      thresholdWorkingDays: row.threshold,
      silenceWorkingDays: row.silence,
      penaltyId: row.penalty_id,
      decisionNumber: row.decision_number,
      licenceNumber: row.licence_number,
      transferId: row.transfer_id,
      complaintId: row.complaint_id,
      deadlineId: row.deadline_id,
      dueAt: row.due_at,
      state: row.state,
      documentId: row.document_id,
      eventId: row.event_id,
      eventPosition: row.event_position,
      subscriptions: row.subscriptions,
    },
    explained: row.note !== null,
    explanation:
      row.note !== null ? { note: row.note, explainedBy: row.explained_by ?? '', explainedAt: row.explained_at ?? new Date(0) } : null,
  };
}
