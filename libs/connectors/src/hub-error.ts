import type { ErrorReason } from '@hub/shared-schema/errors/error-reasons';

/** An error the hub answered (or a transport failure, as UNAVAILABLE), with its stable code. */
export class HubError extends Error {
  constructor(
    /** One of the hub's stable codes (ErrorCode in @hub/shared-schema), or GraphQL's own, e.g. GRAPHQL_VALIDATION_FAILED. */
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly requestId?: string,
    /**
     * The specific refusal within `code` where a client must tell cases apart (`extensions.reason`),
     * e.g. RECORD_WITHDRAWN or AUTH_SCOPE_MISSING: see ErrorReason and its per-module enums.
     */
    readonly reason?: ErrorReason,
  ) {
    super(message);
    this.name = 'HubError';
  }

  /** Worth retrying unchanged: the hub or the network was unavailable. */
  get retryable(): boolean {
    return this.code === 'UNAVAILABLE';
  }
}
