import { describe, expect, it, vi } from 'vitest';
import { hubFetcher, memoryStorage } from './fetcher';

function answering(body: string, status = 200) {
  return vi.fn((_input: string, _init: RequestInit) =>
    Promise.resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } })),
  );
}

describe('hubFetcher', () => {
  it("posts the query to /graphql with the session's bearer token and returns the hub's answer", async () => {
    const fetch = answering('{"data":{"units":{"nodes":[{"code":"350582001"}]}}}');
    const answer = await hubFetcher('tok-1', { fetch })({ query: '{ units(first: 3) { nodes { code } } }', operationName: null });
    expect(answer).toEqual({ data: { units: { nodes: [{ code: '350582001' }] } } });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer tok-1');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(JSON.parse(init.body as string)).toEqual({ query: '{ units(first: 3) { nodes { code } } }' });
  });

  it('sends the header pane along; an Authorization there replaces the session token', async () => {
    const fetch = answering('{"data":{}}');
    await hubFetcher('tok-1', { fetch })(
      { query: '{ a }', variables: { x: 1 } },
      { headers: { Authorization: 'Bearer hub_key', 'X-Trace': 7 } },
    );
    const headers = fetch.mock.calls[0][1].headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer hub_key');
    expect(headers['x-trace']).toBe('7');
    expect(JSON.parse(fetch.mock.calls[0][1].body as string).variables).toEqual({ x: 1 });
  });

  it('keeps the hub errors as they are and words a failed or unreadable answer in Chinese', async () => {
    const refused = await hubFetcher('t', { fetch: answering('{"errors":[{"message":"no","extensions":{"code":"FORBIDDEN"}}]}', 403) })({
      query: '{ a }',
    });
    expect(refused).toEqual({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    const html = await hubFetcher('t', { fetch: answering('<html>', 502) })({ query: '{ a }' });
    expect(html).toEqual({ errors: [{ message: '数据枢纽返回了无法识别的应答（HTTP 502）', extensions: { code: 'BAD_RESPONSE' } }] });
    const down = await hubFetcher('t', { fetch: vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))) })({ query: '{ a }' });
    expect(down).toEqual({ errors: [{ message: '无法连接数据枢纽，请检查网络：Failed to fetch', extensions: { code: 'NETWORK' } }] });
  });
});

describe('memoryStorage', () => {
  it('holds what GraphiQL keeps, apart from localStorage', () => {
    const storage = memoryStorage();
    storage.setItem('graphiql:query', '{ a }');
    expect(storage.getItem('graphiql:query')).toBe('{ a }');
    expect(storage.length).toBe(1);
    expect(storage.key(0)).toBe('graphiql:query');
    storage.removeItem('graphiql:query');
    expect(storage.getItem('graphiql:query')).toBeNull();
    expect(localStorage.length).toBe(0);
  });
});
