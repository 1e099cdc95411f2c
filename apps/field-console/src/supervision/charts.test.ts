import { describe, expect, it } from 'vitest';
import { backlogChartOption, barsHeight, rateChartOption } from './charts';

describe('supervision charts', () => {
  it('draws the league rank 1 on top, each rate in percent to one decimal, a unit without a name by its code', () => {
    const option = rateChartOption([
      { unitCode: 'qingyang', unitName: '青阳街道', rate: 1, counted: 3 },
      { unitCode: 'anhai', unitName: '安海镇', rate: 0.875, counted: 8 },
      { unitCode: 'x-unit', unitName: null, rate: 1 / 3, counted: 3 },
    ]) as { yAxis: { data: string[] }; series: { data: number[] }[] };
    expect(option.yAxis.data).toEqual(['x-unit', '安海镇', '青阳街道']);
    expect(option.series[0].data).toEqual([33.3, 87.5, 100]);
  });

  it('stacks overdue and due soon per unit, most overdue on top', () => {
    const option = backlogChartOption([
      { unitCode: 'qingyang', unitName: '青阳街道', overdue: 4, dueSoon: 1 },
      { unitCode: 'anhai', unitName: '安海镇', overdue: 0, dueSoon: 2 },
    ]) as { yAxis: { data: string[] }; series: { name: string; stack: string; data: number[] }[] };
    expect(option.yAxis.data).toEqual(['安海镇', '青阳街道']);
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['逾期', 'open', [0, 4]],
      ['即将到期', 'open', [2, 1]],
    ]);
  });

  it('gives each bar room, with a floor for one or none', () => {
    expect(barsHeight(0)).toBe(120);
    expect(barsHeight(20)).toBe(28 * 20 + 56);
  });
});
