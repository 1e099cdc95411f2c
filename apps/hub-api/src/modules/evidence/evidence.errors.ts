import { EvidenceErrorCode } from '@hub/shared-schema';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../common/errors/domain-error';

const E = EvidenceErrorCode;

/** The refusals of evidence files (证据材料): family in `extensions.code`, the case in `extensions.reason`. */
export const EvidenceErrors = {
  typeNotAllowed: (contentType: string) =>
    new InputError('input.contentType', `${contentType} is not an allowed evidence type (images, PDF, office documents, audio, video)`),
  fileTooLarge: (maxBytes: number) => new InputError('input.size', `must be at most ${maxBytes} bytes`),
  notHandlingUnitToAttach: (ownerCategory: string, ownerId: string) =>
    new ForbiddenError(
      `only the units handling ${ownerCategory.toLowerCase()} ${ownerId} attach evidence to it`,
      E.EVIDENCE_NOT_HANDLING_UNIT,
    ),
  notHandlingUnitToRead: (ownerCategory: string, ownerId: string) =>
    new ForbiddenError(
      `the evidence of ${ownerCategory.toLowerCase()} ${ownerId} is for the units handling it`,
      E.EVIDENCE_NOT_HANDLING_UNIT,
    ),
  notPending: (id: string, status: string) =>
    new ConflictError(`evidence ${id} is ${status.toLowerCase()}, not waiting for confirmation`, 'id', E.EVIDENCE_NOT_PENDING),
  notUploaded: () =>
    new InputError('id', 'nothing was uploaded for this evidence yet: PUT the file to its upload URL first', E.EVIDENCE_NOT_UPLOADED),
  /** The size or hash differs from the declared one; `problem` says which. */
  uploadMismatch: (problem: string) =>
    new InputError('id', `${problem}: the object was removed; upload the right file again`, E.EVIDENCE_UPLOAD_MISMATCH),
  changedWhileConfirming: (id: string) =>
    new ConflictError(`evidence ${id} changed while it was being confirmed`, 'id', E.EVIDENCE_CHANGED_MEANWHILE),
  changedMeanwhile: (id: string) => new ConflictError(`evidence ${id} changed meanwhile; look again`, 'id', E.EVIDENCE_CHANGED_MEANWHILE),
  notConfirmedToDownload: (id: string, status: string) =>
    new ConflictError(`evidence ${id} is ${status.toLowerCase()}: only confirmed files can be downloaded`, 'id', E.EVIDENCE_NOT_CONFIRMED),
  notConfirmedToVerify: (id: string, status: string) =>
    new ConflictError(`evidence ${id} is ${status.toLowerCase()}: only confirmed files can be verified`, 'id', E.EVIDENCE_NOT_CONFIRMED),
  alreadyDeleted: (id: string) => new ConflictError(`evidence ${id} is already deleted`, 'id', E.EVIDENCE_ALREADY_DELETED),
  keptForGood: (ownerCategory: string) =>
    new ConflictError(
      `evidence of a ${ownerCategory.toLowerCase()} is kept for good and cannot be deleted`,
      'id',
      E.EVIDENCE_KEPT_FOR_GOOD,
    ),
  underRetention: () => new ConflictError('the evidence store keeps confirmed files under retention', 'id', E.EVIDENCE_UNDER_RETENTION),
  correctionNotConfirmed: () => new InputError('input.supersedesId', 'must be a confirmed evidence file'),
  correctionOfOtherRecord: () => new InputError('input.supersedesId', 'must be evidence of the same record'),
  notFound: (id: string) => new NotFoundError('evidence', id, 'id'),
  /** No item of a workflow owner category (a transfer …) whose module has not declared its holders. */
  ownerNotFound: (ownerCategory: string, ownerId: string, field: string) =>
    new NotFoundError(`证据归属不存在 ${ownerCategory.toLowerCase()}`, ownerId, field),
};
