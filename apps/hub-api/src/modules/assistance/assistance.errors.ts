import { AssistanceErrorCode, TransferErrorCode } from '@hub/shared-schema';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../common/errors/domain-error';

const E = AssistanceErrorCode;

/** The refusals of assistance requests (协助请求): family in `extensions.code`, the case in `extensions.reason`. */
export const AssistanceErrors = {
  notFound: (id: string, field = 'id') => new NotFoundError('assistance request', id, field),
  notYours: (id: string) =>
    new ForbiddenError(`assistance request ${id} is for the requesting and the requested unit, and for supervisors`),
  requestedIsRequester: () => new InputError('input.requestedUnitCode', '不得向本单位请求协助 a unit does not ask itself for assistance'),
  onSiteNotRequested: () =>
    new ConflictError(
      '非紧急请求无需派员到场 someone on site is recorded for an urgent or evidence-at-risk request only (§5(2))',
      'input.id',
      E.ON_SITE_NOT_REQUESTED,
    ),
  // The same case as a transfer's late extension (§4(3)3②): the same reason code.
  extensionTooLate: (dueAt: Date) =>
    new ConflictError(
      `延期须在答复期限届满前告知 the answer was due at ${dueAt.toISOString()}: a longer period is announced before it (§5(2))`,
      'input.expectedOn',
      TransferErrorCode.EXTENSION_TOO_LATE,
    ),
  extensionNotLonger: (dueAt: Date) =>
    new InputError(
      'input.expectedOn',
      `预计答复日期须晚于现答复期限 the answer is already due at ${dueAt.toISOString()}: the expected date lies after it (§5(2))`,
      E.EXTENSION_NOT_LONGER,
    ),
  groundRequired: () =>
    new InputError(
      'input.groundCode',
      '拒绝提供须说明法定理由 a refusal names its legal ground from the list (refusalGrounds) and explains it (§5(1))',
      E.REFUSAL_GROUND_REQUIRED,
    ),
  groundUnknown: (code: string) =>
    new InputError(
      'input.groundCode',
      `${code} 不是有效的拒绝理由 is not a legal ground on the list, or is retired (§5(1))`,
      E.REFUSAL_GROUND_UNKNOWN,
    ),
  groundExists: (code: string) => new ConflictError(`拒绝理由已存在 refusal ground ${code} exists`, 'input.code'),
  groundNotFound: (code: string) => new NotFoundError('refusal ground', code, 'input.code'),
  documentsMissing: () =>
    new ConflictError(
      '未上传资料 upload the documents (requestEvidenceUpload with ownerCategory ASSISTANCE, then confirm) before providing them (§5(1))',
      'input.id',
      E.DOCUMENTS_MISSING,
    ),
  dataRequestFromDepartment: () =>
    new InputError('input.kind', '台账材料请求由市直部门提出 a data request is a department’s, for its own reporting (§4(1)4)'),
  dataRequestToTownship: (code: string) =>
    new InputError(
      'input.requestedUnitCode',
      `台账材料请求向镇街提出 a data request goes to a town or subdistrict; ${code} is not one (§4(1)4)`,
    ),
  dataRequestNeeds: (field: string) =>
    new InputError(field, '台账材料请求须写明台账类型和期间 a data request names the ledger kind and the period (§4(1)4)'),
  entryNotAsked: (index: number, field: string, asked: string) =>
    new InputError(`input.entries.${index}.${field}`, `与请求不符 the request asks for ${asked} (§4(1)4)`),
  policeSupportFromTownship: () =>
    new InputError(
      'input.kind',
      '公安协助由镇街提出 police support is asked for by a town or subdistrict for its enforcement action (§4(5))',
    ),
  policeSupportToPolice: (code: string) =>
    new InputError('input.requestedUnitCode', `公安协助向公安局提出 police support is asked of the police; ${code} is not it (§4(5))`),
  policeSupportNeeds: (field: string) =>
    new InputError(field, '公安协助须写明执法行动的时间和地点 police support names the time and place of the action (§4(5))'),
  courtEnforcementToCourt: (code: string) =>
    new InputError(
      'input.requestedUnitCode',
      `强制执行向人民法院申请 compulsory execution is applied for to the court; ${code} is not it (§4(5))`,
    ),
  courtEnforcementNeedsPenalty: () =>
    new InputError('input.penaltyId', '申请强制执行须关联处罚决定 an application names the penalty decision not carried out (§4(5))'),
  penaltyNotFound: (id: string) => new NotFoundError('penalty decision', id, 'input.penaltyId'),
  penaltyNotYours: (id: string) =>
    new InputError('input.penaltyId', `处罚决定 ${id} 非本单位作出 a unit applies for the execution of its own decisions only (§4(5))`),
  penaltyNotEnforceable: (id: string, status: string) =>
    new ConflictError(`处罚决定 ${id} 无需申请强制执行 the decision is ${status}: nothing is left to enforce (§4(5))`, 'input.penaltyId'),
  badCursor: () => new InputError('after', 'not a cursor of this list'),
};
