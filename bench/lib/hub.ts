import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { request } from 'undici';
import { generateSigningKeyText } from '../../apps/hub-api/src/common/crypto/ed25519-keys';
import { generateApiKey } from '../../apps/hub-api/src/modules/auth/api-key-secret';
import { exited, freePort, HubProcess, startHubProcess } from '../../test/utils/hub-process';

export const BENCH_JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256-0123456789';

export interface BenchHub {
  url: string;
  pid: number;
  /** Peak resident memory of the hub process so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** The built hub as its own process, as production runs it (logs at warn), with its own embedded S3 store. */
export async function startBenchHub(databaseUrl: string, env: Record<string, string> = {}): Promise<BenchHub> {
  // BENCH_PROFILE=<dir>: the hub writes a V8 CPU profile there when it stops (see RESULTS.md).
  const nodeArgs = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
  // The hub runs as its runtime role (hub_app, created by the migrations), as in production.
  const appUrl = new URL(databaseUrl);
  appUrl.username = 'hub_app';
  appUrl.password = process.env.BENCH_APP_PASSWORD ?? '';
  const hub: HubProcess = await startHubProcess(
    {
      DATABASE_URL: appUrl.toString(),
      HUB_JWT_SECRET: BENCH_JWT_SECRET,
      HUB_AUDIT_SIGNING_KEY: generateSigningKeyText(),
      HUB_RUN_MIGRATIONS: 'false',
      HUB_DEMO: 'false',
      HUB_DATA_DIR: dataDir,
      EMBEDDED_S3_PORT: String(await freePort()),
      PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
      // As an operator runs Node services: graphql-js, among others, skips its development-time checks.
      NODE_ENV: 'production',
      ...env,
    },
    60_000,
    nodeArgs,
  );
  const pid = hub.child.pid!;
  return {
    url: hub.url,
    pid,
    peakRssMb: () => peakRssMb(pid),
    async stop() {
      hub.child.kill('SIGTERM');
      await exited(hub.child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/** An API key for a unit, written straight into the database (the issuing path is not what is measured). */
export async function issueApiKey(client: Client, unitCode: string, scopes: string[]): Promise<string> {
  const key = generateApiKey();
  await client.query(
    `INSERT INTO api_key (unit_code, name, prefix, secret_hash, scopes, created_by) VALUES ($1, 'bench', $2, $3, $4, 'bench')`,
    [unitCode, key.prefix, key.secretHash, scopes],
  );
  return key.secret;
}

/** A person's access token, by logging in as the console does (the account written straight into the database). */
export async function loginToken(url: string, username: string, password: string): Promise<string> {
  const { login } = await gql<{ login: { accessToken: string } }>(
    url,
    '',
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { username, password } },
  );
  return login.accessToken;
}

/**
 * One GraphQL call. Through undici's `request`, the lean HTTP client under Node's fetch: the
 * scenarios time the hub, not the WHATWG stream machinery of the client.
 */
export async function gql<T = unknown>(url: string, key: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.body.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data!;
}
