import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';

import { join } from 'node:path';
import { embeddedHubSuite } from '../utils/embedded-hub-suite';
import { exited, freePort, HUB_MAIN, HubProcess } from '../utils/hub-process';

async function graphql(url: string, query: string, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ extensions: { code: string } }> };
}

function postmasterRunning(dataDir: string): boolean {
  const pidFile = join(dataDir, 'pg/postmaster.pid');
  if (!existsSync(pidFile)) return false;
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 0);
    return true;
  } catch {
    return false;
  }
}

describe('quick start: the built hub on the embedded default (smoke)', () => {
  const { dataDir, env, start } = embeddedHubSuite('hub-quickstart-', 'info');
  let hub: HubProcess | null = null;

  it('answers a GraphQL query within 60 seconds of a cold start, with demo credentials printed', async () => {
    hub = await start();
    expect(hub.seconds).toBeLessThan(60);
    const admin = /demo-admin \/ (\S+)/.exec(hub.output());
    expect(admin).not.toBeNull();
    // The field console is served at / beside the API, its URL printed above the GraphQL URL's.
    expect(hub.output()).toContain(`  Console:     ${hub.url}/\n  GraphQL API: ${hub.url}/graphql\n`);
    const consolePage = await fetch(`${hub.url}/`, { headers: { accept: 'text/html' } });
    expect(consolePage.status).toBe(200);
    expect(consolePage.headers.get('cache-control')).toBe('no-cache');
    expect(consolePage.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await consolePage.text()).toContain('<title>执法终端');
    const login = await graphql(hub.url, `mutation { login(input: {username: "demo-admin", password: "${admin![1]}"}) { accessToken } }`);
    const units = await graphql(
      hub.url,
      '{ units(first: 100, kinds: [TOWN, SUBDISTRICT]) { nodes { code } } }',
      login.data.login.accessToken,
    );
    expect(units.data.units.nodes).toHaveLength(19);
    // The printed example runs against the demo data seeded on first start.
    const example = /Try: (\{ partyProfile.*\})\s*$/m.exec(hub.output());
    expect(example).not.toBeNull();
    const profile = await graphql(hub.url, example![1], login.data.login.accessToken);
    expect(profile.data.partyProfile).toMatchObject({
      names: ['晋江市青阳鸿福餐饮店'],
      licences: [{ status: 'SUSPENDED' }],
      penalties: [{ fineAmount: '5000.00' }],
    });
    const apiKey = /API key (hub_\S+)/.exec(hub.output())![1];
    expect((await graphql(hub.url, '{ viewer { unitCode } }', apiKey)).data.viewer.unitCode).toBe('dept-market-regulation');

    // The embedded evidence store signs with credentials generated into the data folder (owner-only),
    // serves the hub that holds them, and refuses anything unsigned.
    const credentialsFile = join(dataDir, 's3-credentials.json');
    expect(statSync(credentialsFile).mode & 0o777).toBe(0o600);
    const storeKeys = JSON.parse(readFileSync(credentialsFile, 'utf8')) as { accessKey: string; secretKey: string };
    expect(storeKeys.accessKey).not.toBe('S3RVER');
    expect(storeKeys.secretKey.length).toBeGreaterThanOrEqual(32);
    const { Client } = await import('minio');
    const signed = new Client({
      endPoint: '127.0.0.1',
      port: Number(env.EMBEDDED_S3_PORT),
      useSSL: false,
      ...storeKeys,
      region: 'us-east-1',
      pathStyle: true,
    });
    expect(await signed.bucketExists('hub-evidence')).toBe(true);
    expect((await fetch(`http://127.0.0.1:${env.EMBEDDED_S3_PORT}/hub-evidence/`)).status).toBe(403);

    // Logs are JSON lines, one per request with its id, and no credential ever reaches them.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const logLines = hub
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    const records = logLines.map((line) => JSON.parse(line) as { req?: { id: string; url: string } });
    expect(records.filter((r) => r.req?.url === '/graphql').length).toBeGreaterThanOrEqual(3);
    expect(records.every((r) => !r.req || typeof r.req.id === 'string')).toBe(true);
    const logs = logLines.join('\n');
    expect(logs).not.toContain(apiKey);
    expect(logs).not.toContain(admin![1]);
    expect(logs).not.toContain(login.data.login.accessToken);
  }, 90_000);

  it('recovers from a crash that left the embedded PostgreSQL running', async () => {
    hub!.child.kill('SIGKILL');
    await exited(hub!.child);
    expect(postmasterRunning(dataDir)).toBe(true); // the stale server the next start must deal with
    hub = await start();
    expect(hub.output()).toContain('stopping a stale embedded PostgreSQL');
    expect((await graphql(hub.url, '{ viewer { name } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  }, 90_000);

  it('leaves no embedded PostgreSQL behind when start-up fails (port taken)', async () => {
    const occupied = `http://${new URL(hub!.url).host}`;
    const second = spawn(process.execPath, [HUB_MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        ...env,
        HUB_DATA_DIR: join(dataDir, 'second'),
        EMBEDDED_PG_PORT: String(await freePort()),
        EMBEDDED_S3_PORT: String(await freePort()),
        PORT: new URL(occupied).port,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    second.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exited(second)).toBe(1);
    expect(stderr).toMatch(/hub failed to start: .*EADDRINUSE/);
    expect(postmasterRunning(join(dataDir, 'second'))).toBe(false);
  }, 60_000);

  it('shuts down cleanly on SIGTERM, stopping the embedded PostgreSQL', async () => {
    hub!.child.kill('SIGTERM');
    expect(await exited(hub!.child)).toBe(0);
    expect(postmasterRunning(dataDir)).toBe(false);
  }, 30_000);
});
