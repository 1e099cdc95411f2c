import { ErrorCode, ErrorReason } from '@hub/shared-schema';

/**
 * Base of every error a service throws on purpose. The GraphQL formatter turns it into
 * `{ message, extensions: { code, field?, reason? } }`; anything else becomes INTERNAL_SERVER_ERROR.
 * `code` is the family (BAD_USER_INPUT, CONFLICT …); `reason`, where a client must tell cases apart,
 * the specific refusal of its module (`EvidenceErrorCode` …, see ERROR_REASON_FAMILY). Modules declare
 * their refusals as named constructors in `<feature>.errors.ts` rather than building them inline.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** More for the client beside code and field, e.g. `retryAfterSeconds`. */
    readonly extensions?: Record<string, string | number | boolean | readonly string[]>,
    /** The specific refusal within the family, e.g. EVIDENCE_FILE_TOO_LARGE. */
    readonly reason?: ErrorReason,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InputError extends DomainError {
  constructor(field: string, message: string, reason?: ErrorReason) {
    super(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, field, undefined, reason);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, key: string, field?: string) {
    super(ErrorCode.NOT_FOUND, `${what} ${key} not found`, field);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, field?: string, reason?: ErrorReason) {
    super(ErrorCode.CONFLICT, message, field, undefined, reason);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication required: send a bearer token or an API key', reason?: ErrorReason) {
    super(ErrorCode.UNAUTHENTICATED, message, undefined, undefined, reason);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string, reason?: ErrorReason) {
    super(ErrorCode.FORBIDDEN, message, undefined, undefined, reason);
  }
}

export class UnavailableError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.UNAVAILABLE, message);
  }
}

/**
 * Refused, not failed: a quota is used up (`resetsAt`) or attempts must slow down (`retryAfterSeconds`);
 * the caller may try again then. `field` names the argument that was counted, when there is one.
 */
export class RateLimitedError extends DomainError {
  constructor(message: string, retry: { field?: string; resetsAt?: Date; retryAfterSeconds?: number }, reason?: ErrorReason) {
    super(
      ErrorCode.RATE_LIMITED,
      message,
      retry.field,
      {
        ...(retry.resetsAt ? { resetsAt: retry.resetsAt.toISOString() } : {}),
        ...(retry.retryAfterSeconds !== undefined ? { retryAfterSeconds: retry.retryAfterSeconds } : {}),
      },
      reason,
    );
  }
}
