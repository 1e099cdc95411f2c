import { chineseEnum, chineseNames, EnumValue } from '../common/chinese-names';

export const InboxItemType = chineseEnum('InboxItemType', '待办类型 the workflow an inbox item belongs to', {
  TRANSFER: ['案件移送', 'a case transfer or criminal referral (§4(3), §4(5))'],
  COMPLAINT: ['投诉举报', 'a report, complaint, appeal or petition owned by its first receiver (§4(2))'],
  ASSISTANCE: ['协助请求', 'an assistance request between units (§5, §4(1)4, §4(5))'],
  ACTION_ITEM: ['督办事项', 'a decision of a joint meeting’s minutes the unit is to carry out (§4(4)2②)'],
});
export type InboxItemType = EnumValue<typeof InboxItemType>;
export const INBOX_ITEM_TYPE_NAMES = chineseNames(InboxItemType);
