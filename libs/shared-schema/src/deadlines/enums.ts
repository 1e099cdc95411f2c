import { chineseEnum, chineseNames, EnumValue } from '../common/chinese-names';

export const DeadlineOutcome = chineseEnum('DeadlineOutcome', '期限结果 how a deadline ended', {
  MET: ['已按期办理', 'the act it waited for was done (in time or late: see overdueAt)'],
  CANCELLED: ['已取消', 'no longer needed (the item was withdrawn or went another way)'],
});
export type DeadlineOutcome = EnumValue<typeof DeadlineOutcome>;
/** 期限结果 in words a reader reads. */
export const DEADLINE_OUTCOME_NAMES = chineseNames(DeadlineOutcome);
