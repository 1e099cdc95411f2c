import type {
  ActionItemState,
  AssistanceKind,
  AssistanceState,
  ComplaintOutcome,
  ComplaintChannel,
  ComplaintStatus,
  ExecutionStatus,
  LicenceStatus,
  LicensingKind,
  MeasureKind,
  PermitReasonCode,
  Role,
  TransferMaterialKind,
  TransferSituation,
  TransferState,
} from '../gql/graphql';

/**
 * The Chinese names of the hub's enum codes, as the schema's descriptions give them. Each map is typed
 * by the generated enum, so a value the schema adds fails the console's build until it has a name here.
 */
export const LICENCE_STATUS: Record<LicenceStatus, string> = {
  VALID: '有效',
  EXPIRED: '已过期',
  REVOKED: '已撤销',
  SUSPENDED: '暂扣/中止',
  WITHDRAWN: '已撤回',
};

export const LICENSING_KIND: Record<LicensingKind, string> = {
  LICENCE: '行政许可',
  CONFIRMATION: '行政确认',
  FILING: '备案登记',
};

export const PERMIT_REASON: Record<PermitReasonCode, string> = {
  COVERED: '有效许可覆盖',
  EXPIRED: '许可已过期',
  NOT_COVERED: '未覆盖',
  NOT_YET_VALID: '许可尚未生效',
  NO_LICENCE: '无许可记录',
  REVOKED: '许可已撤销/吊销',
  SUSPENDED: '许可暂扣/中止',
  WITHDRAWN: '许可记录已撤回',
};

export const EXECUTION_STATUS: Record<ExecutionStatus, string> = {
  PENDING: '待执行',
  IN_PROGRESS: '执行中',
  EXECUTED: '执行完毕',
  SUSPENDED: '中止执行',
  TERMINATED: '终结执行',
  COURT_ENFORCEMENT: '申请法院强制执行',
};

export const MEASURE_KIND: Record<MeasureKind, string> = {
  PENALTY: '行政处罚',
  COMPULSORY_MEASURE: '行政强制措施',
};

export const COMPLAINT_STATUS: Record<ComplaintStatus, string> = {
  RECEIVED: '已受理',
  VERIFYING: '核查中',
  FILED: '已立案',
  TRANSFERRED: '已移送',
  ANSWERED: '已答复',
  CLOSED: '已办结',
};

export const COMPLAINT_CHANNEL: Record<ComplaintChannel, string> = {
  REPORT: '举报',
  COMPLAINT: '投诉',
  APPEAL: '申诉',
  PETITION: '信访',
};

export const COMPLAINT_OUTCOME: Record<ComplaintOutcome, string> = {
  FILED: '立案查处',
  NOT_OUR_FUNCTION: '非本单位职能',
  NO_VIOLATION: '未发现违法',
  TRANSFERRED: '书面移送',
};

export const ASSISTANCE_KIND: Record<AssistanceKind, string> = {
  TECHNICAL_OPINION: '技术鉴定/专业意见',
  DOCUMENT_ACCESS: '查阅资料',
  DATA_REQUEST: '台账材料请求',
  POLICE_SUPPORT: '公安协助',
  COURT_ENFORCEMENT: '申请法院强制执行',
};

export const ASSISTANCE_STATE: Record<AssistanceState, string> = {
  SENT: '已发出',
  ACCEPTED: '已受理',
  ANSWERED: '已答复',
  REFUSED: '已拒绝',
  CLOSED: '已办结',
  WITHDRAWN: '已撤回',
};

export const ACTION_ITEM_STATE: Record<ActionItemState, string> = {
  ASSIGNED: '待落实',
  REPORTED: '已报告落实',
  CLOSED: '已办结',
};

export const TRANSFER_STATE: Record<TransferState, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审批',
  APPROVED: '已审批',
  SENT: '已移送',
  ACCEPTED: '已接收',
  DECLINED: '不予接收',
  ESCALATED: '报市政府',
  ASSIGNED: '市政府指定',
  RESULT_REPORTED: '已反馈结果',
  CLOSED: '已办结',
  WITHDRAWN: '已撤回',
};

export const TRANSFER_MATERIAL_KIND: Record<TransferMaterialKind, string> = {
  SOURCE: '案源材料',
  EVIDENCE: '证据材料',
  LETTER: '移交函',
};

export const TRANSFER_SITUATION: Record<TransferSituation, string> = {
  LICENSED_OUTSIDE_LICENCE: '应批已批（超出许可范围）',
  UNLICENSED: '应批未批（未经许可）',
  PROHIBITED: '禁止类行为',
  QUALIFICATIONS_OBLIGATIONS: '资质、逾期履行义务等其他情形',
  TECHNICAL_TESTING: '需先行技术检测、鉴定',
};

export const ROLE: Record<Role, string> = {
  ADMIN: '系统管理员',
  CONNECTOR: '对接系统',
  LEADER: '单位负责人',
  OFFICER: '执法人员',
  STATISTICIAN: '统计人员',
  SUPERVISOR: '监督人员',
};

/** An enum code by its Chinese name; a code the console does not know yet is shown as「未知（CODE）」. */
export function enumName<C extends string>(names: Record<C, string>, code: C | string | null | undefined): string {
  if (code === null || code === undefined) return '—';
  return (names as Record<string, string>)[code] ?? `未知（${code}）`;
}
