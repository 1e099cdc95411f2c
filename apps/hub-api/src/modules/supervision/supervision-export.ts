import { chineseNames, SupervisionExportInput, SupervisionPeriodInput, SupervisionTable } from '@hub/shared-schema';
import { type ExportStatement, text } from '../exports/export-statement';
import { shanghaiToday } from '../../common/time/shanghai-date';
import { calendarYearMissing } from '../calendar/calendar.errors';
import { previousPeriod, SupervisionPeriodBounds } from './supervision-period';
import { itemTypeName, kindName, MEASURE_NAMES, onTimeRate, rateName, resolvePeriod } from './supervision-rules';
import type { WorkingCalendar } from '../calendar/working-calendar.service';
import { dueSoonStatement, LEAGUE_SQL, onTimeRatesStatement, OVERDUE_SQL, UNIT_COUNTS_SQL } from './supervision.sql';
import { SupervisionErrors } from './supervision.errors';

/** The export job's kind for supervision tables (migration SupervisionExports adds it to export_job's check). */
export const SUPERVISION_EXPORT_KIND = 'SUPERVISION';

/** What a supervision export job stores: the table and its period (a saved report's run adds the period; the lists have none). */
export interface SupervisionExportDefinition {
  table: SupervisionTable;
  period: SupervisionPeriodInput | null;
}

const TABLE_NAMES = chineseNames(SupervisionTable);
/** The lists of open deadlines: as of the export's run, with no period. */
const AS_OF_RUN: ReadonlySet<SupervisionTable> = new Set([SupervisionTable.OVERDUE, SupervisionTable.DUE_SOON]);
/** Due soon, as supervisionItems' default: due by the end of the next working day (or already reminded). */
const DUE_SOON_WORKING_DAYS = 1;
/** A rate (0..1) as a percentage with two decimals, e.g. 87.50. */
const percent = (value: unknown): string | null => (value === null || value === undefined ? null : (Number(value) * 100).toFixed(2));

/** The tables of a period; the lists are as of the export's run. */
const periodOf = (definition: SupervisionExportDefinition) => {
  if (!definition.period) throw SupervisionErrors.periodRequired('definition.');
  return resolvePeriod(definition.period);
};

/** The definition checked, for an export request (`at` e.g. `input.supervision.`): a period's table needs a valid period. */
export function supervisionDefinition(input: SupervisionExportInput, at: string): SupervisionExportDefinition {
  if (AS_OF_RUN.has(input.table)) return { table: input.table, period: null };
  if (!input.period) throw SupervisionErrors.periodRequired(at);
  resolvePeriod(input.period, at);
  return { table: input.table, period: { kind: input.period.kind, year: input.period.year, index: input.period.index ?? 1 } };
}

/** 督查按时率-2026-Q4, 督查督办清单-2026-03-12 (the day asked for a list): what the file and its sheet are named. */
export function supervisionTitle(definition: SupervisionExportDefinition, today: string): string {
  const when = AS_OF_RUN.has(definition.table) || !definition.period ? today : resolvePeriod(definition.period).label;
  return `督查${TABLE_NAMES[definition.table]}-${when}`;
}

/**
 * A supervision table as a sheet, judged at `now` (the Clock's when the job runs), under Chinese headers:
 * RATES one row per 责任单位 and deadline kind with the counts behind its rate (the same statement as
 * `supervisionReport`), LEAGUE the league table (the same statement as `supervisionLeague`), the lists as
 * `supervisionItems` gives them. Due soon counts working days on the official calendar (a year it does not
 * hold fails the job with CALENDAR_YEAR_MISSING).
 */
