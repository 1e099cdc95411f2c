import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { createHubApp } from '../../apps/hub-api/src/bootstrap';
import { TestClock } from '../../apps/hub-api/src/common/time/clock';
import { generateSigningKeyText } from '../../apps/hub-api/src/common/crypto/ed25519-keys';
import { loadConfig } from '../../apps/hub-api/src/config/hub-config';
import { AccountsService } from '../../apps/hub-api/src/modules/auth/accounts.service';
import { ApiKeysService } from '../../apps/hub-api/src/modules/auth/api-keys.service';
import { createTestDatabase, TestDatabase, withAdminClient } from '../setup/test-postgres';
import { freePort, HubProcess, startHubProcess } from './hub-process';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

/** The run's S3-compatible server (started by the global setup), as hub configuration. */
export function testObjectStoreEnv(): Record<string, string> {
  const { HUB_TEST_S3_ENDPOINT: endpoint, HUB_TEST_S3_ACCESS_KEY: accessKey, HUB_TEST_S3_SECRET_KEY: secretKey } = process.env;
  if (!endpoint || !accessKey || !secretKey) throw new Error('HUB_TEST_S3_ENDPOINT is not set: run the tests through jest (global setup)');
  // The store's generated credentials: it refuses any other key, and anything unsigned.
  return { S3_ENDPOINT: endpoint, S3_ACCESS_KEY: accessKey, S3_SECRET_KEY: secretKey, S3_BUCKET: 'hub-evidence-test' };
}

export interface GraphQLError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GraphQLError[];
}

export interface TestApp {
  url: string;
  db: TestDatabase;
  /** The app's own audit checkpoint key (one per test app, so each finds only its own checkpoints). */
  auditSigningKey: string;
  app: NestFastifyApplication;
  /** The hub's clock: follows the system time until a test sets or advances it (time travel without UPDATEs). */
  clock: TestClock;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { credential?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** Creates an account (fixture, not the API under test) and logs it in over HTTP; returns its token. */
  userToken(roles: Role[], unitCode: string): Promise<string>;
  /** Issues an API key through the service (fixture) and returns its secret. */
  apiKey(unitCode: string, scopes?: ApiKeyScope[]): Promise<string>;
  sql<R extends Record<string, any> = Record<string, any>>(text: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/** One GraphQL call over HTTP to the hub at `url` (a test app, or a hub process such as startHubProcessOn's). */
export async function gqlAt<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options: { credential?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.credential) headers.authorization = `Bearer ${options.credential}`;
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: GraphQLError[] };
  return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
}

/** The hub on a fresh database cloned from the migrated template, listening on a free port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const auditSigningKey = generateSigningKeyText();
  const config = loadConfig({
    // The hub runs as its runtime role, as in production; the tests' fixture SQL (`sql`) as the owner.
    DATABASE_URL: db.appUrl,
    DATABASE_OWNER_URL: db.url,
    HUB_AUDIT_SIGNING_KEY: auditSigningKey,
    HUB_JWT_SECRET: TEST_JWT_SECRET,
    HUB_RUN_MIGRATIONS: 'false',
    LOG_LEVEL: 'silent',
    DATABASE_POOL_SIZE: '4',
    ...testObjectStoreEnv(),
    ...env,
  });
  const clock = new TestClock();
  const app = await createHubApp(config, clock);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const gql: TestApp['gql'] = (query, variables, options) => gqlAt(url, query, variables, options);

  let users = 0;
  return {
    url,
    db,
    auditSigningKey,
    app,
    clock,
    gql,
    async userToken(roles, unitCode) {
      const username = `user-${++users}-${randomBytes(3).toString('hex')}`;
      const password = `pw-${randomBytes(12).toString('hex')}`;
      await app.get(AccountsService).create({ username, displayName: username, unitCode, roles, password });
      const login = await gql<{ login: { accessToken: string } }>(
        'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { username, password } },
      );
      if (!login.data) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
      return login.data.login.accessToken;
    },
    async apiKey(unitCode, scopes = [ApiKeyScope.READ]) {
      const issuer = {
        kind: 'USER' as any,
        id: 'fixture',
        name: 'fixture',
        unitCode,
        unitKind: 'DEPARTMENT' as any,
        roles: [Role.ADMIN],
        scopes: [],
      };
      return (await app.get(ApiKeysService).issue({ unitCode, name: 'fixture key', scopes }, issuer)).secret;
    },
    sql: (text, params = []) => withAdminClient(async (c) => (await c.query(text, params)).rows, db.url),
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** The single error of a response, failing the test with the whole body when there is not exactly one. */
export function onlyError(response: GraphQLResponse): GraphQLError {
  if (response.errors?.length !== 1) throw new Error(`expected one error, got ${JSON.stringify(response.errors ?? response.data)}`);
  return response.errors[0];
}

/**
 * The built hub as a second process on a test app's database, with the same hub secret (it opens the
 * sealed webhook secrets) and the run's object store: what a multi-process deployment looks like.
 */
export async function startHubProcessOn(app: TestApp, env: Record<string, string> = {}): Promise<HubProcess> {
  return startHubProcess({
    ...hubCliEnv(app),
    HUB_RUN_MIGRATIONS: 'false',
    HUB_DEMO: 'false',
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    ...env,
  });
}

/**
 * The environment a hub process or CLI (audit:verify, evidence:verify) needs on a test app's database:
 * as hub_app, with the owner's URL for migrations, the app's secrets and the run's object store.
 */
export function hubCliEnv(app: TestApp): Record<string, string> {
  return {
    DATABASE_URL: app.db.appUrl,
    DATABASE_OWNER_URL: app.db.url,
    HUB_JWT_SECRET: TEST_JWT_SECRET,
    HUB_AUDIT_SIGNING_KEY: app.auditSigningKey,
    ...testObjectStoreEnv(),
  };
}
