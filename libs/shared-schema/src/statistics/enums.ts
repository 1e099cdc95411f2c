import { chineseEnum, chineseNames, EnumValue, namedEnum } from '../common/chinese-names';

/**
 * GraphQL names of the statistics' enums and inputs keep their first-release `Ledger…` spelling: GraphQL
 * has no type aliases and clients name these types in their variable declarations
 * (`query($source: LedgerSource!)`), so renaming them would break every saved query. The TypeScript
 * names say statistics; 台账 (ledger) is the §4(1)4 ledger entries of `ledgers/`.
 */
export const STATISTICS_GRAPHQL_NAMES = {
  source: 'LedgerSource',
  dimension: 'LedgerDimension',
  period: 'LedgerPeriod',
  measure: 'LedgerMeasure',
  filter: 'LedgerFilterInput',
  definition: 'LedgerDefinitionInput',
} as const;

/** What the statistics count; ALL counts records of every category together (group by CATEGORY). */
export const StatisticsSource = chineseEnum(STATISTICS_GRAPHQL_NAMES.source, '统计对象 what the statistics count', {
  LICENSING: ['许可信息', 'licensing decisions (by decision date)'],
  PENALTY: ['处罚信息', 'penalties (by decision date)'],
  COMPLAINT: ['举报投诉', 'complaints (by date received)'],
  NORMATIVE: ['规范性文件', 'normative documents (by effective date)'],
  DEVICE: ['监控设备', 'surveillance devices (by registration)'],
  OTHER: ['其他执法信息', 'other enforcement information (by publication)'],
  ALL: ['全部类别', 'every category together: count only'],
});
export type StatisticsSource = EnumValue<typeof StatisticsSource>;
/** 统计对象 by name, as export titles and sheet names say what they hold. */
export const STATISTICS_SOURCE_NAMES = chineseNames(StatisticsSource);

export const StatisticsDimension = chineseEnum(STATISTICS_GRAPHQL_NAMES.dimension, '分组维度 what to group by', {
  TOWNSHIP: ['镇街', 'township'],
  UNIT: ['发布单位', 'publishing unit (department or town)'],
  MATTER: ['事项', 'devolved matter'],
  CATEGORY: ['信息类别', 'category (source ALL)'],
  STATUS: ['状态', 'status (licence status with EXPIRED derived; execution status; complaint status)'],
  KIND: ['类别', 'kind (licensing kind, measure kind, document kind …)'],
  CHANNEL: ['渠道', 'complaint channel'],
  HANDLING_UNIT: ['承办单位', 'handling unit of a complaint'],
});
export type StatisticsDimension = EnumValue<typeof StatisticsDimension>;

export const StatisticsPeriod = namedEnum(
  STATISTICS_GRAPHQL_NAMES.period,
  '统计周期 period, in Asia/Shanghai time: 2026-03-15, 2026-03, 2026-Q1, 2026',
  ['DAY', 'MONTH', 'QUARTER', 'YEAR'],
);
export type StatisticsPeriod = EnumValue<typeof StatisticsPeriod>;

export const StatisticsMeasure = chineseEnum(STATISTICS_GRAPHQL_NAMES.measure, '统计指标 what to compute per group', {
  COUNT: ['件数', 'number of records'],
  FINE_TOTAL: ['罚款金额合计', 'total fines, yuan (penalties)'],
  CONFISCATION_TOTAL: ['没收金额合计', 'total confiscations, yuan (penalties)'],
  MEDIAN_HANDLING_DAYS: ['办理时长中位数', 'median days from receipt to closing (closed complaints)'],
  AVERAGE_HANDLING_DAYS: ['平均办理时长', 'average days from receipt to closing (closed complaints)'],
});
export type StatisticsMeasure = EnumValue<typeof StatisticsMeasure>;
