import { periodBounds, periodStartingOn, previousPeriod } from './supervision-period';

describe('supervision periods (Asia/Shanghai)', () => {
  it('bounds a quarter by Shanghai midnights: Q1 2026 is 1 January to 31 March, from 16:00 UTC the day before', () => {
    expect(periodBounds('QUARTER', 2026, 1)).toEqual({
      kind: 'QUARTER',
      year: 2026,
      index: 1,
      from: '2026-01-01',
      to: '2026-03-31',
      start: new Date('2025-12-31T16:00:00.000Z'),
      end: new Date('2026-03-31T16:00:00.000Z'),
      label: '2026-Q1',
    });
    // An instant at 23:30 on 31 March in Shanghai is in Q1; 00:30 on 1 April is not (both 31 March in UTC).
    const q1 = periodBounds('QUARTER', 2026, 1)!;
    const lateMarch = new Date('2026-03-31T15:30:00Z');
    const earlyApril = new Date('2026-03-31T16:30:00Z');
    expect(lateMarch >= q1.start && lateMarch < q1.end).toBe(true);
    expect(earlyApril >= q1.start && earlyApril < q1.end).toBe(false);
    expect(periodBounds('QUARTER', 2026, 4)).toMatchObject({ from: '2026-10-01', to: '2026-12-31', end: new Date('2026-12-31T16:00:00Z') });
  });

  it('bounds half years, months (February of a leap year) and years', () => {
    expect(periodBounds('HALF_YEAR', 2026, 1)).toMatchObject({ from: '2026-01-01', to: '2026-06-30', label: '2026-H1' });
    expect(periodBounds('HALF_YEAR', 2026, 2)).toMatchObject({
      from: '2026-07-01',
      to: '2026-12-31',
      start: new Date('2026-06-30T16:00:00Z'),
      label: '2026-H2',
    });
    expect(periodBounds('MONTH', 2028, 2)).toMatchObject({ from: '2028-02-01', to: '2028-02-29', label: '2028-02' });
    expect(periodBounds('YEAR', 2026, 1)).toMatchObject({ from: '2026-01-01', to: '2026-12-31', label: '2026' });
  });

  it('refuses an index the kind does not have', () => {
    expect(periodBounds('QUARTER', 2026, 5)).toBeNull();
    expect(periodBounds('HALF_YEAR', 2026, 3)).toBeNull();
    expect(periodBounds('YEAR', 2026, 2)).toBeNull();
    expect(periodBounds('MONTH', 2026, 0)).toBeNull();
    expect(periodBounds('MONTH', 2026, 12)).not.toBeNull();
  });

  it('steps back to the previous period of the same kind across a year', () => {
    expect(previousPeriod({ kind: 'QUARTER', year: 2026, index: 1 })).toMatchObject({ year: 2025, index: 4, from: '2025-10-01' });
    expect(previousPeriod({ kind: 'HALF_YEAR', year: 2026, index: 2 })).toMatchObject({ year: 2026, index: 1 });
    expect(previousPeriod({ kind: 'MONTH', year: 2026, index: 1 })).toMatchObject({ year: 2025, index: 12, to: '2025-12-31' });
    expect(previousPeriod({ kind: 'YEAR', year: 2026, index: 1 })).toMatchObject({ year: 2025, index: 1 });
  });

  it('finds the period a saved report run reports from its first day', () => {
    expect(periodStartingOn('QUARTER', '2026-10-01')).toMatchObject({ index: 4, label: '2026-Q4' });
    expect(periodStartingOn('HALF_YEAR', '2026-07-01')).toMatchObject({ index: 2 });
    expect(periodStartingOn('QUARTER', '2026-11-01')).toBeNull();
  });
});
