import { InputError } from '../../common/errors/domain-error';

/**
 * The refusals of a statistics definition (统计). `at` prefixes the argument path the error names, e.g.
 * `input.ledger.` when the definition is part of an export or report input.
 */
export const StatisticsErrors = {
  dimensionTwice: (at: string) => new InputError(`${at}groupBy`, 'names a dimension twice'),
  categoryNeedsAll: (at: string) => new InputError(`${at}groupBy`, 'CATEGORY needs source ALL'),
  noSuchDimension: (at: string, source: string, dimension: string) =>
    new InputError(`${at}groupBy`, `${source} records have no ${dimension.toLowerCase()}`),
  noSuchFilter: (field: string, source: string, dimension: string) =>
    new InputError(field, `${source} records have no ${dimension.toLowerCase()} to filter on`),
  notMeasured: (at: string, measure: string, source: string) =>
    new InputError(`${at}measures`, `${measure} is not measured on ${source} records`),
  allCountsOnly: (at: string) => new InputError(`${at}measures`, 'source ALL counts records only (COUNT)'),
  allHasNoStatuses: (at: string) => new InputError(`${at}filter.statuses`, 'statuses differ per category: choose one source'),
  allGroupsBy: (at: string, allowed: readonly string[], bad: string) =>
    new InputError(`${at}groupBy`, `source ALL groups by ${allowed.join(', ')}, not ${bad}`),
  tooManyGroups: (max: number) => new InputError('groupBy', `more than ${max} groups: narrow the filter or the period`),
};
