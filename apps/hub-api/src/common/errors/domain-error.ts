import { ErrorCode } from '@hub/shared-schema';

/**
 * Base of every error a service throws on purpose. The GraphQL formatter turns it into
 * `{ message, extensions: { code, field? } }`; anything else becomes INTERNAL_SERVER_ERROR.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** More for the client beside code and field, e.g. `retryAfterSeconds`. */
    readonly extensions?: Record<string, string | number | boolean>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InputError extends DomainError {
  constructor(field: string, message: string) {
    super(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, field);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, key: string, field?: string) {
    super(ErrorCode.NOT_FOUND, `${what} ${key} not found`, field);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, field?: string) {
    super(ErrorCode.CONFLICT, message, field);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication required: send a bearer token or an API key') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
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
  constructor(message: string, retry: { field?: string; resetsAt?: Date; retryAfterSeconds?: number }) {
    super(ErrorCode.RATE_LIMITED, message, retry.field, {
      ...(retry.resetsAt ? { resetsAt: retry.resetsAt.toISOString() } : {}),
      ...(retry.retryAfterSeconds !== undefined ? { retryAfterSeconds: retry.retryAfterSeconds } : {}),
    });
  }
}
