import { JwtService } from '@nestjs/jwt';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { onlyError, startTestApp, TestApp, TEST_JWT_SECRET } from '../utils/test-app';

const QINGYANG = '350582001';
const ANHAI = '350582101';
const MARKET = 'dept-market-regulation';

const VIEWER = '{ viewer { kind name unitCode roles scopes } }';
const UPDATE_CONTACT = 'mutation($input: UpdateUnitContactInput!) { updateUnitContact(input: $input) { code contact { name phone } } }';

describe('authentication and authorization (e2e)', () => {
  let hub: TestApp;
  beforeAll(async () => {
    hub = await startTestApp();
  });
  afterAll(() => hub.close());

  describe('authentication', () => {
    it('refuses a call without a credential', async () => {
      expect(onlyError(await hub.gql(VIEWER)).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it.each([
      ['a malformed key', 'hub_nonsense'],
      ['an unknown key', `hub_000000000000_${'A'.repeat(43)}`],
      ['a random token', 'not-a-token'],
    ])('refuses %s', async (_, credential) => {
      expect(onlyError(await hub.gql(VIEWER, {}, { credential })).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a known key prefix with the wrong secret', async () => {
      const key = await hub.apiKey(MARKET);
      const forged = `${key.slice(0, 'hub_000000000000_'.length)}${'B'.repeat(43)}`;
      expect(onlyError(await hub.gql(VIEWER, {}, { credential: forged })).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('accepts the key in X-API-Key as well as in Authorization', async () => {
      const key = await hub.apiKey(MARKET);
      const response = await hub.gql(VIEWER, {}, { headers: { 'x-api-key': key } });
      expect(response.data?.viewer).toMatchObject({ kind: 'API_KEY', unitCode: MARKET, roles: ['CONNECTOR'], scopes: ['READ'] });
    });

    it('refuses tokens signed with another secret, expired, or with another algorithm', async () => {
      const claims = { sub: 'x', name: 'forger', unit: QINGYANG, roles: [Role.ADMIN] };
      const forged = await new JwtService({ secret: 'another-secret-another-secret-another-secret' }).signAsync(claims, {
        issuer: 'jinjiang-hub',
      });
      const expired = await new JwtService({ secret: TEST_JWT_SECRET }).signAsync(
        { ...claims, exp: Math.floor(Date.now() / 1000) - 10 },
        { issuer: 'jinjiang-hub' },
      );
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const unsigned = `${header}.${Buffer.from(JSON.stringify({ ...claims, iss: 'jinjiang-hub' })).toString('base64url')}.`;
      for (const credential of [forged, expired, unsigned]) {
        expect(onlyError(await hub.gql(VIEWER, {}, { credential })).extensions?.code).toBe('UNAUTHENTICATED');
      }
    });

    it('logs in with the right password only', async () => {
      const token = await hub.userToken([Role.OFFICER], QINGYANG);
      expect((await hub.gql(VIEWER, {}, { credential: token })).data?.viewer).toMatchObject({
        kind: 'USER',
        unitCode: QINGYANG,
        roles: ['OFFICER'],
      });
      const wrong = await hub.gql('mutation { login(input: {username: "nobody-here", password: "x"}) { accessToken } }');
      expect(onlyError(wrong).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('stops accepting a key once revoked through the API', async () => {
      const leader = await hub.userToken([Role.LEADER], QINGYANG);
      const issued = await hub.gql(
        'mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret apiKey { id prefix scopes } } }',
        { input: { unitCode: QINGYANG, name: 'case system', scopes: ['READ'] } },
        { credential: leader },
      );
      const { secret, apiKey } = issued.data!.issueApiKey;
      expect(secret.startsWith(apiKey.prefix)).toBe(true);
      expect((await hub.gql(VIEWER, {}, { credential: secret })).data?.viewer.unitCode).toBe(QINGYANG);

      // The secret is stored only as a hash.
      const stored = await hub.sql('SELECT secret_hash FROM api_key WHERE id = $1', [apiKey.id]);
      expect(stored[0].secret_hash).not.toContain(secret.slice(-20));

      const revoked = await hub.gql(
        'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
        { id: apiKey.id },
        { credential: leader },
      );
      expect(revoked.data?.revokeApiKey.revokedAt).toEqual(expect.any(String));
      expect(onlyError(await hub.gql(VIEWER, {}, { credential: secret })).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it("stops accepting a deactivated unit's keys and its people's tokens, and refuses their log-in", async () => {
      const key = await hub.apiKey('dept-water');
      const leader = await hub.userToken([Role.LEADER], 'dept-water');
      expect((await hub.gql(VIEWER, {}, { credential: leader })).data?.viewer.unitCode).toBe('dept-water');
      const admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
      await hub.gql('mutation { setUnitActive(input: {unitCode: "dept-water", active: false}) { active } }', {}, { credential: admin });
      expect(onlyError(await hub.gql(VIEWER, {}, { credential: key })).extensions?.code).toBe('UNAUTHENTICATED');
      expect(onlyError(await hub.gql(VIEWER, {}, { credential: leader })).extensions?.code).toBe('UNAUTHENTICATED');
      await expect(hub.userToken([Role.OFFICER], 'dept-water')).rejects.toThrow(/deactivated/);
    });

    it('applies a change of roles at once, not when the token expires', async () => {
      const token = await hub.userToken([Role.LEADER], ANHAI);
      const [{ sub }] = [JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString())];
      await hub.sql(`UPDATE user_account SET roles = '{OFFICER}' WHERE id = $1`, [sub]);
      expect((await hub.gql(VIEWER, {}, { credential: token })).data?.viewer.roles).toEqual(['OFFICER']);
    });
  });

  describe('acting for a unit', () => {
    it("refuses a unit's key acting for another unit", async () => {
      const key = await hub.apiKey(MARKET, [ApiKeyScope.UNIT_PROFILE]);
      const own = await hub.gql(UPDATE_CONTACT, { input: { unitCode: MARKET, name: '张三', phone: '0595-85600000' } }, { credential: key });
      expect(own.data?.updateUnitContact).toEqual({ code: MARKET, contact: { name: '张三', phone: '0595-85600000' } });
      const other = await hub.gql(UPDATE_CONTACT, { input: { unitCode: ANHAI, name: '李四' } }, { credential: key });
      expect(onlyError(other).extensions?.code).toBe('FORBIDDEN');
      const [anhai] = await hub.sql('SELECT contact_name FROM unit WHERE code = $1', [ANHAI]);
      expect(anhai.contact_name).toBeNull();
    });

    it('refuses a key without the scope the operation needs', async () => {
      const key = await hub.apiKey(MARKET, [ApiKeyScope.READ]);
      const response = await hub.gql(UPDATE_CONTACT, { input: { unitCode: MARKET, name: '王五' } }, { credential: key });
      expect(onlyError(response)).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('UNIT_PROFILE') });
    });

    it("refuses a leader revoking another unit's key, and lets an admin do it", async () => {
      const anhaiKey = await hub.apiKey(ANHAI);
      const [{ id }] = await hub.sql('SELECT id FROM api_key WHERE prefix = $1', [anhaiKey.slice(0, 16)]);
      const qingyangLeader = await hub.userToken([Role.LEADER], QINGYANG);
      const refused = await hub.gql('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id }, { credential: qingyangLeader });
      expect(onlyError(refused).extensions?.code).toBe('FORBIDDEN');
      const admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
      const done = await hub.gql('mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }', { id }, { credential: admin });
      expect(done.data?.revokeApiKey.revokedAt).toEqual(expect.any(String));
    });
  });

  describe('each role sees only the operations it may use', () => {
    // [operation, document, variables] — all aimed at the caller's own unit (青阳街道 for people).
    const operations: Array<[string, string, Record<string, unknown>]> = [
      ['viewer', VIEWER, {}],
      ['units', '{ units(first: 1) { nodes { code } } }', {}],
      ['unit', `{ unit(unitCode: "${QINGYANG}") { code } }`, {}],
      [
        'createUnit',
        'mutation($input: CreateUnitInput!) { createUnit(input: $input) { code } }',
        { input: { code: 'dept-test-unit', name: '测试单位', kind: 'DEPARTMENT' } },
      ],
      ['setUnitActive', `mutation { setUnitActive(input: {unitCode: "${ANHAI}", active: true}) { code } }`, {}],
      ['updateUnitContact', UPDATE_CONTACT, { input: { unitCode: QINGYANG, name: '赵六' } }],
      [
        'issueApiKey',
        'mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret } }',
        { input: { unitCode: QINGYANG, name: 'k', scopes: ['READ'] } },
      ],
      ['apiKeys', `{ apiKeys(unitCode: "${QINGYANG}") { id } }`, {}],
      [
        'createUser',
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { username: 'matrix-user', displayName: 'x', unitCode: QINGYANG, roles: ['OFFICER'], password: 'long-enough-password' } },
      ],
      ['users', `{ users(unitCode: "${QINGYANG}") { id } }`, {}],
      ['auditLog', '{ auditLog(first: 1) { nodes { id } } }', {}],
      ['auditChainStatus', '{ auditChainStatus { intact } }', {}],
    ];
    // What each role may do (docs/domain.md personas); everything not listed must be FORBIDDEN.
    const allowed: Record<Role, string[]> = {
      [Role.OFFICER]: ['viewer', 'units', 'unit'],
      [Role.STATISTICIAN]: ['viewer', 'units', 'unit'],
      [Role.LEADER]: ['viewer', 'units', 'unit', 'updateUnitContact', 'issueApiKey', 'apiKeys', 'users'],
      [Role.SUPERVISOR]: ['viewer', 'units', 'unit', 'auditLog', 'auditChainStatus'],
      [Role.ADMIN]: operations.map(([name]) => name),
      [Role.CONNECTOR]: ['viewer', 'units', 'unit', 'updateUnitContact'],
    };

    it.each(Object.values(Role))('%s', async (role) => {
      const credential =
        role === Role.CONNECTOR ? await hub.apiKey(QINGYANG, Object.values(ApiKeyScope)) : await hub.userToken([role], QINGYANG);
      const outcome: Record<string, string> = {};
      for (const [name, document, variables] of operations) {
        const response = await hub.gql(document, variables, { credential });
        outcome[name] = response.errors?.[0]?.extensions?.code ?? 'OK';
      }
      const expected = Object.fromEntries(operations.map(([name]) => [name, allowed[role].includes(name) ? 'OK' : 'FORBIDDEN']));
      // An admin's createUser/createUnit run once per test file: a rerun in the same database would CONFLICT.
      expect(outcome).toEqual(expected);
    });
  });
});
