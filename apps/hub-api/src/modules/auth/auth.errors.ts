import { AuthErrorCode } from '@hub/shared-schema';
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
} from '../../common/errors/domain-error';

const A = AuthErrorCode;

/** The refusals of authentication (who is calling) and authorisation (what the policy table lets them do). */
export const AuthErrors = {
  credentialMissing: () => new UnauthenticatedError(),
  credentialInvalid: () => new UnauthenticatedError('the credential is invalid, expired or revoked'),
  invalidLogin: () => new UnauthenticatedError('用户名或密码错误 invalid user name or password'),
  unitDeactivated: (unitCode: string) => new UnauthenticatedError(`单位已停用 unit ${unitCode} is deactivated`, A.AUTH_UNIT_DEACTIVATED),
  loginLocked: (what: string, retryAfterSeconds: number) =>
    new RateLimitedError(
      `登录已暂时锁定 log-in locked for this ${what} after too many failed attempts; try again in ${retryAfterSeconds} s`,
      { retryAfterSeconds },
    ),
  loginThrottled: (what: string, retryAfterSeconds: number) =>
    new RateLimitedError(`登录尝试过于频繁 too many failed log-ins for this ${what}; try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    }),
  currentPasswordWrong: () => new InputError('input.currentPassword', '当前密码不正确 is not the current password'),
  usernameTaken: (username: string) => new ConflictError(`user name ${username} is taken`, 'input.username'),
  roleForApiKeys: (role: string) => new InputError('input.roles', `${role} is for API keys, not for people`),
  userNotFound: (id: string) => new NotFoundError('user', id, 'input.userId'),
  apiKeyNotFound: (id: string) => new NotFoundError('API key', id, 'id'),
  routeClosed: () => new ForbiddenError('this route is not open', A.AUTH_OPERATION_CLOSED),
  noPolicy: (fieldName: string) => new ForbiddenError(`${fieldName} has no access policy`, A.AUTH_OPERATION_CLOSED),
  roleNotAllowed: (operation: string, roles: readonly string[]) =>
    new ForbiddenError(`${operation} is not open to role ${roles.join(', ')}`, A.AUTH_ROLE_NOT_ALLOWED),
  scopeMissing: (operation: string, scope: string) =>
    new ForbiddenError(`${operation} needs an API key with scope ${scope}`, A.AUTH_SCOPE_MISSING),
  unitKindNotAllowed: (operation: string, kinds: readonly string[], kind: string) =>
    new ForbiddenError(`${operation} is for units of kind ${kinds.join(', ')}, not ${kind}`, A.AUTH_UNIT_KIND_NOT_ALLOWED),
  otherUnit: (operation: string, unitCode: string) =>
    new ForbiddenError(`${operation}: a caller of unit ${unitCode} may act only for its own unit (无权代其他单位操作)`, A.AUTH_OTHER_UNIT),
};
