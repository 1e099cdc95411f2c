import { registerEnumType } from '@nestjs/graphql';
import { describedValues } from '../common/chinese-names';

export enum ComplaintChannel {
  REPORT = 'REPORT',
  COMPLAINT = 'COMPLAINT',
  APPEAL = 'APPEAL',
  PETITION = 'PETITION',
}
/** 来源 in words a reader reads. */
export const COMPLAINT_CHANNEL_NAMES: Record<ComplaintChannel, string> = {
  REPORT: '举报',
  COMPLAINT: '投诉',
  APPEAL: '申诉',
  PETITION: '信访',
};
registerEnumType(ComplaintChannel, {
  name: 'ComplaintChannel',
  description: '来源 kind of submission (§4(2))',
  valuesMap: describedValues(COMPLAINT_CHANNEL_NAMES, {
    REPORT: 'report',
    COMPLAINT: 'complaint',
    APPEAL: 'appeal',
    PETITION: 'petition',
  }),
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
export const COMPLAINT_STATUS_NAMES: Record<ComplaintStatus, string> = {
  RECEIVED: '已受理',
  VERIFYING: '核查中',
  TRANSFERRED: '已移送',
  FILED: '已立案',
  ANSWERED: '已答复',
  CLOSED: '已办结',
};
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description: '办理状态 handling status (§4(2))',
  valuesMap: describedValues(COMPLAINT_STATUS_NAMES, {
    RECEIVED: 'received',
    VERIFYING: 'initial checking',
    TRANSFERRED: 'transferred in writing',
    FILED: 'filed for penalty',
    ANSWERED: 'answered (no violation)',
    CLOSED: 'closed',
  }),
});
