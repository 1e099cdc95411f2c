import { StatisticsSource } from '@hub/shared-schema';
import { ExportColumn } from '../records/category-sql';
import { STATISTICS_SOURCES } from '../statistics/statistics-sources';

export type { ExportColumn } from '../records/category-sql';

/**
 * The columns of a record export, with Chinese headers, per category: each category declares them with
 * its other SQL facts (`<category>.category.ts`, headers from the shared-schema field table). Personal
 * data (ID numbers, phones, reporter identities) is left out altogether: exports leave the hub as files,
 * and whoever needs a person's details reads them through the audited queries.
 */
export const RECORD_COLUMNS: Partial<Record<StatisticsSource, ExportColumn[]>> = Object.fromEntries(
  STATISTICS_SOURCES.map((source) => [source.source, source.exportColumns]),
);
