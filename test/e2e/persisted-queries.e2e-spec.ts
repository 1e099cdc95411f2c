import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { documentHash } from '../../apps/hub-api/src/config/operation-allowlist';
import { loadConfig } from '../../apps/hub-api/src/config/hub-config';
import { startTestApp, TestApp } from '../utils/test-app';

const MARKET = 'dept-market-regulation';
const VIEWER = 'query Viewer { viewer { unitCode } }';
const UNITS = 'query Units { units(first: 2) { nodes { code } } }';

/** A request of Apollo's automatic persisted queries: the hash, and the text only when `query` is given. */
async function persisted(url: string, hash: string, options: { query?: string; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({
      ...(options.query ? { query: options.query } : {}),
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}

const codeOf = (answer: Awaited<ReturnType<typeof persisted>>) => answer.body.errors?.[0]?.extensions?.code ?? 'OK';

describe('persisted queries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-allowlist-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('automatic persisted queries (APQ), as they work without configuration', () => {
    let hub: TestApp;
    beforeAll(async () => {
      hub = await startTestApp();
    });
    afterAll(async () => {
      await hub.close();
    });

    it('answers an unknown hash PERSISTED_QUERY_NOT_FOUND, registers it with its text, then answers the hash alone', async () => {
      const key = await hub.apiKey(MARKET, [ApiKeyScope.READ]);
      const headers = { authorization: `Bearer ${key}` };
      const hash = documentHash(VIEWER);
      const first = await persisted(hub.url, hash, { headers });
      expect(first.status).toBe(200);
      expect(codeOf(first)).toBe('PERSISTED_QUERY_NOT_FOUND');
      const registered = await persisted(hub.url, hash, { query: VIEWER, headers });
      expect(registered.body.data).toEqual({ viewer: { unitCode: MARKET } });
      const byHash = await persisted(hub.url, hash, { headers });
      expect(byHash.body).toEqual({ data: { viewer: { unitCode: MARKET } } });
    });

    it('refuses a text that does not match its hash', async () => {
      const wrong = await persisted(hub.url, documentHash(UNITS), { query: VIEWER });
      expect(wrong.status).toBe(400);
      expect(codeOf(wrong)).toBe('BAD_REQUEST');
    });
  });

  describe('GRAPHQL_OPERATION_ALLOWLIST for API-key callers', () => {
    let hub: TestApp;
    let key: string;
    beforeAll(async () => {
      const file = join(dir, 'allowlist.json');
      writeFileSync(file, JSON.stringify({ [documentHash(VIEWER)]: VIEWER }));
      hub = await startTestApp({ GRAPHQL_OPERATION_ALLOWLIST: file });
      key = await hub.apiKey(MARKET, [ApiKeyScope.READ]);
    });
    afterAll(async () => {
      await hub.close();
    });

    it('runs a listed operation by its hash alone from the first call, or by its text', async () => {
      expect((await persisted(hub.url, documentHash(VIEWER), { headers: { authorization: `Bearer ${key}` } })).body).toEqual({
        data: { viewer: { unitCode: MARKET } },
      });
      expect((await hub.gql(VIEWER, {}, { credential: key })).data).toEqual({ viewer: { unitCode: MARKET } });
      expect((await hub.gql(VIEWER, {}, { headers: { 'x-api-key': key } })).data).toEqual({ viewer: { unitCode: MARKET } });
    });

    it('refuses any other document from an API key FORBIDDEN, before it runs or is registered', async () => {
      const text = await hub.gql(UNITS, {}, { credential: key });
      expect(text.status).toBe(200);
      expect(text.data).toBeUndefined();
      expect(text.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(text.errors?.[0].message).toContain('未列入允许的操作');
      // A whitespace change is another document.
      expect((await hub.gql(`${VIEWER} `, {}, { credential: key })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const register = await persisted(hub.url, documentHash(UNITS), { query: UNITS, headers: { 'x-api-key': key } });
      expect(codeOf(register)).toBe('FORBIDDEN');
      expect(codeOf(await persisted(hub.url, documentHash(UNITS), { headers: { authorization: `Bearer ${key}` } }))).toBe(
        'PERSISTED_QUERY_NOT_FOUND',
      );
    });

    it('leaves people (bearer tokens from login) free to run any document within the limits', async () => {
      const officer = await hub.userToken([Role.OFFICER], '350582001');
      expect((await hub.gql(UNITS, {}, { credential: officer })).data?.units.nodes).toHaveLength(2);
    });
  });

  it('stops at start-up on an allow-list it cannot trust', () => {
    const mismatched = join(dir, 'mismatched.json');
    writeFileSync(mismatched, JSON.stringify({ [documentHash(VIEWER)]: UNITS }));
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ nope');
    expect(() => loadConfig({ GRAPHQL_OPERATION_ALLOWLIST: mismatched })).toThrow(
      /^Configuration error: GRAPHQL_OPERATION_ALLOWLIST .* whose document does not hash to it$/,
    );
    expect(() => loadConfig({ GRAPHQL_OPERATION_ALLOWLIST: notJson })).toThrow(
      /^Configuration error: GRAPHQL_OPERATION_ALLOWLIST .* is not JSON/,
    );
    expect(() => loadConfig({ GRAPHQL_OPERATION_ALLOWLIST: join(dir, 'missing.json') })).toThrow(
      /^Configuration error: GRAPHQL_OPERATION_ALLOWLIST .* cannot be read \(ENOENT/,
    );
  });
});
