/**
 * The workflows and their deadline kinds by their Chinese names, for everyone who shows a deadline to a
 * person: the Deadline type's kindName, supervision's items, exports and reports.
 */
/** The workflows by their Chinese names; one not listed is shown by its code. */
const ITEM_TYPE_NAMES: Record<string, string> = {
  transfer: '案件移送',
  complaint: '投诉举报',
  assistance: '协助请求',
  action_item: '联席会议督办事项',
};

/** The deadline kinds by their Chinese names, per workflow, then any workflow's; a kind not listed is shown by its code. */
const KIND_NAMES: Record<string, string> = {
  'transfer:SEND': '移送',
  'transfer:ANSWER': '答复是否接收',
  'transfer:RESULT': '反馈处理结果',
  'complaint:INITIAL_CHECK': '初步核查',
  'complaint:ANSWER': '答复投诉人',
  'assistance:ANSWER': '答复协助请求',
  ANSWER: '答复',
  RESULT: '反馈结果',
};

export const itemTypeName = (itemType: string): string => ITEM_TYPE_NAMES[itemType] ?? itemType;
export const kindName = (itemType: string, kind: string): string => KIND_NAMES[`${itemType}:${kind}`] ?? KIND_NAMES[kind] ?? kind;
