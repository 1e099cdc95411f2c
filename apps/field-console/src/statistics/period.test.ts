import { describe, expect, it } from 'vitest';
import { presetRange, rangeText } from './period';

describe('statistics date ranges', () => {
  const midMay = new Date('2026-05-15T04:00:00Z');

  it('gives whole months, quarters and years around the day', () => {
    expect(presetRange('THIS_MONTH', midMay)).toEqual({ from: '2026-05-01', to: '2026-05-31' });
    expect(presetRange('LAST_MONTH', midMay)).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(presetRange('THIS_QUARTER', midMay)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(presetRange('LAST_QUARTER', midMay)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetRange('THIS_YEAR', midMay)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetRange('LAST_YEAR', midMay)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetRange('ALL_TIME', midMay)).toEqual({});
  });

  it('crosses into the year before in January, and knows February in a leap year', () => {
    const january = new Date('2028-01-10T04:00:00Z');
    expect(presetRange('LAST_MONTH', january)).toEqual({ from: '2027-12-01', to: '2027-12-31' });
    expect(presetRange('LAST_QUARTER', january)).toEqual({ from: '2027-10-01', to: '2027-12-31' });
    expect(presetRange('LAST_MONTH', new Date('2028-03-05T04:00:00Z'))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('takes the Shanghai date, not the UTC one', () => {
    // 16:30 UTC on 31 March is 00:30 on 1 April in Shanghai.
    expect(presetRange('THIS_MONTH', new Date('2026-03-31T16:30:00Z'))).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(presetRange('THIS_QUARTER', new Date('2026-03-31T15:30:00Z'))).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('writes the range under the table', () => {
    expect(rangeText({ from: '2026-01-01', to: '2026-12-31' })).toBe('2026-01-01 至 2026-12-31');
    expect(rangeText({})).toBe('全部日期');
  });
});
