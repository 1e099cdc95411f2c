import { chineseNames, SupervisionExportInput, SupervisionPeriodInput, SupervisionTable } from '@hub/shared-schema';
import { type ExportStatement, text } from '../exports/export-statement';
import { previousPeriod } from './supervision-period';
import { MEASURE_NAMES, onTimeRate, rateName, resolvePeriod } from './supervision-rules';
import { LEAGUE_SQL, onTimeRatesStatement } from './supervision.sql';
import { SupervisionErrors } from './supervision.errors';

/** The export job's kind for supervision tables (migration SupervisionExports adds it to export_job's check). */
export const SUPERVISION_EXPORT_KIND = 'SUPERVISION';

/** What a supervision export job stores: the table and its period (a saved report's run adds the period). */
export interface SupervisionExportDefinition {
  table: SupervisionTable;
  period: SupervisionPeriodInput;
}

const TABLE_NAMES = chineseNames(SupervisionTable);
/** A rate (0..1) as a percentage with two decimals, e.g. 87.50. */
const percent = (value: unknown): string | null => (value === null || value === undefined ? null : (Number(value) * 100).toFixed(2));

/** The definition checked, for an export request (`at` e.g. `input.supervision.`): its period is required and valid. */
export function supervisionDefinition(input: SupervisionExportInput, at: string): SupervisionExportDefinition {
  if (!input.period) throw SupervisionErrors.periodRequired(at);
  resolvePeriod(input.period, at);
  return { table: input.table, period: { kind: input.period.kind, year: input.period.year, index: input.period.index ?? 1 } };
}

/** 督查报表-按时率-2026-Q4: what the file and its sheet are named. */
export function supervisionTitle(definition: SupervisionExportDefinition): string {
  return `督查${TABLE_NAMES[definition.table]}-${resolvePeriod(definition.period).label}`;
}

/**
 * A supervision table as a sheet, judged at `now` (the Clock's when the job runs), under Chinese headers:
 * RATES one row per 责任单位 and deadline kind with the counts behind its rate (the same statement as
 * `supervisionReport`), LEAGUE the league table (the same statement as `supervisionLeague`).
 */
export function supervisionExport(definition: SupervisionExportDefinition, now: Date): ExportStatement {
  const period = resolvePeriod(definition.period);
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
