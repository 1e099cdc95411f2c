import { StatisticsDimension, StatisticsMeasure, StatisticsPeriod } from '@hub/shared-schema';

/** Chinese column headers, as statisticians' spreadsheets name them. */
export const DIMENSION_HEADERS: Record<StatisticsDimension, string> = {
  TOWNSHIP: '镇街',
  UNIT: '单位',
  MATTER: '事项',
  CATEGORY: '信息类别',
  STATUS: '状态',
  KIND: '种类',
  CHANNEL: '渠道',
  HANDLING_UNIT: '承办单位',
};

export const PERIOD_HEADERS: Record<StatisticsPeriod, string> = { DAY: '日期', MONTH: '月份', QUARTER: '季度', YEAR: '年度' };

export const MEASURE_HEADERS: Record<StatisticsMeasure, string> = {
  COUNT: '件数',
  FINE_TOTAL: '罚款金额（元）',
  CONFISCATION_TOTAL: '没收金额（元）',
  MEDIAN_HANDLING_DAYS: '办理时长中位数（天）',
  AVERAGE_HANDLING_DAYS: '平均办理时长（天）',
};
