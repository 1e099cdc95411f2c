import { hoursDueAt, isValidRule, reminderAt, ruleColumns, ruleOf } from './deadline-times';

describe('deadline times', () => {
  it('remind a working-day deadline at the start of its last working day', () => {
    // Due Monday 2026-03-09 23:59:59.999 Shanghai: reminded Monday 00:00, not over the weekend.
    const due = new Date('2026-03-09T15:59:59.999Z');
    expect(reminderAt({ workingDays: 5 }, new Date('2026-03-02T02:00:00Z'), due)).toEqual(new Date('2026-03-08T16:00:00Z'));
  });

  it('remind an hours rule after three quarters of it, at most 24 hours before it ends', () => {
    const start = new Date('2026-03-02T02:00:00Z');
    expect(reminderAt({ hours: 24 }, start, hoursDueAt(start, 24))).toEqual(new Date('2026-03-02T20:00:00Z'));
    expect(reminderAt({ hours: 240 }, start, hoursDueAt(start, 240))).toEqual(new Date('2026-03-11T02:00:00Z'));
  });

  it('remind across a month and a year boundary at 00:00 Shanghai, which is 16:00 UTC the day before', () => {
    expect(reminderAt({ workingDays: 1 }, new Date('2026-12-30T02:00:00Z'), new Date('2027-01-01T15:59:59.999Z'))).toEqual(
      new Date('2026-12-31T16:00:00Z'),
    );
  });

  it('give no reminder that would not come after the start', () => {
    // A start late on the due day itself (a deadline moved shorter than the time already run).
    const due = new Date('2026-03-09T15:59:59.999Z');
    expect(reminderAt({ workingDays: 1 }, new Date('2026-03-09T10:00:00Z'), due)).toBeNull();
  });

  it('count hours as clock time', () => {
    expect(hoursDueAt(new Date('2026-01-31T20:00:00Z'), 24)).toEqual(new Date('2026-02-01T20:00:00Z'));
  });

  it('accept exactly one whole positive length within a year', () => {
    expect([{ workingDays: 5 }, { hours: 24 }, { workingDays: 260 }, { hours: 8784 }].every(isValidRule)).toBe(true);
    const bad = [{}, { workingDays: 0 }, { hours: -1 }, { hours: 1.5 }, { workingDays: 5, hours: 24 }, { days: 5 }, { workingDays: '5' }];
    expect(bad.filter(isValidRule)).toEqual([]);
    expect([null, 5, 'x', { workingDays: 261 }, { hours: 8785 }].filter(isValidRule)).toEqual([]);
  });

  it('store a rule as its two columns and read it back', () => {
    expect(ruleColumns({ workingDays: 5 })).toEqual({ ruleWorkingDays: 5, ruleHours: null });
    expect(ruleOf(ruleColumns({ hours: 24 }))).toEqual({ hours: 24 });
    expect(ruleOf(ruleColumns({ workingDays: 10 }))).toEqual({ workingDays: 10 });
  });
});
