import { chineseNames, SupervisionMeasure, SupervisionPeriodInput } from '@hub/shared-schema';
import { periodBounds, periodsPerYear, SupervisionPeriodBounds } from './supervision-period';
import { SupervisionErrors } from './supervision.errors';
import { itemTypeName, kindName } from '../deadlines/deadline-names';

export { itemTypeName, kindName };

export const MEASURE_NAMES = chineseNames(SupervisionMeasure);

/** A period input as bounds, refused when its index is not one of its kind's (`at` prefixes the field). */
export function resolvePeriod(input: SupervisionPeriodInput, at = ''): SupervisionPeriodBounds {
  const bounds = periodBounds(input.kind, input.year, input.index ?? 1);
  if (!bounds) throw SupervisionErrors.periodIndex(at, input.kind, periodsPerYear(input.kind));
  return bounds;
}

/**
 * The rules of supervision (§6(3): units are accountable for refusing to transfer, to assist or to share,
 * and for passing the buck), in one place.
 *
 * 责任单位: each deadline names the unit whose act it waits for (`deadline.owner_unit_code`, declared beside
 * each deadline in the lifecycles): sending a transfer is the sender's, its answer and its result the
 * receiver's (§4(3)3, §2(1), §2(2)), a complaint's periods its first receiver's (§4(2) 首问负责制), an
 * assistance request's answer the requested unit's (§5). Supervision reads only that column, so any
 * workflow's deadlines (a joint meeting's action items, §4(4)) count without a change here.
 *
 * Which deadlines count in a period (SQL in supervision.sql.ts, `COUNTED_IN_PERIOD` and the FILTERs):
 * - counted: not CANCELLED (a withdrawn item's deadline holds no one to account) and due in the period
 *   (`due_at` within its Shanghai bounds, start inclusive, end exclusive);
 * - on time: closed MET at or before `due_at`;
 * - late: closed MET after `due_at`, or still open and past `due_at` at the Clock's now (of these, the
 *   open ones are `openOverdue`);
 * - pending: open and not yet due: listed, but in neither the rate's numerator nor its denominator;
 * - rate = onTime / (onTime + late), null when nothing is counted.
 * A complaint's INITIAL_CHECK (the first receiver's check whether the matter is its own, §4(2)) is not
 * counted in the rates: what the complainant is owed is the answer (ANSWER, counted), and a late check
 * already shows in the overdue list; counting both would weigh one complaint twice.
 */
export const MEASURES: Record<SupervisionMeasure, { itemType: string; kind: string; clause: string }> = {
  TRANSFER_SEND: { itemType: 'transfer', kind: 'SEND', clause: '§4(3)3' },
  TRANSFER_ANSWER: { itemType: 'transfer', kind: 'ANSWER', clause: '§4(3)3' },
  TRANSFER_RESULT: { itemType: 'transfer', kind: 'RESULT', clause: '§2(1), §2(2)' },
  COMPLAINT_ANSWER: { itemType: 'complaint', kind: 'ANSWER', clause: '§4(2)' },
  ASSISTANCE_ANSWER: { itemType: 'assistance', kind: 'ANSWER', clause: '§5' },
};

/** The deadline kinds left out of the rates (see above); the overdue list still shows them. */
export const NOT_COUNTED_IN_RATES: ReadonlyArray<{ itemType: string; kind: string }> = [{ itemType: 'complaint', kind: 'INITIAL_CHECK' }];

export function measureOf(itemType: string, kind: string): SupervisionMeasure | null {
  const found = (Object.keys(MEASURES) as SupervisionMeasure[]).find((m) => MEASURES[m].itemType === itemType && MEASURES[m].kind === kind);
  return found ?? null;
}

/** A measure's (or any counted kind's) name on a sheet: 案件移送, 移送答复 … or 联席会议督办事项·落实督办事项. */
export function rateName(itemType: string, kind: string, measureNames: Record<string, string>): string {
  const measure = measureOf(itemType, kind);
  return measure ? measureNames[measure] : `${itemTypeName(itemType)}·${kindName(itemType, kind)}`;
}

/** 按时率: on time over counted (on time + late); null when nothing is counted. */
export function onTimeRate(onTime: number, late: number): number | null {
  return onTime + late === 0 ? null : onTime / (onTime + late);
}

/**
 * 通报 (the league table): units ranked by the overall on-time rate over all their counted deadlines,
 * higher first; ties by more counted deadlines, then by unit code. Units with no counted deadline in the
 * period are left out (a rate of nothing ranks no one). Rank change = previous rank - rank (positive:
 * moved up), null when the unit was not ranked in the previous period of the same kind.
 */
export const LEAGUE_ORDER = 'rate DESC, counted DESC, unit_code';
