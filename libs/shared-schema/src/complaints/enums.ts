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
