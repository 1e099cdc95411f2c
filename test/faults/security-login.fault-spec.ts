import { JwtService } from '@nestjs/jwt';
import { Role } from '@hub/shared-schema';
import { AccountsService } from '../../apps/hub-api/src/modules/auth/accounts.service';
import { startTestApp, TestApp, TEST_JWT_SECRET } from '../utils/test-app';
import { recordAttacks } from './fault-figures';

const QINGYANG = '350582001';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const VIEWER = '{ viewer { name } }';

type Answer = { errors?: Array<{ extensions?: { code?: string } }> };
const code = (response: Answer) => response.errors?.[0]?.extensions?.code ?? 'OK';

/**
 * Log-in limits and token checks, as an attacker would try them: guessing one person's
 * password, spraying guesses from one address (spoofing X-Forwarded-For where no proxy is trusted),
 * tokens that never expire or name no account, and a flood of log-ins meant to starve the pool.
 */
describe('security: log-in and tokens (fault)', () => {
  // The default configuration (no proxy trusted: the socket's address counts) …
  let direct: TestApp;
  // … and a hub behind a trusted proxy, where each guess may come from another address.
  let proxied: TestApp;

  beforeAll(async () => {
    [direct, proxied] = await Promise.all([startTestApp(), startTestApp({ HUB_TRUST_PROXY: 'true' })]);
  });
  afterAll(async () => {
    await Promise.all([direct.close(), proxied.close()]);
  });

  async function person(hub: TestApp, username: string) {
    const password = `the-real-password-${username}`;
    const user = await hub.app
      .get(AccountsService)
      .create({ username, displayName: username, unitCode: QINGYANG, roles: [Role.ADMIN], password });
    return { username, password, id: user.id };
  }

  const login = (hub: TestApp, username: string, password: string, forwardedFor?: string) =>
    hub.gql(LOGIN, { input: { username, password } }, forwardedFor ? { headers: { 'x-forwarded-for': forwardedFor } } : {});

  it('password guessing against one user name, each guess from another address: 5 tried, then refused before hashing, even the right password', async () => {
    const victim = await person(proxied, 'guess-victim');
    const answers: string[] = [];
    // The hub's clock stands still through the attack: the growing delay after the free failures is never
    // waited out, however slowly a loaded machine answers the 31 requests.
    proxied.clock.set(new Date());
    try {
      for (let i = 0; i < 30; i++) answers.push(code(await login(proxied, victim.username, `guess-${i}`, `198.51.100.${i + 1}`)));
      answers.push(code(await login(proxied, victim.username, victim.password, '198.51.100.200')));
    } finally {
      proxied.clock.reset();
    }
    const expected = [...Array<string>(5).fill('UNAUTHENTICATED'), ...Array<string>(26).fill('RATE_LIMITED')];
    const mishandled = answers.filter((answer, i) => answer !== expected[i]).length;
    // Refused guesses were not counted (nor hashed): the name holds the 5 failures that were tried.
    const [row] = await proxied.sql(`SELECT failures FROM login_throttle WHERE key = $1`, [`user:${victim.username}`]);
    recordAttacks('login: password guessing per user name', { tried: answers.length, mishandled });
    expect(answers).toEqual(expected);
    expect(row.failures).toBe(5);
  });

  it('password spraying from one address over many names, spoofing X-Forwarded-For on a hub that trusts no proxy: 20 tried, then refused', async () => {
    const victim = await person(direct, 'spray-victim');
    const answers: string[] = [];
    // As above: a clock that stands still, so the delay after 20 failures is never waited out (CI once
    // answered the 31st request a second after the 20th failure, and it was let through).
    direct.clock.set(new Date());
    try {
      for (let i = 0; i < 30; i++) answers.push(code(await login(direct, `sprayed-${i}`, 'Winter2026!', `203.0.113.${i + 1}`)));
      answers.push(code(await login(direct, victim.username, victim.password, '203.0.113.250')));
    } finally {
      direct.clock.reset();
    }
    const expected = [...Array<string>(20).fill('UNAUTHENTICATED'), ...Array<string>(11).fill('RATE_LIMITED')];
    const mishandled = answers.filter((answer, i) => answer !== expected[i]).length;
    recordAttacks('login: password guessing per client address', { tried: answers.length, mishandled });
    expect(answers).toEqual(expected);
  });

  it('refuses tokens signed with the hub secret that never expire or name no account', async () => {
    const { username, password } = await person(direct, 'token-owner');
    const issued = (await direct.app.get(AccountsService).login({ username, password }, { clientAddress: 'fixture', requestId: null }))
      .accessToken;
    const claims = JSON.parse(Buffer.from(issued.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    const { exp: _exp, iat: _iat, iss: _iss, ...lasting } = claims;
    const signer = new JwtService({ secret: TEST_JWT_SECRET });
    const sign = (payload: Record<string, unknown>, expiresIn?: number) =>
      signer.signAsync(payload, { issuer: 'jinjiang-hub', ...(expiresIn ? { expiresIn } : {}) });
    const withoutExp = [await sign(lasting), await sign({ ...lasting, iat: Math.floor(Date.now() / 1000) })];
    const subjects: unknown[] = [
      'x',
      '',
      '1',
      42,
      ['00000000-0000-4000-8000-000000000000'],
      { id: 1 },
      "'; DROP TABLE user_account; --",
      'a'.repeat(5000),
      '00000000-0000-4000-8000-00000000000g',
    ];
    const badSubjects = await Promise.all(subjects.map((sub) => sign({ ...lasting, sub }, 60)));
    const answers = [];
    for (const credential of [...withoutExp, ...badSubjects]) answers.push(code(await direct.gql(VIEWER, {}, { credential })));
    // The genuine token still works: the refusals are about the claims, not a broken hub.
    const genuine = code(await direct.gql(VIEWER, {}, { credential: issued }));
    recordAttacks('tokens: without exp', {
      tried: withoutExp.length,
      mishandled: answers.slice(0, withoutExp.length).filter((c) => c !== 'UNAUTHENTICATED').length,
    });
    recordAttacks('tokens: non-UUID subject', {
      tried: badSubjects.length,
      mishandled: answers.slice(withoutExp.length).filter((c) => c !== 'UNAUTHENTICATED').length,
    });
    expect(answers).toEqual(Array<string>(answers.length).fill('UNAUTHENTICATED'));
    expect(genuine).toBe('OK');
  });

  it('a flood of 64 concurrent log-ins leaves /health truthful and API-key queries answering (no pooled connection held while hashing)', async () => {
    const key = await proxied.apiKey(QINGYANG);
    let settled = false;
    const flood = Promise.all(Array.from({ length: 64 }, (_, i) => login(proxied, `flood-${i}`, 'wrong', `192.0.2.${i + 1}`))).finally(
      () => (settled = true),
    );
    let checks = 0;
    let failedChecks = 0;
    // Health and a unit system's query, again and again while the flood hashes (bounded: the flood settles).
    while (!settled && checks < 500) {
      checks++;
      const health = await fetch(`${proxied.url}/health`);
      const body = (await health.json()) as { details?: { database?: { status?: string } } };
      const units = await proxied.gql('{ units(first: 2) { nodes { code } } }', {}, { credential: key });
      // The database's entry, whatever the rest says (the run's S3 server lives in this busy test process).
      if (body.details?.database?.status !== 'up' || units.data?.units.nodes.length !== 2) failedChecks++;
    }
    const answers = (await flood).map(code);
    const mishandled = answers.filter((c) => c !== 'UNAUTHENTICATED').length + failedChecks;
    recordAttacks('login: flood starving the pool', { tried: answers.length, mishandled });
    expect({ mishandled, failedChecks }).toEqual({ mishandled: 0, failedChecks: 0 });
    expect(checks).toBeGreaterThan(0);
  });
});
