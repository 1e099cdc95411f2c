import { randomUUID } from 'node:crypto';
// Types from the files that hold them, not the schema's index, so the package's declarations carry no more of it than they use.
import type { Connection } from '@hub/shared-schema/pagination/connection';
import type { ErrorReason } from '@hub/shared-schema/errors/error-reasons';
import type { UnitKind } from '@hub/shared-schema/units/enums';
import type { Viewer } from '@hub/shared-schema/auth/model';
import type { Unit } from '@hub/shared-schema/units/model';
import { HubError } from './hub-error';
import { MAX_PUBLISH_BATCH, PUBLISH_CATEGORIES, PublishCategory, PublishInputs } from './publish-categories';
import { PUBLISH_RESULT_FIELDS, PublishResultBody, RecordOutcome, toRecordOutcome } from './record-outcome';
import { DEFAULT_RETRY_POLICY, RetryHooks, RetryPolicy, withRetries } from './retry-policy';

export interface HubClientOptions {
  /** Base URL of the hub, e.g. http://127.0.0.1:3000 */
  url: string;
  /** A unit system's API key (`hub_…`), or a person's bearer token from `login`. */
  credential: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string; reason?: ErrorReason } }>;
}

export interface PublishOptions {
  /** How to retry a batch the hub could not be reached for (default DEFAULT_RETRY_POLICY); attempts 1: never. */
  retry?: Partial<RetryPolicy>;
  onRetry?: RetryHooks['onRetry'];
  /** Validate only (the mutations' `dryRun`): every check runs and the outcomes say what publishing would do; nothing is stored. */
  dryRun?: boolean;
}

const UNIT_FIELDS = 'id code name kind parentCode active contact { name phone division }';

/**
 * The typed client a unit's system embeds to call the hub. Types come from @hub/shared-schema as
 * types only, so the SDK carries no server code. Every call sends its own x-request-id, which the
 * hub's logs and audit trail record, and every failure is a HubError with the hub's stable code.
 */
export class HubClient {
  private readonly endpoint: string;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: HubClientOptions) {
    this.endpoint = `${options.url.replace(/\/+$/, '')}/graphql`;
    this.fetchImpl = options.fetch ?? fetch;
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const requestId = randomUUID();
    let response: Response;
    try {
      response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.credential}`, 'x-request-id': requestId },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw new HubError(
        'UNAVAILABLE',
        `hub not reachable: ${error instanceof Error ? error.message : String(error)}`,
        undefined,
        requestId,
      );
    }
    // A gateway in front of the hub answering 502-504 means the hub is down or restarting.
    if ([502, 503, 504].includes(response.status)) {
      throw new HubError('UNAVAILABLE', `hub answered HTTP ${response.status}`, undefined, requestId);
    }
    if (response.status === 413) {
      throw new HubError('BAD_USER_INPUT', 'request too large for the hub (HTTP 413): send fewer records at a time', undefined, requestId);
    }
    // Reading the body can fail on the network too (reset, timeout): that is a retryable transport failure.
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new HubError('UNAVAILABLE', `hub answer lost: ${error instanceof Error ? error.message : String(error)}`, undefined, requestId);
    }
    const body = parseBody<T>(text);
    const [error] = body.errors ?? [];
    if (error) {
      const { code = 'INTERNAL_SERVER_ERROR', field, reason } = error.extensions ?? {};
      throw new HubError(code, error.message, field, requestId, reason);
    }
    if (!body.data) throw new HubError('INTERNAL_SERVER_ERROR', `hub answered HTTP ${response.status} without data`, undefined, requestId);
    return body.data;
  }

  async viewer(): Promise<Viewer> {
    return (await this.request<{ viewer: Viewer }>('{ viewer { kind name unitCode roles scopes } }')).viewer;
  }

  async units(args: { kinds?: UnitKind[]; first?: number; after?: string | null } = {}): Promise<Connection<Unit>> {
    const query = `query($kinds: [UnitKind!], $first: Int, $after: String) {
      units(kinds: $kinds, first: $first, after: $after) { nodes { ${UNIT_FIELDS} } pageInfo { endCursor hasNextPage } } }`;
    return (await this.request<{ units: Connection<Unit> }>(query, { first: 100, ...args })).units;
  }

  /**
   * Publishes one batch (at most 1,000 records) of a shared category. The hub answers every record on
   * its own, so the answer is one outcome per record, in order; a rejected record does not stop the
   * others. A batch the hub could not be reached for is retried (publishing is idempotent on the
   * publisher's sourceId, so a batch the hub stored before its answer was lost is stored only once);
   * any other HubError (FORBIDDEN, UNAUTHENTICATED …) concerns the whole batch and is thrown.
   */
  async publish<C extends PublishCategory>(
    category: C,
    records: readonly PublishInputs[C][],
    options: PublishOptions = {},
  ): Promise<RecordOutcome[]> {
    if (records.length > MAX_PUBLISH_BATCH) throw new RangeError(`at most ${MAX_PUBLISH_BATCH} records per batch (got ${records.length})`);
    if (records.length === 0) return [];
    const { mutation, inputType } = PUBLISH_CATEGORIES[category];
    const query = `mutation($records: [${inputType}!]!, $dryRun: Boolean) { result: ${mutation}(records: $records, dryRun: $dryRun) { results { ${PUBLISH_RESULT_FIELDS} } } }`;
    const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    const variables = { records, dryRun: options.dryRun ?? false };
    const { result } = await withRetries(() => this.request<{ result: { results: PublishResultBody[] } }>(query, variables), policy, {
      onRetry: options.onRetry,
    });
    if (result.results.length !== records.length) {
      throw new HubError('INTERNAL_SERVER_ERROR', `hub answered ${result.results.length} results for ${records.length} records`);
    }
    return result.results.map((r) => toRecordOutcome(r));
  }

  /** Every unit matching `kinds`, page by page. */
  async *allUnits(kinds?: UnitKind[]): AsyncGenerator<Unit> {
    let after: string | null = null;
    do {
      const page: Connection<Unit> = await this.units({ kinds, after });
      yield* page.nodes;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
  }
}

function parseBody<T>(text: string): GraphQLBody<T> {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {}; // not GraphQL: answered below as an error without data
  }
}
