import { chineseEnum, chineseNames, EnumValue } from '../common/chinese-names';

export const JointMeetingLevel = chineseEnum('JointMeetingLevel', '联席会议层级 whose joint meeting (§4(4))', {
  CITY: ['市级联席会议', 'the city’s joint meeting, its office at the justice bureau (§4(4))'],
  TOWN: ['镇（街道）联席会议', 'a town’s or subdistrict’s joint meeting with the stationed agencies (§4(4)3②)'],
});
export type JointMeetingLevel = EnumValue<typeof JointMeetingLevel>;

export const JointMeetingKind = chineseEnum('JointMeetingKind', '会议形式 routine or special meeting (§4(4)2)', {
  ROUTINE: ['例行会议', 'in principle every half year, all member units attending (§4(4)2①)'],
  SPECIAL: ['专题会议', 'on demand, on a member’s topic; its units set by the topic (§4(4)2②)'],
});
export type JointMeetingKind = EnumValue<typeof JointMeetingKind>;
export const JOINT_MEETING_KIND_NAMES = chineseNames(JointMeetingKind);

export const JointMeetingState = chineseEnum('JointMeetingState', '会议状态 state of a joint meeting', {
  COLLECTING: ['征集议题', 'the office collects topics from the member units (§4(4)2)'],
  AGENDA_APPROVED: ['议程已审定', 'the convener approved the agenda (§4(4)2)'],
  HELD: ['已召开', 'the meeting was held'],
  MINUTED: ['已形成纪要', 'the office recorded the minutes; their decisions are action items (§4(4)2②)'],
  CANCELLED: ['已取消', 'cancelled by the office, with the reason'],
});
export type JointMeetingState = EnumValue<typeof JointMeetingState>;

export const JointMeetingAction = chineseEnum('JointMeetingAction', '会议操作 an action on a joint meeting', {
  submitTopic: ['提交议题', 'a member unit submits a topic before the due time (§4(4)2)'],
  approveAgenda: ['审定议程', 'the convener approves the agenda from the topics (§4(4)2)'],
  hold: ['召开会议', 'the office records that the meeting was held'],
  recordMinutes: ['形成会议纪要', 'the office records the minutes and their decisions (§4(4)2②)'],
  cancel: ['取消会议', 'the office cancels the meeting, with the reason'],
});
export type JointMeetingAction = EnumValue<typeof JointMeetingAction>;

export const ActionItemState = chineseEnum('ActionItemState', '督办事项状态 state of an action item of the minutes', {
  ASSIGNED: ['待落实', 'assigned to its unit, to be carried out by its due date (§4(4)2②)'],
  REPORTED: ['已报告落实', 'the unit reported it carried it out; the office checks'],
  CLOSED: ['已办结', 'the office confirmed it was carried out'],
});
export type ActionItemState = EnumValue<typeof ActionItemState>;

export const ActionItemAction = chineseEnum('ActionItemAction', '督办事项操作 an action on an action item', {
  reportDone: ['报告落实情况', 'the assigned unit reports how it carried the decision out (§4(4)2②)'],
  confirm: ['确认办结', 'the office confirms it was carried out (§4(4)1④)'],
  sendBack: ['退回重办', 'the office sends it back, not carried out, with a new due date (§4(4)1④)'],
});
export type ActionItemAction = EnumValue<typeof ActionItemAction>;
