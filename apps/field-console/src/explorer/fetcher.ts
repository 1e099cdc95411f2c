import { ERROR_TITLES, type Fetch } from '../api/client';

/** What GraphiQL hands its fetcher (@graphiql/toolkit's FetcherParams and FetcherOpts, without the import). */
export interface ExplorerParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}
export interface ExplorerOptions {
  headers?: Record<string, unknown>;
}

/**
 * The explorer's fetcher: POST /graphql on the hub that served the console, with the session's bearer
 * token. Headers typed into GraphiQL's header pane go along; an `Authorization` there (an integrator
 * trying a unit's API key) replaces the session's. Whatever the hub answers is shown as it answered;
 * what is not its JSON, or no answer at all, comes back as a GraphQL error worded in Chinese.
 */
export function hubFetcher(token: string, options: { fetch?: Fetch; endpoint?: string } = {}) {
  const doFetch: Fetch = options.fetch ?? ((input, init) => window.fetch(input, init));
  return async (params: ExplorerParams, opts?: ExplorerOptions): Promise<Record<string, unknown>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    headers.authorization = `Bearer ${token}`;
    for (const [name, value] of Object.entries(opts?.headers ?? {})) {
      if (typeof value === 'string' || typeof value === 'number') headers[name.toLowerCase()] = String(value);
    }
    let response: Response;
    try {
      response = await doFetch(options.endpoint ?? '/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({
          query: params.query,
          operationName: params.operationName ?? undefined,
          variables: params.variables ?? undefined,
        }),
      });
    } catch (error) {
      return {
        errors: [
          { message: `${ERROR_TITLES.NETWORK}${error instanceof Error ? `：${error.message}` : ''}`, extensions: { code: 'NETWORK' } },
        ],
      };
    }
    try {
      return (await response.json()) as Record<string, unknown>;
    } catch {
      return { errors: [{ message: `${ERROR_TITLES.BAD_RESPONSE}（HTTP ${response.status}）`, extensions: { code: 'BAD_RESPONSE' } }] };
    }
  };
}

/**
 * GraphiQL's storage (tabs, history, the last query) kept in memory for this sign-in only: nothing of
 * the explorer is left in the browser's localStorage, where the console keeps nothing either.
 */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
