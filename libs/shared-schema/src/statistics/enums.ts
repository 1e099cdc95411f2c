import { registerEnumType } from '@nestjs/graphql';
import { describedValues } from '../common/chinese-names';

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
export enum StatisticsSource {
  LICENSING = 'LICENSING',
  PENALTY = 'PENALTY',
  COMPLAINT = 'COMPLAINT',
  NORMATIVE = 'NORMATIVE',
  DEVICE = 'DEVICE',
  OTHER = 'OTHER',
  ALL = 'ALL',
}
/** 统计对象 by name, as export titles and sheet names say what they hold. */
export const STATISTICS_SOURCE_NAMES: Record<StatisticsSource, string> = {
  LICENSING: '许可信息',
  PENALTY: '处罚信息',
  COMPLAINT: '举报投诉',
  NORMATIVE: '规范性文件',
  DEVICE: '监控设备',
  OTHER: '其他执法信息',
  ALL: '全部类别',
};
registerEnumType(StatisticsSource, {
  name: STATISTICS_GRAPHQL_NAMES.source,
  description: '统计对象 what the statistics count',
  valuesMap: describedValues(STATISTICS_SOURCE_NAMES, {
    LICENSING: 'licensing decisions (by decision date)',
    PENALTY: 'penalties (by decision date)',
    COMPLAINT: 'complaints (by date received)',
    NORMATIVE: 'normative documents (by effective date)',
    DEVICE: 'surveillance devices (by registration)',
    OTHER: 'other enforcement information (by publication)',
    ALL: 'every category together: count only',
  }),
});

export enum StatisticsDimension {
  TOWNSHIP = 'TOWNSHIP',
  UNIT = 'UNIT',
  MATTER = 'MATTER',
  CATEGORY = 'CATEGORY',
  STATUS = 'STATUS',
  KIND = 'KIND',
  CHANNEL = 'CHANNEL',
  HANDLING_UNIT = 'HANDLING_UNIT',
}
registerEnumType(StatisticsDimension, {
  name: STATISTICS_GRAPHQL_NAMES.dimension,
  description: '分组维度 what to group by',
  valuesMap: {
    TOWNSHIP: { description: '镇街 township' },
    UNIT: { description: '发布单位 publishing unit (department or town)' },
    MATTER: { description: '事项 devolved matter' },
    CATEGORY: { description: '信息类别 category (source ALL)' },
    STATUS: { description: '状态 status (licence status with EXPIRED derived; execution status; complaint status)' },
    KIND: { description: '类别 kind (licensing kind, measure kind, document kind …)' },
    CHANNEL: { description: '渠道 complaint channel' },
    HANDLING_UNIT: { description: '承办单位 handling unit of a complaint' },
  },
});

export enum StatisticsPeriod {
  DAY = 'DAY',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(StatisticsPeriod, {
  name: STATISTICS_GRAPHQL_NAMES.period,
  description: '统计周期 period, in Asia/Shanghai time: 2026-03-15, 2026-03, 2026-Q1, 2026',
});

export enum StatisticsMeasure {
  COUNT = 'COUNT',
  FINE_TOTAL = 'FINE_TOTAL',
  CONFISCATION_TOTAL = 'CONFISCATION_TOTAL',
  MEDIAN_HANDLING_DAYS = 'MEDIAN_HANDLING_DAYS',
  AVERAGE_HANDLING_DAYS = 'AVERAGE_HANDLING_DAYS',
}
registerEnumType(StatisticsMeasure, {
  name: STATISTICS_GRAPHQL_NAMES.measure,
  description: '统计指标 what to compute per group',
  valuesMap: {
    COUNT: { description: '件数 number of records' },
    FINE_TOTAL: { description: '罚款金额合计 total fines, yuan (penalties)' },
    CONFISCATION_TOTAL: { description: '没收金额合计 total confiscations, yuan (penalties)' },
    MEDIAN_HANDLING_DAYS: { description: '办理时长中位数 median days from receipt to closing (closed complaints)' },
    AVERAGE_HANDLING_DAYS: { description: '平均办理时长 average days from receipt to closing (closed complaints)' },
  },
});
