import { chineseEnum, chineseNames, EnumValue } from '../common/chinese-names';

export const TransferState = chineseEnum('TransferState', '移送状态 state of a case transfer (§4(3))', {
  DRAFT: ['草稿', 'draft, being prepared by the sending unit'],
  SUBMITTED: ['待审批', "submitted for the sending unit's leader's approval (§4(3)4)"],
  APPROVED: ['已审批', 'approved by a leader of the sending unit; the transfer letter is issued'],
  SENT: ['已移送', 'sent to the receiving unit'],
  ACCEPTED: ['已接收', 'accepted by the receiving (or handling) unit'],
  DECLINED: ['不予接收', 'declined by the receiver as not its jurisdiction (§4(3)3④)'],
  ESCALATED: ['报市政府', 'reported to the city government for a decision (§4(3)3④)'],
  ASSIGNED: ['市政府指定', 'the city government named the handling unit, which must accept'],
  RESULT_REPORTED: ['已反馈结果', 'the handling result reported back to the sender (§2(1), §2(2))'],
  CLOSED: ['已办结', 'closed'],
  WITHDRAWN: ['已撤回', 'withdrawn by the sender before acceptance'],
});
export type TransferState = EnumValue<typeof TransferState>;
export const TRANSFER_STATE_NAMES = chineseNames(TransferState);

export const TransferAction = chineseEnum('TransferAction', '移送操作 an action on a case transfer', {
  submit: ['提交审批', "submit for the leader's approval"],
  approve: ['审批通过', 'approve (a LEADER of the sending unit)'],
  reject: ['退回', 'reject back to draft, with a reason'],
  extend: ['延期移送', 'announce an extension of the sending deadline, with a reason (§4(3)3②)'],
  send: ['移送', 'send to the receiving unit with the letter and materials'],
  accept: ['接收', 'accept the case'],
  decline: ['不予接收', 'decline: not our jurisdiction'],
  escalate: ['报请市政府', 'report the dispute to the city government'],
  assign: ['指定管辖', 'the city government names the handling unit'],
  reportResult: ['反馈结果', 'report the result back to the sender'],
  close: ['办结', 'close'],
  withdraw: ['撤回', 'withdraw before acceptance'],
});
export type TransferAction = EnumValue<typeof TransferAction>;

/** §2: the situations of the division of labour between departments and towns. */
export const TransferSituation = chineseEnum('TransferSituation', '移送情形 the §2 situation of the case', {
  LICENSED_OUTSIDE_LICENCE: ['应批已批', 'licensed, but acting outside the licence (§2(1))'],
  UNLICENSED: ['应批未批', 'acting without a required licence (§2(2))'],
  PROHIBITED: ['禁止类', 'prohibited conduct (§2(3))'],
  QUALIFICATIONS_OBLIGATIONS: ['其他', 'qualifications, overdue obligations and the like (§2(4))'],
  TECHNICAL_TESTING: ['需技术检测', 'needs technical testing or appraisal first (§2(4), second paragraph)'],
});
export type TransferSituation = EnumValue<typeof TransferSituation>;
export const TRANSFER_SITUATION_NAMES = chineseNames(TransferSituation);

/** §4(3)4: what goes with a transfer. */
export const TransferMaterialKind = chineseEnum('TransferMaterialKind', '移送材料 kind of material of a transfer (§4(3)4)', {
  LETTER: ['移交函', 'the transfer letter'],
  SOURCE: ['案源材料', 'source material: on-site inspection record, photos, complaint material'],
  EVIDENCE: ['证据材料', 'evidence that preliminarily proves the facts'],
});
export type TransferMaterialKind = EnumValue<typeof TransferMaterialKind>;
export const TRANSFER_MATERIAL_KIND_NAMES = chineseNames(TransferMaterialKind);

export const TransferDirection = chineseEnum('TransferDirection', '方向 transfers my unit sent or received', {
  SENT: ['移出', 'sent by my unit'],
  RECEIVED: ['移入', 'received (or to be handled) by my unit'],
});
export type TransferDirection = EnumValue<typeof TransferDirection>;
