import { embeddedHubSuite } from '../utils/embedded-hub-suite';
import { exited, HubProcess, runHubCliAsync } from '../utils/hub-process';

async function graphql(url: string, query: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ extensions: { code: string } }> };
}

/**
 * Maintenance commands beside a running embedded hub use its database server and
 * leave it running (they used to stop it as "stale"); and the hub's shutdown checkpoint of the audit
 * chain is then checked by audit:verify.
 */
describe('maintenance commands beside a running embedded hub (e2e, built hub)', () => {
  const { env, start } = embeddedHubSuite('hub-maintenance-', 'warn');
  let hub: HubProcess | null = null;

  it('audit:verify, migration:run and evidence:verify use the running server and the hub still answers', async () => {
    hub = await start();
    const password = /demo-admin \/ (\S+)/.exec(hub.output())![1];
    const login = `mutation { login(input: {username: "demo-admin", password: "${password}"}) { accessToken } }`;

    for (const [script, args, expected] of [
      ['audit-verify.js', [], /audit chain intact/],
      ['migrate.js', ['run'], /0 migration\(s\) applied/],
      ['evidence-verify.js', [], /evidence checked: 0/],
    ] as const) {
      const result = await runHubCliAsync(script, [...args], env);
      expect({ script, code: result.code, stdout: result.stdout }).toEqual({ script, code: 0, stdout: expect.stringMatching(expected) });
      expect(result.stderr).not.toContain('stopping a stale embedded PostgreSQL');
      expect(result.stderr).toContain('using the embedded PostgreSQL');
      // The hub's database is still up: a log-in reads and writes it.
      expect((await graphql(hub.url, login)).data?.login.accessToken).toEqual(expect.any(String));
    }
    expect(hub.child.exitCode).toBeNull();
  }, 120_000);

  it('writes a signed checkpoint at shutdown, which audit:verify then checks (starting the server itself)', async () => {
    hub!.child.kill('SIGTERM');
    expect(await exited(hub!.child)).toBe(0);
    const result = await runHubCliAsync('audit-verify.js', [], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/audit chain intact: \d+ row\(s\) checked, [1-9]\d* checkpoint\(s\) checked/);
  }, 60_000);
});
