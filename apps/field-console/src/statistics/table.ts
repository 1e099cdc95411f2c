import type { ConsoleStatisticsQuery } from '../gql/graphql';

export type StatisticsAnswer = ConsoleStatisticsQuery['statistics'];

/** One row of the table as shown: the group's cells (names where the hub gives them, else codes), then its measures. */
export interface TableRow {
  key: string;
  groups: string[];
  values: string[];
}

/** A key the record has none for (no township on a department's normative document …). */
export const NO_VALUE = '未填写';

/** The table a statistics answer makes: its headers as the hub writes them, one row per group, the 合计 row. */
export function tableOf(answer: StatisticsAnswer): { headers: string[]; rows: TableRow[]; totals: string[] } {
  return {
    headers: answer.headers,
    rows: answer.rows.map((row) => ({
      key: row.keys.map((k) => k ?? '').join('\u0000'),
      groups: row.keys.map((key, i) => row.labels[i] ?? key ?? NO_VALUE),
      values: row.values.map((value) => value ?? '—'),
    })),
    totals: answer.totals.map((value) => value ?? '—'),
  };
}

/** More bars than this do not read on a phone: the chart shows the first ones and says so. */
export const CHART_GROUPS = 30;

/**
 * The bar chart of one measure (`measure`, its index in the answer) by group: horizontal bars, so that the
 * Chinese names of towns and units read at 390 px; the groups in the table's order, top down. Drawn as
 * SVG without animation (the labels are in the page at once). Values are the hub's decimal text.
 */
export function chartOption(answer: StatisticsAnswer, measure: number): { option: Record<string, unknown>; shown: number; height: number } {
  const table = tableOf(answer);
  // No dimension and no period: the hub answers the totals alone, one bar.
  const ungrouped = answer.groupBy.length === 0 && !answer.period;
  const rows = ungrouped ? [{ key: '', groups: [], values: table.totals }] : table.rows;
  const shown = rows.slice(0, CHART_GROUPS);
  const labels = shown.map((row) => row.groups.join(' · ') || '合计');
  const values = shown.map((row) => {
    const number = Number(row.values[measure]);
    return Number.isFinite(number) ? number : null;
  });
  const keyCount = answer.groupBy.length + (answer.period ? 1 : 0);
  const name = answer.headers[keyCount + measure] ?? '';
  return {
    shown: shown.length,
    height: Math.max(160, 48 + shown.length * 28),
    option: {
      animation: false,
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      // A count has no halves on its axis.
      xAxis: { type: 'value', ...(answer.measures[measure] === 'COUNT' ? { minInterval: 1 } : {}) },
      // Top down in the table's order: a category axis draws its first entry at the bottom.
      yAxis: { type: 'category', inverse: true, data: labels, axisLabel: { width: 120, overflow: 'truncate' } },
      series: [{ type: 'bar', name, data: values, label: { show: true, position: 'right' }, itemStyle: { color: '#1d5fbf' } }],
    },
  };
}
