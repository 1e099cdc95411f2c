/**
 * The rules of the sharing gaps (共享缺失, §6(3)), their parameters in one place. sharing-gaps.sql.ts runs
 * them in SQL with these parameters; the functions below are the same rule in TypeScript, the one the
 * unit spec holds down (sharing-gap-rules.spec.ts) and the e2e spec checks the SQL against.
 */

/**
 * PUBLISHER_SILENT: when has a publisher's silence on a category gone on too long? Publishers differ
 * (one pushes licences every working day, another a normative document a month), so the hub learns
 * each (unit, category)'s own rhythm from its history instead of one fixed limit:
 * - history: its last `historyPushDays` push days (a Shanghai calendar day with at least one record
 *   published or revised), so the rhythm follows recent behaviour and a publisher silent for a year is
 *   still compared with how it pushed before it stopped;
 * - the gaps between consecutive push days are counted in working days (a push on a weekend or holiday
 *   counts for the working day before it, and merges with a push on that day), so a long weekend or the
 *   Spring Festival is not a silence;
 * - no verdict before `minimumGaps` gaps: too little history to know what "usual" is;
 * - usual interval = the `percentile` (nearest rank) of those gaps: a high percentile, so the occasional
 *   slow week of a regular publisher is part of its usual, and one unlucky day is not a gap;
 * - threshold = `multiple` × the usual interval, at least `floorWorkingDays`: a daily publisher is
 *   flagged after 3 silent working days (so "nothing for five working days" always is), a weekly one
 *   after 10;
 * - silence = the working days that ended since its last push day (today counts once it is over).
 * Silent when silence > threshold.
 */
export const SILENCE_RULE = {
  historyPushDays: 21,
  minimumGaps: 5,
  percentile: 0.9,
  multiple: 2,
  floorWorkingDays: 3,
} as const;

export type SilenceRule = { readonly [K in keyof typeof SILENCE_RULE]: number };

/**
 * NORMATIVE_UNACKNOWLEDGED (§4(1)1: the department makes sure the towns know of a change): a town has
 * this many working days after the day of the change event (not counted) for one of its subscriptions
 * to consume it; local policy, the same 3 working days a town's system polling daily easily keeps.
 */
export const NORMATIVE_ACKNOWLEDGE_WORKING_DAYS = 3;

/** The nearest-rank percentile (the smallest value with at least `p` of the values at or below it), as SQL's percentile_disc. */
export function nearestRank(values: readonly number[], p: number): number {
  if (!values.length) throw new Error('nearestRank of no values');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

export interface SilenceVerdict {
  /** Working days with a push the rhythm was learnt from (at most historyPushDays). */
  pushDays: number;
  usualIntervalWorkingDays: number;
  thresholdWorkingDays: number;
  silenceWorkingDays: number;
  silent: boolean;
}

/**
 * The rule on one (unit, category): `pushOrdinals` are the working-day ordinals of its push days, one
 * per calendar push day in any order (a weekend push has the ordinal of the working day before it, so
 * two may be equal), `endedToday` the ordinal of the last working day that has ended. The last
 * `historyPushDays` calendar push days are taken, then merged by ordinal. Null when the history is too
 * short to judge.
 */
export function silenceVerdict(
  pushOrdinals: readonly number[],
  endedToday: number,
  rule: SilenceRule = SILENCE_RULE,
): SilenceVerdict | null {
  const recent = [...pushOrdinals].sort((a, b) => b - a).slice(0, rule.historyPushDays);
  const days = [...new Set(recent)];
  const gaps = days.slice(1).map((day, i) => days[i] - day);
  if (gaps.length < rule.minimumGaps) return null;
  const usual = nearestRank(gaps, rule.percentile);
  const threshold = Math.max(rule.floorWorkingDays, Math.ceil(rule.multiple * usual));
  const silence = endedToday - days[0];
  return {
    pushDays: days.length,
    usualIntervalWorkingDays: usual,
    thresholdWorkingDays: threshold,
    silenceWorkingDays: silence,
    silent: silence > threshold,
  };
}
