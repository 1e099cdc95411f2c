import type { ExportFormat, ExportStatus, LedgerDimension, LedgerMeasure, LedgerPeriod, LedgerSource } from '../gql/graphql.js';

/**
 * What a statistics definition (统计, `statistics(...)`) may combine, per source, as the hub declares it
 * beside each category (apps/hub-api/src/modules/<category>/<category>.category.ts, statistics-sql.ts): the
 * hub answers any other combination BAD_USER_INPUT, so the screen offers only these. The browser e2e
 * checks this table against what the hub accepts, source by source (field-console-statistics.e2e-spec.ts).
 * No runtime imports, and the type import written with `.js`: that spec loads this file under Jest, and
 * the hub's tsconfig (nodenext) checks it.
 */
export const SOURCE_OPTIONS: Record<LedgerSource, { dimensions: readonly LedgerDimension[]; measures: readonly LedgerMeasure[] }> = {
  PENALTY: { dimensions: ['TOWNSHIP', 'UNIT', 'MATTER', 'STATUS', 'KIND'], measures: ['COUNT', 'FINE_TOTAL', 'CONFISCATION_TOTAL'] },
  LICENSING: { dimensions: ['TOWNSHIP', 'UNIT', 'MATTER', 'STATUS', 'KIND'], measures: ['COUNT'] },
  COMPLAINT: {
    dimensions: ['TOWNSHIP', 'UNIT', 'MATTER', 'STATUS', 'CHANNEL', 'HANDLING_UNIT'],
    measures: ['COUNT', 'MEDIAN_HANDLING_DAYS', 'AVERAGE_HANDLING_DAYS'],
  },
  NORMATIVE: { dimensions: ['UNIT', 'MATTER', 'KIND'], measures: ['COUNT'] },
  DEVICE: { dimensions: ['TOWNSHIP', 'UNIT', 'STATUS', 'KIND'], measures: ['COUNT'] },
  OTHER: { dimensions: ['TOWNSHIP', 'UNIT', 'MATTER', 'KIND'], measures: ['COUNT'] },
  // Every category together: counts only, by category and what every category has.
  ALL: { dimensions: ['CATEGORY', 'TOWNSHIP', 'UNIT', 'MATTER'], measures: ['COUNT'] },
};

/** The hub's limit on dimensions per definition (LedgerDefinitionInput.groupBy: "Up to 4 dimensions"). */
export const MAX_DIMENSIONS = 4;

/** The Chinese names, as the schema's descriptions give them (统计对象, 分组维度, 统计指标, 统计周期). */
export const LEDGER_SOURCE: Record<LedgerSource, string> = {
  PENALTY: '处罚信息',
  LICENSING: '许可信息',
  COMPLAINT: '举报投诉',
  NORMATIVE: '规范性文件',
  DEVICE: '监控设备',
  OTHER: '其他执法信息',
  ALL: '全部类别',
};

export const LEDGER_DIMENSION: Record<LedgerDimension, string> = {
  TOWNSHIP: '镇街',
  UNIT: '发布单位',
  MATTER: '事项',
  CATEGORY: '信息类别',
  STATUS: '状态',
  KIND: '类别',
  CHANNEL: '渠道',
  HANDLING_UNIT: '承办单位',
};

export const LEDGER_MEASURE: Record<LedgerMeasure, string> = {
  COUNT: '件数',
  FINE_TOTAL: '罚款金额合计',
  CONFISCATION_TOTAL: '没收金额合计',
  MEDIAN_HANDLING_DAYS: '办理时长中位数',
  AVERAGE_HANDLING_DAYS: '平均办理时长',
};

export const LEDGER_PERIOD: Record<LedgerPeriod, string> = { DAY: '按日', MONTH: '按月', QUARTER: '按季度', YEAR: '按年' };

export const EXPORT_STATUS: Record<ExportStatus, string> = { QUEUED: '排队中', RUNNING: '导出中', DONE: '已完成', FAILED: '导出失败' };

export const EXPORT_FORMAT: Record<ExportFormat, string> = { XLSX: 'Excel（XLSX）', CSV: 'CSV（UTF-8）' };

/**
 * The definition kept to what `source` allows: dimensions and measures it lacks are dropped (a statistician
 * who switches from 处罚信息 to 许可信息 loses 罚款金额合计, not the whole form), and 件数 stands in when no
 * measure is left.
 */
export function fitToSource(
  source: LedgerSource,
  groupBy: readonly LedgerDimension[],
  measures: readonly LedgerMeasure[],
): { groupBy: LedgerDimension[]; measures: LedgerMeasure[] } {
  const allowed = SOURCE_OPTIONS[source];
  const kept = measures.filter((m) => allowed.measures.includes(m));
  return {
    groupBy: groupBy.filter((d) => allowed.dimensions.includes(d)).slice(0, MAX_DIMENSIONS),
    measures: kept.length ? kept : ['COUNT'],
  };
}
