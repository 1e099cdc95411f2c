import { Injectable } from '@nestjs/common';
import {
  SupervisionItem,
  SupervisionItemsArgs,
  SupervisionItemsFilter,
  SupervisionItemState,
  SupervisionLeague,
  SupervisionMeasure,
  SupervisionPeriod,
  SupervisionPeriodArgs,
  SupervisionRate,
  SupervisionReport,
  SupervisionSummaryArgs,
  SupervisionUnitReport,
  SupervisionUnitSummary,
} from '@hub/shared-schema';
import { RequestContext } from '../../common/context/request-context';
import { decodeKeysetCursor, TIMESTAMP_KEY, toConnection } from '../../common/pagination/cursor';
import { shanghaiDateOf } from '../../common/time/shanghai-date';
import { WorkingCalendar } from '../calendar/working-calendar.service';
import { previousPeriod, SupervisionPeriodBounds } from './supervision-period';
import { MEASURE_NAMES, MEASURES, itemTypeName, kindName, measureOf, onTimeRate, rateName, resolvePeriod } from './supervision-rules';
import { OpenDeadlineRowSql, RateRowSql, SupervisionRepository } from './supervision.repository';
import { OpenDeadlineFilter } from './supervision.sql';

/** The counts of a supervision report beyond its rates, each one statement: which of them to run. */
export interface ReportParts {
  /** 不予接收 and 报请市政府 (§4(3)3). */
  declines: boolean;
  /** 拒绝协助 with their grounds (§5(1)). */
  refusals: boolean;
  /** 涉刑移送 open and 以罚代刑 flags (§4(5)). */
  referrals: boolean;
}
const ALL_PARTS: ReportParts = { declines: true, refusals: true, referrals: true };

const toPeriod = (p: SupervisionPeriodBounds): SupervisionPeriod => ({
  kind: p.kind,
  year: p.year,
  index: p.index,
  from: p.from,
  to: p.to,
  label: p.label,
});

function rateOf(itemType: string, kind: string, rows: RateRowSql[]): SupervisionRate {
  const sum = (key: 'due' | 'on_time' | 'late' | 'open_overdue') => rows.reduce((n, row) => n + Number(row[key]), 0);
  const [due, onTime, late, openOverdue] = [sum('due'), sum('on_time'), sum('late'), sum('open_overdue')];
  return {
    measure: measureOf(itemType, kind),
    itemType,
    kind,
    name: itemType === '*' ? '综合' : rateName(itemType, kind, MEASURE_NAMES),
    due,
    onTime,
    late,
    openOverdue,
    pending: due - onTime - late,
    rate: onTimeRate(onTime, late),
  };
}

/**
 * Supervision (督查, §6(3), §4(4)1②): open deadlines overdue or due soon by 责任单位, on-time rates per
 * unit and period with the counts behind them, declines, escalations, refusals and criminal referrals,
 * and the league table. Aggregated in PostgreSQL (supervision.sql.ts); working days on the official
 * calendar (WorkingCalendar: a year it does not hold is CALENDAR_YEAR_MISSING, never a guess).
 */
@Injectable()
export class SupervisionService {
  constructor(
    private readonly repository: SupervisionRepository,
    private readonly calendar: WorkingCalendar,
  ) {}

  private async openFilter(ctx: RequestContext, filter: SupervisionItemsFilter | null | undefined) {
    const f: OpenDeadlineFilter = {
      unitCodes: filter?.unitCodes ?? null,
      itemTypes: filter?.itemTypes ?? null,
      kinds: filter?.kinds ?? null,
      state: filter?.state ?? null,
    };
    // Due soon: due by the end of the N-th working day after today (default 1), or already reminded.
    const soonUntil = await this.calendar.addWorkingDays(ctx.now(), filter?.dueWithinWorkingDays ?? 1, 'filter.dueWithinWorkingDays');
    return { f, soonUntil };
  }

  /** Working days after the due date up to today (the Clock's): 3 when three working days have passed since. */
  private workingDaysOverdue(ctx: RequestContext, dueAt: Date): Promise<number> {
    return this.calendar.workingDaysBetween(shanghaiDateOf(dueAt), ctx.today());
  }

  async items(ctx: RequestContext, args: SupervisionItemsArgs) {
    const { f, soonUntil } = await this.openFilter(ctx, args.filter);
    const after = decodeKeysetCursor(args.after, TIMESTAMP_KEY);
    const rows = await this.repository.openPage(f, ctx.now(), soonUntil, after && { dueAt: after.value, id: after.id }, args.first + 1);
    const items = await Promise.all(rows.map((row) => this.toItem(ctx, row)));
    return toConnection(
      items,
      args.first,
      (item) => `${item.dueAt.toISOString()}|${item.deadlineId}`,
      (item) => item,
    );
  }

  private async toItem(ctx: RequestContext, row: OpenDeadlineRowSql): Promise<SupervisionItem> {
    const dueAt = new Date(row.due_at);
    return {
      deadlineId: row.id,
      itemType: row.item_type,
      itemTypeName: itemTypeName(row.item_type),
      itemId: row.item_id,
      kind: row.kind,
      kindName: kindName(row.item_type, row.kind),
      clause: row.clause,
      ownerUnitCode: row.owner_unit_code,
      ownerUnitName: row.owner_unit_name,
      state: row.overdue ? SupervisionItemState.OVERDUE : SupervisionItemState.DUE_SOON,
      startedAt: new Date(row.started_at),
      dueAt,
      remindedAt: row.reminded_at ? new Date(row.reminded_at) : null,
      workingDaysOverdue: row.overdue ? await this.workingDaysOverdue(ctx, dueAt) : 0,
    };
  }

