import { ErrorCode } from '@hub/shared-schema';
import { DomainError } from './domain-error';
import { isDatabaseUnavailable } from './infrastructure-errors';

/** The code a caller received for `error`, as the audit trail records it. */
export function outcomeOf(error: unknown): string {
  if (error instanceof DomainError) return error.code;
  return isDatabaseUnavailable(error) ? ErrorCode.UNAVAILABLE : ErrorCode.INTERNAL_SERVER_ERROR;
}
