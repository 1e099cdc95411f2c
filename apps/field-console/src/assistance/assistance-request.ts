import type { AssistanceAction, AssistanceKind, CreateAssistanceRequestInput, LedgerEntryKind } from '../gql/graphql';

/**
 * 发起协助请求 (§5, §4(1)4, §4(5)): what the console asks for, checked before it is sent so an officer is
 * told in Chinese what is missing; the hub checks again and has the last word.
 */

/** The kinds the console sends. 申请法院强制执行 names a penalty decision and is a town's application from its own system. */
export const REQUESTABLE_KINDS = [
  'TECHNICAL_OPINION',
  'DOCUMENT_ACCESS',
  'POLICE_SUPPORT',
  'DATA_REQUEST',
] as const satisfies readonly AssistanceKind[];
export type RequestableKind = (typeof REQUESTABLE_KINDS)[number];

export const LEDGER_ENTRY_KIND: Record<LedgerEntryKind, string> = {
  INDICATOR: '统计指标',
  WORK_SUMMARY: '工作总结',
};

export interface AssistanceDraft {
  kind: RequestableKind | null;
  requestedUnitCode: string | null;
  subject: string;
  details: string;
  urgent: boolean;
  evidenceAtRisk: boolean;
  /** POLICE_SUPPORT: where, and when as the phone's `datetime-local` value (its time zone, Asia/Shanghai). */
  place: string;
  actionAt: string;
  /** DATA_REQUEST: the ledger material and its period (2026, 2026-Q1 or 2026-03). */
  ledgerKind: LedgerEntryKind | null;
  period: string;
}

export const EMPTY_DRAFT: AssistanceDraft = {
  kind: 'TECHNICAL_OPINION',
  requestedUnitCode: null,
  subject: '',
  details: '',
  urgent: false,
  evidenceAtRisk: false,
  place: '',
  actionAt: '',
  ledgerKind: null,
  period: '',
};

/** 期间 as the hub takes it: a year, a quarter or a month. */
const PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

export type Checked = { input: CreateAssistanceRequestInput } | { problem: string };

/** The input to send, or the first thing missing (in reading order of the form). */
export function checkDraft(draft: AssistanceDraft, ownUnitCode: string, now: Date): Checked {
  if (!draft.kind) return { problem: '请选择协助类型' };
  if (!draft.requestedUnitCode) return { problem: '请选择被请求单位' };
  if (draft.requestedUnitCode === ownUnitCode) return { problem: '不能向本单位发起协助请求' };
  const subject = draft.subject.trim();
  const details = draft.details.trim();
  if (!subject) return { problem: '请填写事由' };
  if (!details) return { problem: '请填写详细说明' };
  const input: CreateAssistanceRequestInput = {
    kind: draft.kind,
    requestedUnitCode: draft.requestedUnitCode,
    subject,
    details,
    evidenceAtRisk: draft.evidenceAtRisk,
  };
  switch (draft.kind) {
    case 'POLICE_SUPPORT': {
      // §4(5): the police back up an enforcement action, so where and when it takes place; urgent by default on the hub.
      const place = draft.place.trim();
      if (!place) return { problem: '请填写执法行动地点' };
      const actionAt = draft.actionAt ? new Date(draft.actionAt) : null;
      if (!actionAt || Number.isNaN(actionAt.getTime())) return { problem: '请填写执法行动时间' };
      if (actionAt.getTime() <= now.getTime()) return { problem: '执法行动时间应晚于当前时间' };
      return { input: { ...input, place, actionAt: actionAt.toISOString(), urgent: draft.urgent } };
    }
    case 'DATA_REQUEST': {
      if (!draft.ledgerKind) return { problem: '请选择台账类型' };
      const period = draft.period.trim();
      if (!PERIOD.test(period)) return { problem: '期间格式应为 2026、2026-Q1 或 2026-03' };
      return { input: { ...input, ledgerKind: draft.ledgerKind, period, urgent: draft.urgent } };
    }
    default:
      return { input: { ...input, urgent: draft.urgent } };
  }
}

/** What an action needs from the officer before it is sent. */
export type ActionNeeds = 'NOTHING' | 'OPINION' | 'DOCUMENTS' | 'GROUND_AND_NOTE' | 'REASON';

export interface ActionView {
  action: AssistanceAction;
  label: string;
  needs: ActionNeeds;
  /** The note's placeholder, when the action takes one. */
  placeholder?: string;
  danger?: boolean;
}

/**
 * The actions the screen offers, in the order shown; the hub's allowedActions says which of them a card
 * shows now. 派员到场, 延期答复, 派警, 报送台账 and 法院答复 carry more than a note and are left to the units' systems.
 */
export const ACTION_VIEWS: readonly ActionView[] = [
  { action: 'accept', label: '受理', needs: 'NOTHING' },
  { action: 'answer', label: '出具意见', needs: 'OPINION', placeholder: '书面意见（必填）' },
  // §5(1): the documents themselves, uploaded as the request's evidence (the hub refuses 提供资料 without one).
  { action: 'provide', label: '提供资料', needs: 'DOCUMENTS', placeholder: '提供资料的说明（选填）' },
  // §5(1): a refusal names its legal ground and explains it.
  { action: 'refuse', label: '拒绝提供', needs: 'GROUND_AND_NOTE', placeholder: '拒绝说明（必填）', danger: true },
  { action: 'close', label: '办结', needs: 'NOTHING' },
  { action: 'withdraw', label: '撤回', needs: 'REASON', placeholder: '撤回理由（必填）', danger: true },
];

/** The actions of ACTION_VIEWS the hub allows on a request now. */
export function offeredActions(allowed: readonly AssistanceAction[]): ActionView[] {
  return ACTION_VIEWS.filter((view) => allowed.includes(view.action));
}

/** Whether what was typed (and picked) is enough to send the action. */
export function readyToSend(needs: ActionNeeds, text: string, groundCode: string | null, files = 0): boolean {
  switch (needs) {
    case 'NOTHING':
      return true;
    case 'DOCUMENTS':
      return files > 0;
    case 'OPINION':
    case 'REASON':
      return text.trim().length > 0;
    case 'GROUND_AND_NOTE':
      return !!groundCode && text.trim().length > 0;
  }
}

/** The other unit of a request as my unit sees it: the unit asked, or the unit asking. */
export function counterparty(
  request: { requestingUnitCode: string; requestedUnitCode: string },
  ownUnitCode: string,
): { sent: boolean; label: string; unitCode: string } {
  const sent = request.requestingUnitCode === ownUnitCode;
  return sent
    ? { sent, label: '被请求方', unitCode: request.requestedUnitCode }
    : { sent, label: '请求方', unitCode: request.requestingUnitCode };
}
