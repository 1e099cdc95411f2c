import { ErrorCode, TransferErrorCode } from '@hub/shared-schema';
import { ConflictError, DomainError, ForbiddenError, InputError, NotFoundError } from '../../common/errors/domain-error';

const E = TransferErrorCode;

/** The refusals of case transfers (案件移送): family in `extensions.code`, the case in `extensions.reason`. */
export const TransferErrors = {
  notFound: (id: string, field = 'id') => new NotFoundError('transfer', id, field),
  notYours: (id: string) => new ForbiddenError(`transfer ${id} is for the units handling it and for supervisors`),
  onwardForbidden: (receivedId: string) =>
    new ConflictError(
      `不得再次移送 your unit received this case (transfer ${receivedId}) and may not transfer it onward; a case that is not yours goes to the city government (§4(3)3④)`,
      'input.matterCode',
      E.ONWARD_TRANSFER_FORBIDDEN,
    ),
  extensionTooLate: (dueAt: Date) =>
    new ConflictError(
      `延期须在期限届满前告知 the sending deadline passed at ${dueAt.toISOString()}: an extension is announced before it (§4(3)3②)`,
      'input.workingDays',
      E.EXTENSION_TOO_LATE,
    ),
  extensionBeyondLimit: (limit: number) =>
    new InputError(
      'input.workingDays',
      `延期最长不超过${limit}个工作日 sending is never extended past ${limit} working days from discovery (§4(3)3②)`,
      E.EXTENSION_BEYOND_LIMIT,
    ),
  urgentNotExtended: () =>
    new InputError(
      'input.workingDays',
      '紧急案件不得延期 an urgent case is sent within 24 hours and is not extended (§4(3)3③)',
      E.EXTENSION_BEYOND_LIMIT,
    ),
  materialsMissing: (missing: readonly string[]) =>
    new DomainError(
      ErrorCode.CONFLICT,
      `移送材料不全 sending needs the transfer letter, the source material and the evidence (§4(3)4); missing: ${missing.join(', ')}`,
      'id',
      { missing },
      E.TRANSFER_MATERIALS_MISSING,
    ),
  closedBeforeDevolution: (matterCode: string, devolvedOn: string) =>
    new ConflictError(
      `赋权前已结案件由原部门归档 the case was closed before ${matterCode} was devolved on ${devolvedOn}: it stays archived with the department (§4(3)2①)`,
      'input.caseClosedOn',
      E.CLOSED_BEFORE_DEVOLUTION,
    ),
  stopAndSecureFirst: () =>
    new InputError(
      'input.violationStopped',
      '无处罚权的单位应先制止违法行为并固定证据 a unit without the penalty power first stops the violation and secures the evidence (§4(3))',
      E.STOP_AND_SECURE_FIRST,
    ),
  partyNeedsKey: () => new InputError('input.partyUscc', 'a party needs a USCC or, for a person, a resident ID number'),
  receiverIsSender: () => new InputError('input.receiverUnitCode', 'a unit does not transfer a case to itself'),
  referralNeedsJudicialOrgan: (code: string) =>
    new InputError('input.receiverUnitCode', `两法衔接 a criminal referral goes to a judicial organ; ${code} is not one (§4(5))`),
  notAJudicialOrganCase: (code: string) =>
    new InputError('input.receiverUnitCode', `${code} is a judicial organ: mark the transfer as a criminal referral (§4(5))`),
  handlingUnitInvalid: (code: string) =>
    new InputError('input.handlingUnitCode', `${code} cannot handle the case: name a township or a department other than the sender`),
  resultPenaltyNotFound: (id: string) => new NotFoundError('penalty decision', id, 'input.penaltyId'),
  materialAfterDraft: (state: string) =>
    new ConflictError(
      `移送材料须在提交审批前上传 materials are attached to the draft the leader approves; the transfer is ${state}`,
      'input.transferId',
    ),
  letterIsIssued: () =>
    new InputError(
      'input.kind',
      '移交函由系统在审批通过时生成 the transfer letter is issued by the hub when a leader approves the transfer',
    ),
  badCursor: () => new InputError('after', 'not a cursor of this list'),
};
