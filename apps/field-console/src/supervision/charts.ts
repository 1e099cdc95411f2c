import type { EChartsCoreOption } from 'echarts/core';

/** A row of the league as the chart needs it. */
export interface RateRow {
  unitCode: string;
  unitName: string | null;
  rate: number;
  counted: number;
}

/** A unit's open deadlines as the chart needs them. */
export interface BacklogRow {
  unitCode: string;
  unitName: string | null;
  overdue: number;
  dueSoon: number;
}

/** Height that gives each unit a readable bar on a phone (19 towns and the departments fit on a scroll). */
export const barsHeight = (rows: number): number => Math.max(120, 28 * rows + 56);

const name = (row: { unitCode: string; unitName: string | null }) => row.unitName ?? row.unitCode;

/**
 * 按时率 per unit, a horizontal bar each, first-ranked on top (the league's order, as the hub ranks it),
 * each labelled with its rate as the office writes it (87.5%).
 */
export function rateChartOption(rows: readonly RateRow[]): EChartsCoreOption {
  // ECharts draws a category axis from the bottom up: the rows go in reversed so rank 1 is on top.
  const ordered = [...rows].reverse();
  return {
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: ordered.map(name), axisTick: { show: false } },
    series: [
      {
        name: '按时率',
        type: 'bar',
        data: ordered.map((row) => Math.round(row.rate * 1000) / 10),
        label: { show: true, position: 'right', formatter: '{c}%' },
        itemStyle: { color: '#1677ff' },
      },
    ],
  };
}

/** 逾期 and 即将到期 per unit, stacked, the units in the hub's order (most overdue first, on top). */
export function backlogChartOption(rows: readonly BacklogRow[]): EChartsCoreOption {
  const ordered = [...rows].reverse();
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 32, bottom: 24, containLabel: true },
    legend: { data: ['逾期', '即将到期'], top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: ordered.map(name), axisTick: { show: false } },
    series: [
      { name: '逾期', type: 'bar', stack: 'open', data: ordered.map((row) => row.overdue), itemStyle: { color: '#ff3141' } },
      { name: '即将到期', type: 'bar', stack: 'open', data: ordered.map((row) => row.dueSoon), itemStyle: { color: '#ff8f1f' } },
    ],
  };
}
