import { chineseEnum, EnumValue } from '../common/chinese-names';

export const SupervisionPeriodKind = chineseEnum('SupervisionPeriodKind', '督查周期 a period of the supervision figures (Asia/Shanghai)', {
  MONTH: ['月度', 'a calendar month (index 1-12)'],
  QUARTER: ['季度', 'a calendar quarter (index 1-4)'],
  HALF_YEAR: ['半年', 'a half year (index 1-2)'],
  YEAR: ['年度', 'a calendar year (index 1)'],
});
export type SupervisionPeriodKind = EnumValue<typeof SupervisionPeriodKind>;

/** The five timeliness measures of the regulation, each one deadline kind of one workflow (supervision-rules.ts). */
export const SupervisionMeasure = chineseEnum('SupervisionMeasure', '督查指标 a timeliness measure: one kind of deadline', {
  TRANSFER_SEND: ['案件移送', 'dispatching transfers (transfer SEND, §4(3)3)'],
  TRANSFER_ANSWER: ['移送答复', 'answering received transfers (transfer ANSWER, §4(3)3)'],
  TRANSFER_RESULT: ['结果反馈', 'reporting results back (transfer RESULT, §2(1), §2(2))'],
  COMPLAINT_ANSWER: ['投诉答复', 'answering complaints (complaint ANSWER, §4(2))'],
  ASSISTANCE_ANSWER: ['协助答复', 'answering assistance requests (assistance ANSWER, §5)'],
});
export type SupervisionMeasure = EnumValue<typeof SupervisionMeasure>;

export const SupervisionItemState = chineseEnum('SupervisionItemState', '督办状态 an open deadline past due or due soon', {
  OVERDUE: ['已逾期', 'open and past its due time'],
  DUE_SOON: ['即将到期', 'open, not yet due, due within the working days asked or already reminded'],
});
export type SupervisionItemState = EnumValue<typeof SupervisionItemState>;

export const SupervisionTable = chineseEnum('SupervisionTable', '督查报表 which supervision table an export or saved report writes', {
  RATES: ['按时率', 'per unit and measure: the on-time rate and the counts behind it'],
  LEAGUE: ['通报排名', 'the league table of units with the change against the previous period'],
  UNIT_COUNTS: [
    '移送协助情况',
    'per unit and period: declines and escalations, refusals with their grounds, criminal referrals open and flagged',
  ],
  OVERDUE: ['督办清单', 'the open deadlines past due as the export runs, by 责任单位, with working days overdue (no period)'],
  DUE_SOON: [
    '即将到期清单',
    'the open deadlines not yet due, due by the end of the next working day or already reminded, as the export runs, by 责任单位 (no period)',
  ],
});
export type SupervisionTable = EnumValue<typeof SupervisionTable>;
