import { describe, expect, it } from 'vitest';
import { EXPORT_STATUS, fitToSource, LEDGER_DIMENSION, LEDGER_MEASURE, LEDGER_SOURCE, SOURCE_OPTIONS } from './definition';
import { mayUseStatistics } from './roles';

describe('statistics definition', () => {
  it('keeps what the new source has when the source changes, and 件数 when no measure is left', () => {
    expect(fitToSource('LICENSING', ['TOWNSHIP', 'STATUS'], ['COUNT', 'FINE_TOTAL'])).toEqual({
      groupBy: ['TOWNSHIP', 'STATUS'],
      measures: ['COUNT'],
    });
    expect(fitToSource('NORMATIVE', ['TOWNSHIP', 'KIND'], ['FINE_TOTAL'])).toEqual({ groupBy: ['KIND'], measures: ['COUNT'] });
    expect(fitToSource('ALL', ['CATEGORY', 'CHANNEL', 'TOWNSHIP'], ['COUNT'])).toEqual({
      groupBy: ['CATEGORY', 'TOWNSHIP'],
      measures: ['COUNT'],
    });
    expect(fitToSource('COMPLAINT', ['TOWNSHIP', 'UNIT', 'MATTER', 'STATUS', 'CHANNEL'], ['MEDIAN_HANDLING_DAYS']).groupBy).toHaveLength(4);
  });

  it('offers 件数 on every source and names every code in Chinese', () => {
    for (const { measures } of Object.values(SOURCE_OPTIONS)) expect(measures).toContain('COUNT');
    for (const names of [LEDGER_SOURCE, LEDGER_DIMENSION, LEDGER_MEASURE, EXPORT_STATUS]) {
      for (const [code, name] of Object.entries(names)) {
        expect(name).not.toBe(code);
        expect(name).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('shows the tab to the people who sign in, not to a system key', () => {
    expect(mayUseStatistics(['STATISTICIAN'])).toBe(true);
    expect(mayUseStatistics(['OFFICER'])).toBe(true);
    expect(mayUseStatistics(['CONNECTOR'])).toBe(false);
    expect(mayUseStatistics([])).toBe(false);
  });
});
