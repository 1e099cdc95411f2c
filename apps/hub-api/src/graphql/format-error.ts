import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '@hub/shared-schema';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from '../common/errors/domain-error';
import { isDatabaseUnavailable, isUniqueViolation } from '../common/errors/infrastructure-errors';

export interface ErrorLogger {
  error(payload: object, message: string): void;
}

/** What of an error may be logged: never a failed query's parameters (hashes, ID numbers …). */
function loggable(error: unknown): object {
  if (!(error instanceof Error)) return { err: { message: String(error) } };
  const { code } = error as { code?: unknown };
  return { err: { type: error.name, message: error.message, code, stack: error.stack } };
}

/**
 * The argument path graphql-js names when a variable fails its type, e.g. `records[3].kind` from
 * 'Variable "$records" got invalid value "NOPE" at "records[3].kind"; …' (a batch with an unknown enum
 * value is refused whole, before anything runs: the path tells the sender which record to mend).
 */
function variableAtFault(message: string): string | null {
  const match = /^Variable "\$([\w]+)" (?:got invalid value .*? at "([^"]+)"|[^;]*)/.exec(message);
  return match ? (match[2] ?? match[1]) : null;
}

/**
 * The one mapping from what went wrong to what a client sees: a stable `extensions.code` (the family),
 * the field at fault when there is one, the module's specific `extensions.reason` where a client must
 * tell cases apart (ERROR_REASON_FAMILY), and never a stack trace or an internal message.
 */
export function createErrorFormatter(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const where = { path: formatted.path, locations: formatted.locations };
    if (original instanceof DomainError) {
      const extensions: Record<string, unknown> = { ...original.extensions, code: original.code };
      if (original.field) extensions.field = original.field;
      if (original.reason) extensions.reason = original.reason;
      return { message: original.message, ...where, extensions };
    }
    if (isDatabaseUnavailable(original)) {
      logger.error(loggable(original), 'database unavailable');
      return { message: 'The database is unavailable; try again shortly', ...where, extensions: { code: ErrorCode.UNAVAILABLE } };
    }
    if (isUniqueViolation(original)) {
      return { message: 'The record already exists', ...where, extensions: { code: ErrorCode.CONFLICT } };
    }
    const code = formatted.extensions?.code;
    // Errors Apollo and graphql-js raise themselves (parse, validation, variable coercion, limits) keep
    // their documented codes and messages; a variable that failed its type names the field at fault.
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const field = code === ErrorCode.BAD_USER_INPUT ? variableAtFault(formatted.message) : null;
      return { message: formatted.message, ...where, extensions: field ? { code, field } : { code } };
    }
    // Apollo refuses some requests without a code but with a 4xx status (a persisted query whose text
    // does not match its hash): the caller's mistake, answered as such, not as the hub's failure.
    const status = (original as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
    if (original instanceof GraphQLError && typeof status === 'number' && status >= 400 && status < 500) {
      return { message: formatted.message, ...where, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    logger.error(loggable(original), 'unexpected error in a GraphQL operation');
    return { message: 'Internal server error', ...where, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
