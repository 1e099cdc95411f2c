import { describe, expect, it } from 'vitest';
import { CHART_GROUPS, chartOption, tableOf, type StatisticsAnswer } from './table';

const answer: StatisticsAnswer = {
  source: 'PENALTY',
  groupBy: ['TOWNSHIP'],
  period: 'MONTH',
  measures: ['COUNT', 'FINE_TOTAL'],
  headers: ['镇街', '月份', '件数', '罚款金额（元）'],
  rows: [
    { keys: ['350582001', '2026-03'], labels: ['青阳街道', null], values: ['2', '7000.50'] },
    { keys: ['350582101', '2026-05'], labels: ['安海镇', null], values: ['1', '1200.00'] },
    { keys: [null, '2026-05'], labels: [null, null], values: ['1', null] },
  ],
  totals: ['4', '8200.50'],
};

describe('statistics table and chart', () => {
  it('shows names where the hub gives them, codes and periods otherwise, and a missing key as 未填写', () => {
    const table = tableOf(answer);
    expect(table.headers).toEqual(['镇街', '月份', '件数', '罚款金额（元）']);
    expect(table.rows.map((r) => [...r.groups, ...r.values])).toEqual([
      ['青阳街道', '2026-03', '2', '7000.50'],
      ['安海镇', '2026-05', '1', '1200.00'],
      ['未填写', '2026-05', '1', '—'],
    ]);
    expect(new Set(table.rows.map((r) => r.key)).size).toBe(3);
    expect(table.totals).toEqual(['4', '8200.50']);
  });

  it('charts the chosen measure by group, the groups top down in the table order', () => {
    const { option, shown } = chartOption(answer, 1);
    const yAxis = option.yAxis as { data: string[]; inverse: boolean };
    const [series] = option.series as Array<{ name: string; data: Array<number | null> }>;
    expect(yAxis.data).toEqual(['青阳街道 · 2026-03', '安海镇 · 2026-05', '未填写 · 2026-05']);
    expect(yAxis.inverse).toBe(true);
    expect(series).toMatchObject({ name: '罚款金额（元）', data: [7000.5, 1200, null] });
    expect(shown).toBe(3);
    expect(option.animation).toBe(false);
    expect(option.xAxis).toEqual({ type: 'value' });
    expect(chartOption(answer, 0).option.xAxis).toEqual({ type: 'value', minInterval: 1 });
  });

  it('charts the first groups only when there are many, taller for more bars', () => {
    const many: StatisticsAnswer = {
      ...answer,
      period: null,
      headers: ['镇街', '件数'],
      measures: ['COUNT'],
      rows: Array.from({ length: 50 }, (_, i) => ({ keys: [`t${i}`], labels: [`镇${i}`], values: [String(i)] })),
    };
    const { shown, height, option } = chartOption(many, 0);
    expect(shown).toBe(CHART_GROUPS);
    expect((option.yAxis as { data: string[] }).data).toHaveLength(CHART_GROUPS);
    expect(height).toBeGreaterThan(chartOption(answer, 0).height);
  });

  it('charts a table with no dimension as one bar named 合计', () => {
    const overall: StatisticsAnswer = {
      ...answer,
      groupBy: [],
      period: null,
      headers: ['件数'],
      measures: ['COUNT'],
      rows: [],
      totals: ['9'],
    };
    const { option } = chartOption(overall, 0);
    expect((option.yAxis as { data: string[] }).data).toEqual(['合计']);
    expect((option.series as Array<{ data: number[] }>)[0].data).toEqual([9]);
  });
});
