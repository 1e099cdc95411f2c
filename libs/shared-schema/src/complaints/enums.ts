import { chineseEnum } from '../common/chinese-names';

export enum ComplaintChannel {
  REPORT = 'REPORT',
  COMPLAINT = 'COMPLAINT',
  APPEAL = 'APPEAL',
  PETITION = 'PETITION',
}
/** 来源 in words a reader reads. */
export const COMPLAINT_CHANNEL_NAMES = chineseEnum(ComplaintChannel, 'ComplaintChannel', '来源 kind of submission (§4(2))', {
  REPORT: ['举报', 'report'],
  COMPLAINT: ['投诉', 'complaint'],
  APPEAL: ['申诉', 'appeal'],
  PETITION: ['信访', 'petition'],
});

export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  VERIFYING = 'VERIFYING',
  TRANSFERRED = 'TRANSFERRED',
  FILED = 'FILED',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}
/** 办理状态 in words a reader reads. */
export const COMPLAINT_STATUS_NAMES = chineseEnum(ComplaintStatus, 'ComplaintStatus', '办理状态 handling status (§4(2))', {
  RECEIVED: ['已受理', 'received'],
  VERIFYING: ['核查中', 'initial checking'],
  TRANSFERRED: ['已移送', 'transferred in writing'],
  FILED: ['已立案', 'filed for penalty'],
  ANSWERED: ['已答复', 'answered (no violation)'],
  CLOSED: ['已办结', 'closed'],
});
