import { JwtService } from '@nestjs/jwt';
import { Role } from '@hub/shared-schema';
import { DataSource, QueryRunner } from 'typeorm';
import { AccountsService } from '../../apps/hub-api/src/modules/auth/accounts.service';
import { exited } from '../utils/hub-process';
import { onlyError, startHubProcessOn, startTestApp, TestApp, TEST_JWT_SECRET } from '../utils/test-app';
import { eventually } from '../utils/wait';

const QINGYANG = '350582001';
const VIEWER = '{ viewer { name roles } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken user { id } } }';
const USERS = (unit: string) => `{ users(unitCode: "${unit}") { id username active } }`;

/** Addresses from the documentation ranges (RFC 5737), sent as X-Forwarded-For: no traffic goes there. */
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

describe('log-in limits, user lifecycle and token checks (e2e)', () => {
  let hub: TestApp;
  let admin: string;
  let accounts: number;

  beforeAll(async () => {
    // A lower limit per address than the default 20 keeps the hashing this file does small (the
    // fault suite tries the default); the user name's limits are the defaults.
    hub = await startTestApp({ HUB_TRUST_PROXY: 'true', LOGIN_ADDRESS_FREE_FAILURES: '8', LOGIN_ADDRESS_LOCKOUT_FAILURES: '12' });
    admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
    accounts = 0;
  });
  afterAll(() => hub.close());

  async function account(roles: Role[] = [Role.OFFICER]) {
    const username = `login-e2e-${++accounts}`;
    const password = `right-password-${accounts}`;
    const user = await hub.app.get(AccountsService).create({ username, displayName: username, unitCode: QINGYANG, roles, password });
    return { username, password, id: user.id };
  }

  const login = (username: string, password: string, address = '192.0.2.1') =>
    hub.gql(LOGIN, { input: { username, password } }, from(address));
  const code = (response: { errors?: Array<{ extensions?: { code?: string } }> }) => response.errors?.[0]?.extensions?.code ?? 'OK';
  /** As if the wait had passed: the delay is the database's to keep, so the test moves the last failure back. */
  const waitPassed = (key: string, seconds: number) =>
    hub.sql(`UPDATE login_throttle SET last_failure_at = last_failure_at - make_interval(secs => $2) WHERE key = $1`, [key, seconds]);

  async function metric(reason: string): Promise<number> {
    const text = await (await fetch(`${hub.url}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith(`hub_login_failures_total{reason="${reason}"}`));
    return line ? Number(line.split(' ').pop()) : 0;
  }

  describe('rate limits on failed log-ins', () => {
    it('lets 5 failures of a user name through, then doubles the wait, then locks it out for 15 minutes, before any hashing', async () => {
      const { username, password } = await account();
      const limitedBefore = await metric('rate_limited');
      const wrongBefore = await metric('wrong_password');
      // Each attempt from another address: the user name's own limit is what is tested here.
      for (let i = 1; i <= 5; i++) expect(code(await login(username, 'wrong', `192.0.2.${10 + i}`))).toBe('UNAUTHENTICATED');
      const waits: number[] = [];
      for (let failure = 5; failure < 10; failure++) {
        const refused = onlyError(await login(username, 'wrong', '198.51.100.1'));
        expect(refused.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
        waits.push(refused.extensions!.retryAfterSeconds as number);
        await waitPassed(`user:${username}`, refused.extensions!.retryAfterSeconds as number);
        expect(code(await login(username, 'wrong', '198.51.100.2'))).toBe('UNAUTHENTICATED');
      }
      expect(waits).toEqual([1, 2, 4, 8, 16]);
      // The tenth failure locked the name: even the right password is refused, from anywhere.
      const locked = onlyError(await login(username, password, '203.0.113.9'));
      expect(locked.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 900 });
      expect(locked.message).toMatch(/锁定/);
      expect(await metric('wrong_password')).toBe(wrongBefore + 10);
      expect(await metric('rate_limited')).toBe(limitedBefore + 6);
      // Every attempt, refused or failed, left its audit row under the name tried.
      const rows = await hub.sql(`SELECT outcome FROM audit_entry WHERE operation = 'auth.login' AND actor_name = $1`, [username]);
      expect(rows.filter((r) => r.outcome === 'RATE_LIMITED')).toHaveLength(6);
      expect(rows.filter((r) => r.outcome === 'UNAUTHENTICATED')).toHaveLength(10);

      await waitPassed(`user:${username}`, 900);
      expect(code(await login(username, password, '203.0.113.9'))).toBe('OK');
      expect(await hub.sql(`SELECT 1 FROM login_throttle WHERE key = $1`, [`user:${username}`])).toHaveLength(0);
    }, 90_000);

    it('limits one client address across user names, and leaves other addresses alone', async () => {
      const { username, password } = await account();
      for (let i = 0; i < 8; i++) expect(code(await login(`nobody-${i}`, 'guess', '198.51.100.77'))).toBe('UNAUTHENTICATED');
      const refused = onlyError(await login(username, password, '198.51.100.77'));
      expect(refused.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
      expect(await metric('unknown_user')).toBeGreaterThanOrEqual(8);
      expect(code(await login(username, password, '198.51.100.78'))).toBe('OK');
    }, 90_000);

    it("does not count successful log-ins, and a success forgets the name's failures", async () => {
      const { username, password } = await account();
      // Without the reset, the second round's second failure would be the sixth, and wait.
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < 4; i++) expect(code(await login(username, 'wrong', `192.0.2.${100 + round}`))).toBe('UNAUTHENTICATED');
        expect(code(await login(username, password, `192.0.2.${100 + round}`))).toBe('OK');
      }
      for (let i = 0; i < 3; i++) expect(code(await login(username, password, '192.0.2.200'))).toBe('OK');
      expect(await hub.sql(`SELECT key FROM login_throttle WHERE key IN ($1, $2)`, [`user:${username}`, 'addr:192.0.2.200'])).toEqual([]);
    }, 90_000);

    it('counts the same failures in every hub process (the counts live in the database)', async () => {
      const { username } = await account();
      const second = await startHubProcessOn(hub, { HUB_TRUST_PROXY: 'true', HUB_DELIVERY_WORKER: 'false' });
      try {
        for (let i = 0; i < 5; i++) {
          const target = i % 2 === 0 ? hub.url : second.url;
          const response = await fetch(`${target}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${150 + i}` },
            body: JSON.stringify({ query: LOGIN, variables: { input: { username, password: 'secret-guess-do-not-log' } } }),
          });
          expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe(
            'UNAUTHENTICATED',
          );
        }
        expect(code(await login(username, 'wrong', '192.0.2.160'))).toBe('RATE_LIMITED');
        // Each failure is a JSON log line with reason, name and address, and never the password.
        const lines = await eventually(
          async () =>
            second
              .output()
              .split('\n')
              .filter((line) => line.includes('"login.failed"')),
          (found) => found.length >= 2,
        );
        expect(JSON.parse(lines[0])).toMatchObject({
          event: 'login.failed',
          reason: 'wrong_password',
          username,
          clientAddress: '192.0.2.151',
        });
        expect(second.output()).not.toContain('secret-guess-do-not-log');
      } finally {
        second.child.kill('SIGTERM');
        await exited(second.child);
      }
    }, 120_000);
  });

  describe('no pooled connection is held while a password is hashed', () => {
    it('answers /health from a connection of its own while every pooled connection is taken', async () => {
      const dataSource = hub.app.get(DataSource);
      const held: QueryRunner[] = [];
      try {
        for (let i = 0; i < 4; i++) {
          const runner = dataSource.createQueryRunner();
          await runner.startTransaction();
          held.push(runner);
        }
        const health = await fetch(`${hub.url}/health`);
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({ info: { database: { status: 'up' } } });
      } finally {
        for (const runner of held) {
          await runner.rollbackTransaction();
          await runner.release();
        }
      }
    });

    it('keeps /health up and API-key queries answering through a burst of 64 concurrent wrong log-ins', async () => {
      const key = await hub.apiKey(QINGYANG);
      let settled = false;
      const burst = Promise.all(Array.from({ length: 64 }, (_, i) => login(`flood-${i}`, 'wrong', `203.0.113.${i}`))).finally(
        () => (settled = true),
      );
      const checks: Array<{ database: string | undefined; units: number }> = [];
      // Checked again and again while the burst is hashing (bounded: the burst settles on its own).
      while (!settled && checks.length < 500) {
        const health = await fetch(`${hub.url}/health`);
        const body = (await health.json()) as { details?: { database?: { status: string } } };
        const units = await hub.gql('{ units(first: 3) { nodes { code } } }', {}, { credential: key });
        checks.push({ database: body.details?.database?.status, units: units.data?.units.nodes.length ?? 0 });
      }
      const answers = await burst;
      expect(answers.map(code).filter((c) => c !== 'UNAUTHENTICATED')).toEqual([]);
      expect(checks.length).toBeGreaterThan(0);
      expect(checks.filter((c) => c.database !== 'up' || c.units !== 3)).toEqual([]);
    }, 180_000);
  });

  describe('the lifecycle of an account', () => {
    it("deactivation ends the user's tokens at once and refuses their log-in; reactivation does not revive old tokens", async () => {
      const { username, password, id } = await account();
      const token = (await login(username, password)).data!.login.accessToken as string;
      expect((await hub.gql(VIEWER, {}, { credential: token })).data?.viewer.name).toBe(username);
      const off = await hub.gql(
        'mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id active } }',
        { input: { userId: id, active: false } },
        { credential: admin },
      );
      expect(off.data?.setUserActive).toEqual({ id, active: false });
      expect(code(await hub.gql(VIEWER, {}, { credential: token }))).toBe('UNAUTHENTICATED');
      expect(code(await login(username, password))).toBe('UNAUTHENTICATED');
      expect((await hub.gql(USERS(QINGYANG), {}, { credential: admin })).data?.users).toContainEqual({ id, username, active: false });

      await hub.gql(
        'mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { active } }',
        { input: { userId: id, active: true } },
        { credential: admin },
      );
      expect(code(await hub.gql(VIEWER, {}, { credential: token }))).toBe('UNAUTHENTICATED');
      const fresh = (await login(username, password)).data!.login.accessToken as string;
      expect((await hub.gql(VIEWER, {}, { credential: fresh })).data?.viewer.name).toBe(username);
    });

    it("an admin's password reset ends the user's tokens; the new password logs in, the old does not", async () => {
      const { username, password, id } = await account();
      const token = (await login(username, password)).data!.login.accessToken as string;
      const reset = await hub.gql(
        'mutation($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { id } }',
        { input: { userId: id, newPassword: 'a-brand-new-password' } },
        { credential: admin },
      );
      expect(reset.data?.resetUserPassword).toEqual({ id });
      expect(code(await hub.gql(VIEWER, {}, { credential: token }))).toBe('UNAUTHENTICATED');
      expect(code(await login(username, password))).toBe('UNAUTHENTICATED');
      expect(code(await login(username, 'a-brand-new-password'))).toBe('OK');
      const [row] = await hub.sql(
        `SELECT outcome, target FROM audit_entry WHERE operation = 'user.resetPassword' ORDER BY id DESC LIMIT 1`,
      );
      expect(row).toEqual({ outcome: 'OK', target: id });
    });

    it("changing one's own password needs the current one, ends every earlier token and answers a new one", async () => {
      const { username, password } = await account();
      const first = (await login(username, password)).data!.login.accessToken as string;
      const second = (await login(username, password)).data!.login.accessToken as string;
      const CHANGE = 'mutation($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) { accessToken } }';
      const wrong = await hub.gql(
        CHANGE,
        { input: { currentPassword: 'not-it', newPassword: 'my-own-new-password' } },
        { credential: first },
      );
      expect(onlyError(wrong).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.currentPassword' });
      const short = await hub.gql(CHANGE, { input: { currentPassword: password, newPassword: 'short' } }, { credential: first });
      expect(onlyError(short).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.newPassword' });

      const changed = await hub.gql(
        CHANGE,
        { input: { currentPassword: password, newPassword: 'my-own-new-password' } },
        { credential: first },
      );
      const renewed = changed.data!.changeOwnPassword.accessToken as string;
      for (const old of [first, second]) expect(code(await hub.gql(VIEWER, {}, { credential: old }))).toBe('UNAUTHENTICATED');
      expect((await hub.gql(VIEWER, {}, { credential: renewed })).data?.viewer.name).toBe(username);
      expect(code(await login(username, 'my-own-new-password'))).toBe('OK');
      const outcomes = await hub.sql(
        `SELECT outcome FROM audit_entry WHERE operation = 'user.changeOwnPassword' AND actor_name = $1 ORDER BY id`,
        [username],
      );
      expect(outcomes.map((r) => r.outcome)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'OK']);
    });

    it("keeps the lifecycle to admins (and one's own password to people)", async () => {
      const { id } = await account();
      const leader = await hub.userToken([Role.LEADER], QINGYANG);
      const key = await hub.apiKey(QINGYANG);
      const refused = [
        await hub.gql(
          'mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id } }',
          { input: { userId: id, active: false } },
          { credential: leader },
        ),
        await hub.gql(
          'mutation($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { id } }',
          { input: { userId: id, newPassword: 'x'.repeat(12) } },
          { credential: leader },
        ),
        await hub.gql(
          'mutation($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) { accessToken } }',
          { input: { currentPassword: 'x', newPassword: 'x'.repeat(12) } },
          { credential: key },
        ),
      ];
      expect(refused.map(code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      const missing = await hub.gql(
        'mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id } }',
        { input: { userId: '00000000-0000-4000-8000-000000000000', active: false } },
        { credential: admin },
      );
      expect(onlyError(missing).extensions).toEqual({ code: 'NOT_FOUND', field: 'input.userId' });
    });
  });

  describe('tokens', () => {
    const signer = new JwtService({ secret: TEST_JWT_SECRET });

    it('refuses a correctly signed token without exp', async () => {
      const { username, password } = await account();
      const token = (await login(username, password)).data!.login.accessToken as string;
      const { sub, name, unit, roles, ver } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<
        string,
        unknown
      >;
      const noExp = await signer.signAsync({ sub, name, unit, roles, ver }, { issuer: 'jinjiang-hub' });
      expect(code(await hub.gql(VIEWER, {}, { credential: noExp }))).toBe('UNAUTHENTICATED');
      const withExp = await signer.signAsync({ sub, name, unit, roles, ver }, { issuer: 'jinjiang-hub', expiresIn: 60 });
      expect((await hub.gql(VIEWER, {}, { credential: withExp })).data?.viewer.name).toBe(username);
    });

    it.each(['x', '1', "' OR 1=1 --", '00000000-0000-4000-8000-00000000000Z'])(
      'answers UNAUTHENTICATED to a signed token whose subject is %j',
      async (sub) => {
        const token = await signer.signAsync(
          { sub, name: 'x', unit: QINGYANG, roles: [Role.ADMIN], ver: 0 },
          { issuer: 'jinjiang-hub', expiresIn: 60 },
        );
        expect(onlyError(await hub.gql(VIEWER, {}, { credential: token })).extensions).toEqual({ code: 'UNAUTHENTICATED' });
      },
    );
  });
});
