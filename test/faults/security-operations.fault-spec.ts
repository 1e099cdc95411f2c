import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyScope } from '@hub/shared-schema';
import { documentHash } from '../../apps/hub-api/src/config/operation-allowlist';
import { scrape } from '../utils/metrics-text';
import { startTestApp, TestApp } from '../utils/test-app';
import { recordAttacks } from './fault-figures';

const MARKET = 'dept-market-regulation';
const CONSOLE = 'https://console.jinjiang.example.gov.cn';
const LISTED = 'query Viewer { viewer { unitCode } }';

type Body = { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };

/**
 * The operator's signals and the API's edges, as an attacker would try them: flooding the
 * metrics with labels of their own choosing, reading the API from an unlisted origin, and making an
 * API key run what the allow-list does not hold.
 */
describe('security: operations (fault)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-ops-fault-'));
  let hub: TestApp;
  let key: string;

  beforeAll(async () => {
    const allowlist = join(dir, 'allowlist.json');
    writeFileSync(allowlist, JSON.stringify({ [documentHash(LISTED)]: LISTED }));
    hub = await startTestApp({ HUB_CORS_ORIGINS: CONSOLE, GRAPHQL_OPERATION_ALLOWLIST: allowlist });
    key = await hub.apiKey(MARKET, [ApiKeyScope.READ]);
  });
  afterAll(async () => {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps caller-chosen text out of metric labels (cardinality)', async () => {
    const marks = Array.from({ length: 20 }, (_, i) => `attackerLabel${i}x${Date.now().toString(36)}`);
    const sent = [
      ...marks.slice(0, 5).map((mark) =>
        fetch(`${hub.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `query ${mark} { __typename }` }),
        }),
      ),
      ...marks.slice(5, 10).map((mark) =>
        fetch(`${hub.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `{ ${mark} }` }),
        }),
      ),
      ...marks.slice(10, 15).map((mark) => fetch(`${hub.url}/${mark}`)),
      ...marks.slice(15, 20).map((mark) =>
        fetch(`${hub.url}/graphql?${mark}=1`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': mark },
          body: '{"query":"{ __typename }"}',
        }),
      ),
    ];
    await Promise.all(sent);
    const metrics = await scrape(hub.url);
    const mishandled = marks.filter((mark) => metrics.includes(mark)).length;
    recordAttacks('operations: metric label injection', { tried: marks.length, mishandled });
    expect(mishandled).toBe(0);
  });

  it('grants no other origin the API, however close its name', async () => {
    const origins = [
      'https://evil.example.com',
      `${CONSOLE}.evil.example.com`,
      CONSOLE.replace('https:', 'http:'),
      `${CONSOLE}:8443`,
      'null',
      'https://jinjiang.example.gov.cn',
    ];
    let mishandled = 0;
    for (const origin of origins) {
      const preflight = await fetch(`${hub.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
      const call = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      if (preflight.headers.get('access-control-allow-origin') !== null || call.headers.get('access-control-allow-origin') !== null)
        mishandled += 1;
    }
    recordAttacks('operations: CORS origins', { tried: origins.length, mishandled });
    expect(mishandled).toBe(0);
  });

  it('lets an API key run nothing beyond the allow-list, however the document is sent', async () => {
    const unlisted = 'query Units { units(first: 1) { nodes { code } } }';
    const post = (body: unknown, headers: Record<string, string> = { authorization: `Bearer ${key}` }) =>
      fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const attempts: Array<Promise<Response>> = [
      post({ query: unlisted }),
      post({ query: unlisted }, { 'x-api-key': key }),
      post({ query: unlisted }, { authorization: `bearer ${key}` }),
      post({ query: unlisted, extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(unlisted) } } }),
      // the listed hash with another text
      post({ query: unlisted, extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(LISTED) } } }),
      // the listed operation beside another, choosing the other
      post({ query: `${LISTED}\n${unlisted}`, operationName: 'Units' }),
      post({ query: `${LISTED} `, operationName: 'Viewer' }),
      post({ query: '{ __schema { types { name } } }' }),
      post([{ query: unlisted }]),
      fetch(`${hub.url}/graphql?query=${encodeURIComponent(unlisted)}`, {
        headers: { authorization: `Bearer ${key}`, 'apollo-require-preflight': 'true' },
      }),
    ];
    let mishandled = 0;
    for (const response of await Promise.all(attempts)) {
      const body = (await response.json()) as Body;
      const code = body.errors?.[0]?.extensions?.code;
      const refused = body.data == null && ['FORBIDDEN', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND'].includes(code ?? '');
      if (!refused) mishandled += 1;
    }
    recordAttacks('operations: operation allow-list', { tried: attempts.length, mishandled });
    expect(mishandled).toBe(0);
    // The listed operation still runs (the refusals above are the list's, not a broken hub's).
    expect((await hub.gql(LISTED, {}, { credential: key })).data).toEqual({ viewer: { unitCode: MARKET } });
  });
});
