import { describe, expect, it } from 'vitest';
import { HubError, request, type Fetch } from './client';
import { LoginDocument } from './documents';

const VARIABLES = { input: { username: 'officer', password: 'pw' } };

function answering(status: number, body: unknown): { fetch: Fetch; calls: { url: string; init: RequestInit }[] } {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch: Fetch = (url, init) => {
    calls.push({ url, init });
    return Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
  };
  return { fetch, calls };
}

async function failure(promise: Promise<unknown>): Promise<HubError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HubError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('the GraphQL client', () => {
  it('POSTs the typed document to /graphql with the bearer token and answers data', async () => {
    const data = {
      login: {
        accessToken: 't',
        expiresAt: '2026-01-01T00:00:00Z',
        user: { username: 'officer', displayName: '陈', unitCode: 'u', roles: [] },
      },
    };
    const { fetch, calls } = answering(200, { data });
    expect(await request(LoginDocument, VARIABLES, { token: 'abc', fetch })).toEqual(data);
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/graphql');
    expect(calls[0].init.method).toBe('POST');
    expect((calls[0].init.headers as Record<string, string>).authorization).toBe('Bearer abc');
    const body = JSON.parse(calls[0].init.body as string) as { query: string; variables: unknown };
    expect(body.query).toContain('mutation ConsoleLogin');
    expect(body.variables).toEqual(VARIABLES);
  });

  it('sends no authorization header without a token', async () => {
    const { fetch, calls } = answering(200, { data: null });
    await failure(request(LoginDocument, VARIABLES, { fetch }));
    expect((calls[0].init.headers as Record<string, string>).authorization).toBeUndefined();
  });

  it("maps the hub's error to a Chinese title, keeping its message, code and extensions", async () => {
    const { fetch } = answering(200, {
      data: null,
      errors: [{ message: '用户名或密码错误 invalid user name or password', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const error = await failure(request(LoginDocument, VARIABLES, { fetch }));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.title).toBe('未登录或登录已失效，请重新登录');
    expect(error.hubMessage).toBe('用户名或密码错误 invalid user name or password');
    expect(error.message).toBe('未登录或登录已失效，请重新登录：用户名或密码错误 invalid user name or password（UNAUTHENTICATED）');

    const limited = await failure(
      request(LoginDocument, VARIABLES, {
        fetch: answering(200, { errors: [{ message: 'too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 8 } }] }).fetch,
      }),
    );
    expect(limited.title).toBe('操作过于频繁，请稍后再试');
    expect(limited.extensions.retryAfterSeconds).toBe(8);

    const strange = await failure(
      request(LoginDocument, VARIABLES, {
        fetch: answering(200, { errors: [{ message: 'odd', extensions: { code: 'NEW_CODE' } }] }).fetch,
      }),
    );
    expect([strange.code, strange.title]).toEqual(['NEW_CODE', '操作失败']);
  });

  it('has codes of its own for a network failure and an answer that is not the hub JSON', async () => {
    const offline = await failure(request(LoginDocument, VARIABLES, { fetch: () => Promise.reject(new TypeError('Failed to fetch')) }));
    expect([offline.code, offline.title, offline.status]).toEqual(['NETWORK', '无法连接数据枢纽，请检查网络', null]);
    const proxyPage = await failure(request(LoginDocument, VARIABLES, { fetch: answering(502, '<html>Bad Gateway</html>').fetch }));
    expect([proxyPage.code, proxyPage.hubMessage, proxyPage.status]).toEqual(['BAD_RESPONSE', 'HTTP 502', 502]);
  });
});
