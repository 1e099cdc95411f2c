import { ExportErrorCode } from '@hub/shared-schema';
import { ConflictError, InputError, NotFoundError } from '../../common/errors/domain-error';

const X = ExportErrorCode;

/** The refusals of export jobs (导出). A bad ledger definition answers with the statistics module's errors. */
export const ExportErrors = {
  ledgerOrRecords: () => new InputError('input', 'give exactly one of ledger, records and supervision'),
  statisticsAndLedger: () => new InputError('input.statistics', 'give statistics or its deprecated name ledger, not both'),
  notFound: (id: string) => new NotFoundError('export', id, 'id'),
  notReady: (id: string, status: string) =>
    new ConflictError(`export ${id} is ${status.toLowerCase()}, not ready`, 'id', X.EXPORT_NOT_READY),
  sourceNotExportable: (source: string) => new InputError('input.records.source', `records of ${source} cannot be exported yet`),
};
