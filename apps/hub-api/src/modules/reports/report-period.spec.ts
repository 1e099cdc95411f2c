import { ReportSchedule } from '@hub/shared-schema';
import { firstRunAfter, nextRunAfter, periodBefore, periodLabel } from './report-period';

describe('report periods (Asia/Shanghai)', () => {
  it('first runs at 02:00 Shanghai on the 1st after the current month or quarter', () => {
    expect(firstRunAfter(new Date('2026-11-25T10:00:00Z'), ReportSchedule.MONTHLY).toISOString()).toBe('2026-11-30T18:00:00.000Z');
    expect(firstRunAfter(new Date('2026-11-25T10:00:00Z'), ReportSchedule.QUARTERLY).toISOString()).toBe('2026-12-31T18:00:00.000Z');
    // 31 Dec 17:00 UTC is already 1 January in Shanghai: the current month is January.
    expect(firstRunAfter(new Date('2026-12-31T17:00:00Z'), ReportSchedule.MONTHLY).toISOString()).toBe('2027-01-31T18:00:00.000Z');
    expect(firstRunAfter(new Date('2026-02-10T00:00:00Z'), ReportSchedule.QUARTERLY).toISOString()).toBe('2026-03-31T18:00:00.000Z');
  });

  it('reports the period just ended, months of any length and across years', () => {
    const dec1 = new Date('2026-11-30T18:00:00Z');
    expect(periodBefore(dec1, ReportSchedule.MONTHLY)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(periodBefore(new Date('2028-02-29T18:00:00Z'), ReportSchedule.MONTHLY)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodBefore(new Date('2026-12-31T18:00:00Z'), ReportSchedule.MONTHLY)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodBefore(new Date('2026-12-31T18:00:00Z'), ReportSchedule.QUARTERLY)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodBefore(new Date('2026-03-31T18:00:00Z'), ReportSchedule.QUARTERLY)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('steps one period at a time, so missed periods are each reported', () => {
    let run = new Date('2026-10-31T18:00:00Z'); // 1 November
    const periods: string[] = [];
    for (let i = 0; i < 4; i++, run = nextRunAfter(run, ReportSchedule.MONTHLY))
      periods.push(periodBefore(run, ReportSchedule.MONTHLY).from);
    expect(periods).toEqual(['2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01']);
    expect(nextRunAfter(new Date('2026-12-31T18:00:00Z'), ReportSchedule.QUARTERLY).toISOString()).toBe('2027-03-31T18:00:00.000Z');
  });

  it('runs half-yearly and yearly reports after their half year or year, labelled H1/H2 and by the year', () => {
    expect(firstRunAfter(new Date('2026-08-10T00:00:00Z'), ReportSchedule.HALF_YEARLY).toISOString()).toBe('2026-12-31T18:00:00.000Z');
    expect(firstRunAfter(new Date('2026-03-10T00:00:00Z'), ReportSchedule.HALF_YEARLY).toISOString()).toBe('2026-06-30T18:00:00.000Z');
    expect(firstRunAfter(new Date('2026-03-10T00:00:00Z'), ReportSchedule.YEARLY).toISOString()).toBe('2026-12-31T18:00:00.000Z');
    const h2 = periodBefore(new Date('2026-12-31T18:00:00Z'), ReportSchedule.HALF_YEARLY);
    expect(h2).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(periodLabel(h2, ReportSchedule.HALF_YEARLY)).toBe('2026-H2');
    const year = periodBefore(new Date('2026-12-31T18:00:00Z'), ReportSchedule.YEARLY);
    expect(year).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodLabel(year, ReportSchedule.YEARLY)).toBe('2026');
    expect(nextRunAfter(new Date('2026-06-30T18:00:00Z'), ReportSchedule.HALF_YEARLY).toISOString()).toBe('2026-12-31T18:00:00.000Z');
  });
});
