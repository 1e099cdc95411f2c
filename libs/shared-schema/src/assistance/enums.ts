import { chineseEnum, chineseNames, EnumValue } from '../common/chinese-names';

export const AssistanceKind = chineseEnum('AssistanceKind', '协助类型 what a unit asks another for (§5, §4(1)4, §4(5))', {
  TECHNICAL_OPINION: ['技术鉴定/专业意见', 'a written technical opinion or appraisal (§5(2))'],
  DOCUMENT_ACCESS: ['查阅资料', 'access to documents another agency holds (§5(1))'],
  DATA_REQUEST: ['台账材料请求', 'ledger material a department asks a town for, for its own reporting (§4(1)4)'],
  POLICE_SUPPORT: ['公安协助', 'officers of the police at an enforcement action of a town (§4(5))'],
  COURT_ENFORCEMENT: ['申请法院强制执行', 'a town applies to the court for compulsory execution of its penalty decision (§4(5))'],
});
export type AssistanceKind = EnumValue<typeof AssistanceKind>;
export const ASSISTANCE_KIND_NAMES = chineseNames(AssistanceKind);

export const AssistanceState = chineseEnum('AssistanceState', '协助请求状态 state of an assistance request', {
  SENT: ['已发出', 'sent to the requested unit, which has it from that moment (receipt, §5)'],
  ACCEPTED: ['已受理', 'accepted by the requested unit, which is to act (police support, §4(5))'],
  ANSWERED: ['已答复', 'answered: the opinion given, the documents or ledger provided, the officers dispatched'],
  REFUSED: ['已拒绝', 'refused on a stated legal ground (§5(1))'],
  CLOSED: ['已办结', 'closed by the requesting unit'],
  WITHDRAWN: ['已撤回', 'withdrawn by the requesting unit before the answer'],
});
export type AssistanceState = EnumValue<typeof AssistanceState>;

export const AssistanceAction = chineseEnum('AssistanceAction', '协助请求操作 an action on an assistance request', {
  recordOnSite: ['派员到场', 'the requested unit records who went on site and when (§5(2))'],
  extend: ['延期答复', 'announce a longer period with the expected date, before the due date (§5(2))'],
  answer: ['出具意见', 'give the written opinion or appraisal (§5(2))'],
  provide: ['提供资料', 'provide the documents (§5(1))'],
  refuse: ['拒绝提供', 'refuse on a stated legal ground with an explanation (§5(1))'],
  accept: ['受理', 'the requested unit accepts (police support, §4(5))'],
  recordDispatch: ['派警', 'the police record the officers dispatched and when (§4(5))'],
  courtAnswer: ['法院答复', 'the court answers the application: the execution status of the decision follows (§4(5))'],
  supplyLedger: ['报送台账', 'answer a data request by publishing ledger entries linked to it (§4(1)4)'],
  close: ['办结', 'close'],
  withdraw: ['撤回', 'withdraw before the answer'],
});
export type AssistanceAction = EnumValue<typeof AssistanceAction>;

export const AssistanceDirection = chineseEnum('AssistanceDirection', '方向 requests my unit sent or received', {
  SENT: ['发出', 'sent by my unit'],
  RECEIVED: ['收到', 'received by my unit, which must answer'],
});
export type AssistanceDirection = EnumValue<typeof AssistanceDirection>;
