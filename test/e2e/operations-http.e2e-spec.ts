import { loadConfig } from '../../apps/hub-api/src/config/hub-config';
import { freePort } from '../utils/hub-process';
import { startTestApp, TestApp } from '../utils/test-app';

const CONSOLE = 'https://console.jinjiang.example.gov.cn';

/** Operations: what an orchestrator probes, and the headers a browser sees. */
describe('operations: probes, security headers and CORS', () => {
  let hub: TestApp;

  beforeAll(async () => {
    hub = await startTestApp();
  });
  afterAll(async () => {
    await hub.close();
  });

  it('answers /health/live and /health/ready beside /health', async () => {
    const live = await fetch(`${hub.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'ok', info: { process: { status: 'up' } } });
    const ready = await fetch(`${hub.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, evidenceStore: { status: 'up' } } });
  });

  it('stays live but not ready while a dependency is down', async () => {
    const storeDown = await startTestApp({ S3_ENDPOINT: `http://127.0.0.1:${await freePort()}` });
    try {
      expect((await fetch(`${storeDown.url}/health/live`)).status).toBe(200);
      const ready = await fetch(`${storeDown.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({
        status: 'error',
        info: { database: { status: 'up' } },
        error: { evidenceStore: { status: 'down' } },
      });
      expect((await fetch(`${storeDown.url}/health`)).status).toBe(503);
    } finally {
      await storeDown.close();
    }
  });

  it('sends security headers on GraphQL, health and error answers', async () => {
    const answers = [
      await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ viewer { name } }"}',
      }),
      await fetch(`${hub.url}/health`),
      await fetch(`${hub.url}/no/such/path`),
    ];
    for (const answer of answers) {
      expect(answer.headers.get('content-security-policy')).toBe(
        "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
      );
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(answer.headers.get('strict-transport-security')).toBe('max-age=15552000');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('x-powered-by')).toBeNull();
    }
    // No HTML page to weaken the policy for: Apollo's landing page is off.
    const page = await fetch(`${hub.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('gives no CORS grant by default', async () => {
    const preflight = await fetch(`${hub.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: CONSOLE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const call = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { origin: CONSOLE, 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(call.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets the configured console origin call with its bearer token, and no other origin', async () => {
    const withCors = await startTestApp({ HUB_CORS_ORIGINS: `${CONSOLE}, http://127.0.0.1:5173` });
    try {
      const preflight = await fetch(`${withCors.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin: CONSOLE,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(CONSOLE);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      expect(preflight.headers.get('access-control-max-age')).toBe('600');

      const call = await fetch(`${withCors.url}/graphql`, {
        method: 'POST',
        headers: { origin: 'http://127.0.0.1:5173', 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(call.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
      expect(call.headers.get('access-control-expose-headers')).toBe('x-request-id');

      const other = await fetch(`${withCors.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await withCors.close();
    }
  });

  it('stops at start-up on an origin list it cannot use', () => {
    for (const bad of ['*', 'console.example.gov.cn', 'https://console.example.gov.cn/path']) {
      expect(() => loadConfig({ HUB_CORS_ORIGINS: bad })).toThrow(
        /^Configuration error: HUB_CORS_ORIGINS must be a comma-separated list of origins/,
      );
    }
  });
});
