import { STATISTICS_SOURCE_NAMES, StatisticsArgs, StatisticsFilterInput, RecordExportInput } from '@hub/shared-schema';
import { DIMENSION_HEADERS, PERIOD_HEADERS } from '../statistics/statistics-headers';

/** The dates an export covers, or the day it was asked for when its filter has none. */
function span(filter: StatisticsFilterInput | null | undefined, today: string): string {
  if (filter?.from && filter.to) return `${filter.from}至${filter.to}`;
  if (filter?.from) return `${filter.from}起`;
  if (filter?.to) return `截至${filter.to}`;
  return today;
}

/**
 * What an ad-hoc export holds, in the words its file and sheet are named by: the source's Chinese name,
 * for statistics what they are grouped by, and the period it covers, e.g. `处罚信息统计-按镇街、季度-2026-12-08`
 * or `许可信息-2026-01-01至2026-03-31`. (A periodic report is named by its report and period instead.)
 */
export function exportTitle(
  request: { statistics?: StatisticsArgs | null; ledger?: StatisticsArgs | null; records?: RecordExportInput | null },
  today: string,
): string {
  const statistics = request.statistics ?? request.ledger;
  if (statistics) {
    const { source, groupBy, period, filter } = statistics;
    const by = [...groupBy.map((d) => DIMENSION_HEADERS[d]), ...(period ? [PERIOD_HEADERS[period]] : [])];
    return [`${STATISTICS_SOURCE_NAMES[source]}统计`, ...(by.length ? [`按${by.join('、')}`] : []), span(filter, today)].join('-');
  }
  const { source, filter } = request.records!;
  return `${STATISTICS_SOURCE_NAMES[source]}-${span(filter, today)}`;
}

/** A title as a file name every system accepts: no path separators, reserved or control characters. */
export function exportFileName(title: string, format: 'CSV' | 'XLSX'): string {
  // eslint-disable-next-line no-control-regex
  return `${title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').trim()}.${format.toLowerCase()}`;
}
