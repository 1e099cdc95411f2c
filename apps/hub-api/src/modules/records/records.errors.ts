import { ErrorCode, ErrorReason, RecordErrorCode } from '@hub/shared-schema';
import { ConflictError, DomainError, ForbiddenError, InputError, NotFoundError } from '../../common/errors/domain-error';

const R = RecordErrorCode;

/** The refusals of the publishing mechanism every shared category uses (publish, revoke, reinstate). */
export const RecordErrors = {
  notFound: (category: string, key: string, field: string) => new NotFoundError(category.toLowerCase(), key, field),
  alreadyWithdrawn: (id: string) => new ConflictError(`record ${id} was already revoked`, 'id'),
  notWithdrawn: (id: string, field: string) =>
    new ConflictError(`记录未撤回 record ${id} is not withdrawn: there is nothing to reinstate`, field),
  otherPublisher: (actorUnitCode: string, publisherCode: string) =>
    new ForbiddenError(
      `record.reinstate: a caller of unit ${actorUnitCode} cannot act for unit ${publisherCode}`,
      R.RECORD_OTHER_PUBLISHER,
    ),
  idOrSourceId: () => new InputError('id', 'give exactly one of id or sourceId'),
  /**
   * A single publication's refusal, as the batch answered it in `results[i].error` (SINGLE_PUBLISH_ERRORS):
   * the same code and message, the field under `input.`.
   */
  refused: (error: { code: string; field?: string | null; message: string; reason?: string | null }) => {
    const field = error.field ? `input.${error.field}` : undefined;
    const message = field ? `${field}: ${error.message}` : error.message;
    return new DomainError(error.code as ErrorCode, message, field, undefined, (error.reason ?? undefined) as ErrorReason | undefined);
  },
};