export async function supervisionExport(
  definition: SupervisionExportDefinition,
  now: Date,
  calendar: Pick<WorkingCalendar, 'addWorkingDays'>,
): Promise<ExportStatement> {
  if (definition.table === SupervisionTable.OVERDUE) return overdueExport(now);
  if (definition.table === SupervisionTable.DUE_SOON) return dueSoonExport(now, await calendar.addWorkingDays(now, DUE_SOON_WORKING_DAYS));
  const period = periodOf(definition);
  if (definition.table === SupervisionTable.UNIT_COUNTS) return unitCountsExport(period);
  if (definition.table === SupervisionTable.LEAGUE) {
    const previous = previousPeriod(period);
    return {
      sql: LEAGUE_SQL,
      params: [period.start, period.end, previous.start, now],
      columns: [
        { header: '名次', kind: 'count' },
        { header: '单位编码', kind: 'text' },
        { header: '单位名称', kind: 'text' },
        { header: '计入件数', kind: 'count' },
        { header: '按时件数', kind: 'count' },
        { header: '逾期件数', kind: 'count' },
        { header: '按时率（%）', kind: 'decimal' },
        { header: `上期名次（${previous.label}）`, kind: 'count' },
        { header: '上期按时率（%）', kind: 'decimal' },
        { header: '名次变化', kind: 'count' },
        { header: '按时率变化（百分点）', kind: 'decimal' },
      ],
      toValues: (row) => [
        text(row.rank),
        text(row.unit_code),
        text(row.unit_name),
        text(row.counted),
        text(row.on_time),
        text(row.late),
        percent(row.rate),
        text(row.previous_rank),
        percent(row.previous_rate),
        text(row.rank_change),
        percent(row.rate_delta),
      ],
      trailerRows: 0,
    };
  }
  const statement = onTimeRatesStatement(period.start, period.end, now);
  return {
    ...statement,
    columns: [
      { header: '周期', kind: 'text' },
      { header: '单位编码', kind: 'text' },
      { header: '单位名称', kind: 'text' },
      { header: '指标', kind: 'text' },
      { header: '期内到期', kind: 'count' },
      { header: '按时', kind: 'count' },
      { header: '逾期', kind: 'count' },
      { header: '逾期未办', kind: 'count' },
      { header: '未到期', kind: 'count' },
      { header: '按时率（%）', kind: 'decimal' },
    ],
    toValues: (row) => {
      const [due, onTime, late] = [Number(row.due), Number(row.on_time), Number(row.late)];
      return [
        period.label,
        text(row.unit_code),
        text(row.unit_name),
        rateName(String(row.item_type), String(row.kind), MEASURE_NAMES),
        String(due),
        String(onTime),
        String(late),
        text(row.open_overdue),
        String(due - onTime - late),
        percent(onTimeRate(onTime, late)),
      ];
    },
    trailerRows: 0,
  };
}

/** 移送协助情况: per unit, the counts of UNIT_COUNTS_SQL for the period. */
function unitCountsExport(period: SupervisionPeriodBounds): ExportStatement {
  return {
    sql: UNIT_COUNTS_SQL,
    params: [period.start, period.end],
    columns: [
      { header: '周期', kind: 'text' },
      { header: '单位编码', kind: 'text' },
      { header: '单位名称', kind: 'text' },
      { header: '不予接收', kind: 'count' },
      { header: '报请市政府', kind: 'count' },
      { header: '拒绝协助', kind: 'count' },
      { header: '拒绝理由', kind: 'text' },
      { header: '涉刑移送未结', kind: 'count' },
      { header: '以罚代刑提示', kind: 'count' },
    ],
    toValues: (row) => [
      period.label,
      text(row.unit_code),
      text(row.unit_name),
      text(row.declines),
      text(row.escalations),
      text(row.refusals),
      text(row.refusal_grounds),
      text(row.referrals_open),
      text(row.referrals_flagged),
    ],
    trailerRows: 0,
  };
}

/** The two lists' leading columns: whose deadline, of which item and kind, under which clause. */
const OPEN_DEADLINE_COLUMNS: ExportStatement['columns'] = [
  { header: '责任单位编码', kind: 'text' },
  { header: '责任单位', kind: 'text' },
  { header: '事项', kind: 'text' },
  { header: '期限', kind: 'text' },
  { header: '依据', kind: 'text' },
  { header: '事项编号', kind: 'text' },
];

function openDeadlineValues(row: Record<string, unknown>): Array<string | null> {
  return [
    text(row.owner_unit_code),
    text(row.owner_unit_name),
    itemTypeName(String(row.item_type)),
    kindName(String(row.item_type), String(row.kind)),
    text(row.clause),
    text(row.item_id),
  ];
}

/** 督办清单: the open deadlines past due at `now`, with working days overdue as of its Shanghai day. */
function overdueExport(now: Date): ExportStatement {
  const today = shanghaiToday(now);
  return {
    sql: OVERDUE_SQL,
    params: [now, today],
    columns: [...OPEN_DEADLINE_COLUMNS, { header: '到期日', kind: 'text' }, { header: '逾期工作日', kind: 'count' }],
    toValues: (row) => {
      // A due date in a year the calendar does not hold: the job fails with the year to import, never a guess.
      if (row.working_days_overdue === null) throw calendarYearMissing(Number((row.today_held ? String(row.due_date) : today).slice(0, 4)));
      return [...openDeadlineValues(row), text(row.due_date), text(row.working_days_overdue)];
    },
    trailerRows: 0,
  };
}

/** 即将到期清单: the open deadlines due soon at `now`, soonest first within each 责任单位. */
function dueSoonExport(now: Date, soonUntil: Date): ExportStatement {
  return {
    ...dueSoonStatement(now, soonUntil),
    columns: [...OPEN_DEADLINE_COLUMNS, { header: '到期时间', kind: 'text' }, { header: '已提醒时间', kind: 'text' }],
    toValues: (row) => [...openDeadlineValues(row), text(row.due_time), text(row.reminded_time)],
    trailerRows: 0,
  };
}
