import { chineseEnum, chineseNames, EnumValue } from '../common/chinese-names';

export const ComplaintChannel = chineseEnum('ComplaintChannel', '来源 kind of submission (§4(2))', {
  REPORT: ['举报', 'report'],
  COMPLAINT: ['投诉', 'complaint'],
  APPEAL: ['申诉', 'appeal'],
  PETITION: ['信访', 'petition'],
});
export type ComplaintChannel = EnumValue<typeof ComplaintChannel>;
/** 来源 in words a reader reads. */
export const COMPLAINT_CHANNEL_NAMES = chineseNames(ComplaintChannel);

export const ComplaintStatus = chineseEnum('ComplaintStatus', '办理状态 handling status (§4(2))', {
  RECEIVED: ['已受理', 'received'],
  VERIFYING: ['核查中', 'initial checking'],
  TRANSFERRED: ['已移送', 'transferred in writing'],
  FILED: ['已立案', 'filed for penalty'],
  ANSWERED: ['已答复', 'answered (no violation)'],
  CLOSED: ['已办结', 'closed'],
});
export type ComplaintStatus = EnumValue<typeof ComplaintStatus>;
/** 办理状态 in words a reader reads. */
export const COMPLAINT_STATUS_NAMES = chineseNames(ComplaintStatus);

export const ComplaintOutcome = chineseEnum('ComplaintOutcome', '办理结果 how the first receiver dealt with it (§4(2))', {
  NOT_OUR_FUNCTION: ['非本单位职能', 'clearly not its function: the person was told where to go'],
  NO_VIOLATION: ['未发现违法', 'no violation found after initial checking: the person was answered'],
  FILED: ['立案查处', 'filed and dealt with within its own powers'],
  TRANSFERRED: ['书面移送', 'transferred in writing to the unit holding the power'],
});
export type ComplaintOutcome = EnumValue<typeof ComplaintOutcome>;

export const ComplaintAction = chineseEnum('ComplaintAction', '办理动作 an action of the complaint handling workflow (§4(2))', {
  startCheck: ['开始核查', 'start the initial check'],
  redirect: ['告知非本单位职能', 'not our function: tell the person where to go'],
  answer: ['答复（未发现违法）', 'answer the person: no violation found'],
  file: ['立案', 'file a case within its own powers'],
  close: ['办结', 'close a filed case'],
  transfer: ['书面移送', 'transfer in writing (a case transfer)'],
  transferResult: ['移送结果办结', 'closed by the result of its case transfer'],
  transferWithdrawn: ['移送撤回', 'back with its owner: its case transfer was withdrawn'],
});
export type ComplaintAction = EnumValue<typeof ComplaintAction>;
