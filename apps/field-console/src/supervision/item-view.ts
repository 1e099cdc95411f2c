import { request } from '../api/client';
import {
  ACTION_ITEM_STATE,
  ASSISTANCE_KIND,
  ASSISTANCE_STATE,
  COMPLAINT_CHANNEL,
  COMPLAINT_OUTCOME,
  COMPLAINT_STATUS,
  enumName,
  TRANSFER_STATE,
} from '../i18n/enums';
import {
  SupervisedActionItemDocument,
  SupervisedAssistanceDocument,
  SupervisedComplaintDocument,
  SupervisedTransferDocument,
} from './item-documents';

export interface StepView {
  id: string;
  at: string;
  unitCode: string;
  actorName: string;
  /** The state the step led to, by its Chinese name. */
  to: string;
  note: string | null;
}

export interface DeadlineView {
  id: string;
  kind: string;
  /** 期限名称 as the hub names it. */
  kindName: string;
  clause: string;
  dueAt: string;
  closedAt: string | null;
  overdue: boolean;
  ownerUnitCode: string;
}

/** What the supervisor reads of the item a deadline belongs to, whatever its workflow. */
export interface ItemView {
  heading: string;
  stateName: string;
  /** Label and value, in reading order. */
  lines: Array<[string, string]>;
  steps: StepView[];
  deadlines: DeadlineView[];
}

type UnitName = (code: string) => string;
type Step = { id: string; action: string; actorName: string; unitCode: string; occurredAt: string; note?: string | null; toState: string };

const steps = (list: Step[], stateNames: Record<string, string>): StepView[] =>
  list.map((step) => ({
    id: step.id,
    at: step.occurredAt,
    unitCode: step.unitCode,
    actorName: step.actorName,
    to: enumName(stateNames, step.toState),
    note: step.note ?? null,
  }));

/** Per workflow (`SupervisionItem.itemType`): how to read its item. A workflow not listed has no detail here. */
export type ItemLoader = (id: string, token: string, unitName: UnitName) => Promise<ItemView>;
export const ITEM_VIEWS: Partial<Record<string, ItemLoader>> = {
  transfer: async (id, token, unitName) => {
    const { transfer: t } = await request(SupervisedTransferDocument, { id }, { token });
    return {
      heading: `案件移送 · ${t.partyName}`,
      stateName: enumName(TRANSFER_STATE, t.state),
      lines: [
        ['移送方', unitName(t.senderUnitCode)],
        ['接收方', unitName(t.receiverUnitCode)],
        ['事项', t.matterCode],
        ['基本案情', t.facts],
      ],
      steps: steps(t.steps, TRANSFER_STATE),
      deadlines: t.deadlines,
    };
  },
  complaint: async (id, token, unitName) => {
    const { complaint: c } = await request(SupervisedComplaintDocument, { id }, { token });
    return {
      heading: `投诉举报 · ${c.subjectName ?? enumName(COMPLAINT_CHANNEL, c.channel)}`,
      stateName: enumName(COMPLAINT_STATUS, c.status),
      lines: [
        ['渠道', enumName(COMPLAINT_CHANNEL, c.channel)],
        ['承办单位', unitName(c.handlingUnitCode)],
        ['受理时间', new Date(c.receivedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })],
        ['内容摘要', c.summary],
        ...(c.outcome ? ([['办理结果', enumName(COMPLAINT_OUTCOME, c.outcome)]] as Array<[string, string]>) : []),
      ],
      steps: steps(c.steps, COMPLAINT_STATUS),
      deadlines: c.deadlines,
    };
  },
  assistance: async (id, token, unitName) => {
    const { assistanceRequest: a } = await request(SupervisedAssistanceDocument, { id }, { token });
    return {
      heading: `协助请求 · ${a.subject}`,
      stateName: enumName(ASSISTANCE_STATE, a.state),
      lines: [
        ['类型', enumName(ASSISTANCE_KIND, a.kind)],
        ['请求单位', unitName(a.requestingUnitCode)],
        ['被请求单位', unitName(a.requestedUnitCode)],
        ['请求内容', a.details],
      ],
      steps: steps(a.steps, ASSISTANCE_STATE),
      deadlines: a.deadlines,
    };
  },
  action_item: async (id, token, unitName) => {
    const { actionItem: i } = await request(SupervisedActionItemDocument, { id }, { token });
    return {
      heading: `联席会议督办事项 · ${i.title}`,
      stateName: enumName(ACTION_ITEM_STATE, i.state),
      lines: [
        ['落实单位', unitName(i.assignedUnitCode)],
        ['完成期限', i.dueOn],
        ['事项内容', i.details],
      ],
      steps: steps(i.steps, ACTION_ITEM_STATE),
      deadlines: i.deadlines,
    };
  },
};
