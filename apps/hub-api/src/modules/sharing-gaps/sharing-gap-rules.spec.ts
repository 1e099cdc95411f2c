import { nearestRank, SILENCE_RULE, silenceVerdict } from './sharing-gap-rules';

const daily = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('sharing gaps: the publisher silence rule', () => {
  it('takes the nearest-rank percentile, as percentile_disc does', () => {
    expect(nearestRank([1, 1, 1, 1, 1, 1, 1, 1, 1, 5], 0.9)).toBe(1);
    expect(nearestRank([1, 1, 1, 1, 1, 1, 1, 1, 5, 5], 0.9)).toBe(5);
    expect(nearestRank([3], 0.9)).toBe(3);
    expect(() => nearestRank([], 0.9)).toThrow();
  });

  it('flags a daily publisher silent for five working days, not one silent for three', () => {
    const pushes = daily(100, 10); // ordinals 100…109: every working day
    expect(silenceVerdict(pushes, 109 + 5)).toEqual({
      pushDays: 10,
      usualIntervalWorkingDays: 1,
      thresholdWorkingDays: SILENCE_RULE.floorWorkingDays,
      silenceWorkingDays: 5,
      silent: true,
    });
    expect(silenceVerdict(pushes, 109 + 3)?.silent).toBe(false);
    expect(silenceVerdict(pushes, 109 + 4)?.silent).toBe(true);
  });

  it('learns a weekly rhythm: two quiet weeks are usual, more is a gap', () => {
    const weekly = [100, 105, 110, 115, 120, 125, 130];
    expect(silenceVerdict(weekly, 130 + 10)).toMatchObject({ usualIntervalWorkingDays: 5, thresholdWorkingDays: 10, silent: false });
    expect(silenceVerdict(weekly, 130 + 11)?.silent).toBe(true);
  });

  it('keeps an occasional slow week inside the usual interval (a high percentile, not the mean)', () => {
    const mostlyDaily = [...daily(100, 19), 123]; // one gap of 5 among 19 of 1
    expect(silenceVerdict(mostlyDaily, 125)).toMatchObject({ usualIntervalWorkingDays: 1, thresholdWorkingDays: 3, silent: false });
  });

  it('gives no verdict on too short a history, and learns from the recent push days only', () => {
    expect(silenceVerdict(daily(100, SILENCE_RULE.minimumGaps), 200)).toBeNull();
    expect(silenceVerdict(daily(100, SILENCE_RULE.minimumGaps + 1), 200)?.silent).toBe(true);
    // Monthly long ago, then daily for the last 21 push days: the old rhythm is forgotten.
    const history = [10, 30, 50, 70, 90, ...daily(100, 21)];
    expect(silenceVerdict(history, 120)).toMatchObject({ pushDays: 21, usualIntervalWorkingDays: 1 });
    // The same day twice is one push day.
    expect(silenceVerdict([...daily(100, 6), 105, 105], 105)?.pushDays).toBe(6);
  });
});
