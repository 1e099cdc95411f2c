import { ComplaintErrorCode } from '@hub/shared-schema';
import { ConflictError, InputError, NotFoundError } from '../../common/errors/domain-error';

const E = ComplaintErrorCode;

/** The refusals of complaint handling (首问负责制, §4(2)). */
export const ComplaintErrors = {
  notFound: (id: string, field = 'id') => new NotFoundError('complaint', id, field),
  /** §4(2): an outcome is recorded with what it is not complete without. */
  recordRequired: (field: string, what: string) => new InputError(field, `${what}必填 the outcome is recorded with ${what} (§4(2))`),
  withdrawn: (id: string) =>
    new ConflictError(`记录已撤回 complaint ${id} was withdrawn by its publisher: reinstate it (reinstateRecord) to handle it`, 'input.id'),
  penaltyNotFound: (id: string) => new NotFoundError('penalty decision', id, 'input.penaltyId'),
  /** A publication that would set what the workflow owns: refused for that record (a problem of the batch, problemOf). */
  ownedByWorkflow: (field: string, message: string) =>
    new ConflictError(
      `办理状态由首问负责制流程维护 ${message}: the handling workflow owns ${field} (§4(2)); use its actions (startComplaintCheck, answerComplaint …)`,
      field,
      E.COMPLAINT_STATUS_OWNED_BY_WORKFLOW,
    ),
};
