import { describe, expect, it } from 'vitest';
import { currentQuarter, percent } from './period';

describe('supervision period and rates', () => {
  it('takes the quarter of the Shanghai date, not the UTC one', () => {
    // 16:30 UTC on 31 March is 00:30 on 1 April in Shanghai: the second quarter.
    expect(currentQuarter(new Date('2026-03-31T16:30:00Z'))).toEqual({ kind: 'QUARTER', year: 2026, index: 2 });
    expect(currentQuarter(new Date('2026-03-31T15:30:00Z'))).toEqual({ kind: 'QUARTER', year: 2026, index: 1 });
    expect(currentQuarter(new Date('2026-12-31T15:59:59Z'))).toEqual({ kind: 'QUARTER', year: 2026, index: 4 });
  });

  it('writes a rate as a percentage with one decimal', () => {
    expect(percent(0.875)).toBe('87.5%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(2 / 3)).toBe('66.7%');
  });
});