  async summary(ctx: RequestContext, args: SupervisionSummaryArgs): Promise<SupervisionUnitSummary[]> {
    const { f, soonUntil } = await this.openFilter(ctx, args.filter);
    const rows = await this.repository.openSummary(f, ctx.now(), soonUntil);
    return Promise.all(
      rows.map(async (row) => ({
        unitCode: row.unit_code,
        unitName: row.unit_name,
        overdue: Number(row.overdue),
        dueSoon: Number(row.due_soon),
        maxWorkingDaysOverdue: row.oldest_due_at ? await this.workingDaysOverdue(ctx, new Date(row.oldest_due_at)) : 0,
      })),
    );
  }

  /**
   * Per unit and period: the five measures (always listed), any other kind that fell due, and the counts of
   * §4(3)3, §5(1), §4(5). `parts` are the counts the caller asked for (all unless said): a count no one
   * selected is not counted, and a unit is listed when it has something in what was asked.
   */
  async report(ctx: RequestContext, args: SupervisionPeriodArgs, parts: ReportParts = ALL_PARTS): Promise<SupervisionReport> {
    const period = resolvePeriod(args.period);
    const none = Promise.resolve([]);
    const [rates, declines, refusals, referrals] = await Promise.all([
      this.repository.rates(period.start, period.end, ctx.now()),
      parts.declines ? this.repository.declines(period.start, period.end) : none,
      parts.refusals ? this.repository.refusals(period.start, period.end) : none,
      parts.referrals ? this.repository.criminalReferrals(period.start, period.end) : none,
    ]);
    const only = args.unitCodes?.length ? new Set(args.unitCodes) : null;
    const codes = [
      ...new Set([...rates, ...declines, ...refusals, ...referrals].map((row) => row.unit_code).filter((c) => !only || only.has(c))),
    ].sort();
    const names = new Map(rates.map((row) => [row.unit_code, row.unit_name]));
    const missing = codes.filter((code) => !names.has(code));
    for (const unit of await this.repository.unitNames(missing)) names.set(unit.code, unit.name);
    // Each unit's rows once (a city has some forty units, a quarter a few hundred rows): not a scan per unit.
    const byUnit = new Map<string, RateRowSql[]>();
    for (const row of rates) {
      const own = byUnit.get(row.unit_code);
      if (own) own.push(row);
      else byUnit.set(row.unit_code, [row]);
    }
    const units = codes.map((code): SupervisionUnitReport => {
      const own = byUnit.get(code) ?? [];
      const known = (Object.keys(MEASURES) as SupervisionMeasure[]).map((m) => {
        const { itemType, kind } = MEASURES[m];
        return rateOf(
          itemType,
          kind,
          own.filter((row) => row.item_type === itemType && row.kind === kind),
        );
      });
      const others = own.filter((row) => !measureOf(row.item_type, row.kind)).map((row) => rateOf(row.item_type, row.kind, [row]));
      const refused = refusals.filter((row) => row.unit_code === code);
      const decline = declines.find((row) => row.unit_code === code);
      const referral = referrals.find((row) => row.unit_code === code);
      return {
        unitCode: code,
        unitName: names.get(code) ?? null,
        rates: [...known, ...others],
        overall: rateOf('*', '*', own),
        declines: decline?.declines ?? 0,
        escalations: decline?.escalations ?? 0,
        refusals: refused.reduce((n, row) => n + row.refusals, 0),
        refusalGrounds: refused.map((row) => ({ groundCode: row.ground_code, groundName: row.ground_name, count: row.refusals })),
        criminalReferralsOpen: referral?.open ?? 0,
        criminalReferralsFlagged: referral?.flagged ?? 0,
      };
    });
    return { period: toPeriod(period), units };
  }

  /** 通报: the league table of the period, each unit's change against the previous period of the same kind (supervision-rules.ts). */
  async league(ctx: RequestContext, args: SupervisionPeriodArgs): Promise<SupervisionLeague> {
    const period = resolvePeriod(args.period);
    const only = args.unitCodes?.length ? new Set(args.unitCodes) : null;
    const previous = previousPeriod(period);
    const rows = await this.repository.league(period.start, period.end, previous.start, ctx.now());
    return {
      period: toPeriod(period),
      previousPeriod: toPeriod(previous),
      // Ranks are the whole city's; `unitCodes` only picks the rows shown.
      rows: rows
        .filter((row) => !only || only.has(row.unit_code))
        .map((row) => ({
          rank: row.rank,
          unitCode: row.unit_code,
          unitName: row.unit_name,
          counted: row.counted,
          onTime: row.on_time,
          late: row.late,
          rate: Number(row.rate),
          previousRank: row.previous_rank,
          previousRate: row.previous_rate === null ? null : Number(row.previous_rate),
          rankChange: row.rank_change,
          rateDelta: row.rate_delta === null ? null : Number(row.rate_delta),
        })),
    };
  }
}
