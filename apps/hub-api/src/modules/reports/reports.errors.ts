import { ConflictError, InputError, NotFoundError } from '../../common/errors/domain-error';

/** The refusals of periodic reports (定期报表). A bad ledger definition answers with the statistics module's errors. */
export const ReportErrors = {
  statisticsAndLedger: () => new InputError('input.statistics', 'give statistics or its deprecated name ledger, not both'),
  noStatistics: () =>
    new InputError('input.statistics', 'give the statistics definition (statistics, or its deprecated name ledger) or a supervision table'),
  statisticsAndSupervision: () => new InputError('input.supervision', 'give statistics or a supervision table, not both'),
  periodGiven: (field: `input.${'statistics' | 'ledger'}.filter.${'from' | 'to'}`) =>
    new InputError(field, 'must be empty: each run counts its own month or quarter'),
  nameTaken: (unitCode: string, name: string) => new ConflictError(`unit ${unitCode} already has a report named "${name}"`, 'input.name'),
  notFound: (id: string) => new NotFoundError('report', id, 'id'),
};
