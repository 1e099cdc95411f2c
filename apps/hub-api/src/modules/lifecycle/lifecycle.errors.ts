import { LifecycleErrorCode } from '@hub/shared-schema';
import { DomainError, InputError } from '../../common/errors/domain-error';
import { ErrorCode } from '@hub/shared-schema';

const E = LifecycleErrorCode;

/** The refusals of a declared lifecycle: nothing is written when one is raised. */
export const LifecycleErrors = {
  /** The action is not open from `state`; `allowed` are the actions the caller may take now. */
  notAllowed: (itemType: string, id: string, state: string, action: string, allowed: readonly string[]) =>
    new DomainError(
      ErrorCode.CONFLICT,
      `当前状态不允许此操作 ${itemType} ${id} is ${state}: ${action} is not open from there (allowed now: ${allowed.join(', ') || 'none'})`,
      'action',
      { state, allowedActions: allowed },
      E.TRANSITION_NOT_ALLOWED,
    ),
  /** The role or side of the caller does not match the action's declaration. */
  notPermitted: (itemType: string, id: string, state: string, action: string, allowed: readonly string[], who: string) =>
    new DomainError(
      ErrorCode.FORBIDDEN,
      `无权执行此操作 ${action} of ${itemType} ${id} is for ${who}`,
      undefined,
      { state, allowedActions: allowed },
      E.ACTION_NOT_PERMITTED,
    ),
  /** The compare-and-set found another state: a concurrent action won. */
  changedMeanwhile: (itemType: string, id: string, state: string) =>
    new DomainError(
      ErrorCode.CONFLICT,
      `状态已被他人变更 ${itemType} ${id} changed meanwhile (it was ${state}); look again`,
      'id',
      { state, allowedActions: [] },
      E.TRANSITION_NOT_ALLOWED,
    ),
  noteRequired: (action: string) => new InputError('input.note', `须说明理由 ${action} needs a reason`),
};
