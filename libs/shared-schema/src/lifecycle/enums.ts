import { chineseEnum, chineseNames, EnumValue } from '../common/chinese-names';

/**
 * 角色方 the side of an item an actor stands on: who may take an action is a role AND a side (a LEADER of
 * the sending unit approves a transfer, not any leader). Declared once for every workflow.
 */
export const LifecycleSide = chineseEnum('LifecycleSide', '办理方 the side of a workflow item an actor stands on', {
  SENDER: ['移送方', 'the sending unit'],
  RECEIVER: ['接收方', 'the receiving (or handling) unit'],
  CITY_GOVERNMENT: ['市人民政府', 'the city government, once a dispute is escalated (§4(3)3④)'],
  JUDICIAL_ORGAN: ['司法机关', 'the judicial organ of a criminal referral (§4(5))'],
  OWNER: ['首问单位', 'the unit that first received a complaint and owns it (§4(2))'],
  SUPERVISOR: ['监督方', 'a supervisor of the justice bureau / joint-meeting office (§4(4), §6(3))'],
  CONVENER: ['联席会议办公室', 'the office that convenes a joint meeting, keeps its topics and records its minutes (§4(4))'],
  MEMBER: ['成员单位', 'a member unit of a joint meeting, attending it (§4(4))'],
  ASSIGNEE: ['承办单位', 'the unit an action item of a joint meeting’s minutes is assigned to (§4(4)2②)'],
});
export type LifecycleSide = EnumValue<typeof LifecycleSide>;
/** 办理方 in words a reader reads. */
export const LIFECYCLE_SIDE_NAMES = chineseNames(LifecycleSide);
