import { randomUUID } from 'node:crypto';
import type { Connection, Unit, UnitKind, Viewer } from '@hub/shared-schema';
import { HubError } from './hub-error';

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
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
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
      throw new HubError('UNAVAILABLE', `hub not reachable: ${error instanceof Error ? error.message : String(error)}`, undefined, requestId);
    }
    // A gateway in front of the hub answering 502-504 means the hub is down or restarting.
    if ([502, 503, 504].includes(response.status)) {
      throw new HubError('UNAVAILABLE', `hub answered HTTP ${response.status}`, undefined, requestId);
    }
    const body = (await response.json().catch(() => ({}))) as GraphQLBody<T>;
    const [error] = body.errors ?? [];
    if (error) throw new HubError(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.message, error.extensions?.field, requestId);
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
