import { Role } from '@hub/shared-schema';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';

describe('API hygiene (e2e)', () => {
  let hub: TestApp;
  let admin: string;
  beforeAll(async () => {
    hub = await startTestApp();
    admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
  });
  afterAll(() => hub.close());

  const asAdmin = (query: string, variables?: Record<string, unknown>) => hub.gql(query, variables, { credential: admin });

  it('names the field at fault with its full path, and changes nothing', async () => {
    const response = await asAdmin('mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret } }', {
      input: { unitCode: '350582001', name: 'k', scopes: [] },
    });
    expect(onlyError(response)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.scopes' } });
    expect(await hub.sql(`SELECT 1 FROM api_key WHERE unit_code = '350582001'`)).toHaveLength(0);
  });

  it('bounds page sizes', async () => {
    const response = await asAdmin('{ units(first: 101) { nodes { code } } }');
    expect(onlyError(response)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('rejects a cursor it did not issue', async () => {
    const response = await asAdmin('{ auditLog(first: 5, after: "not-a-cursor") { nodes { id } } }');
    expect(onlyError(response).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('pages through units with cursors, every unit once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const response = await asAdmin(
        'query($after: String) { units(first: 7, after: $after) { nodes { code } pageInfo { endCursor hasNextPage } } }',
        { after },
      );
      const { nodes, pageInfo } = response.data!.units;
      seen.push(...nodes.map((n: { code: string }) => n.code));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    const [{ count }] = await hub.sql('SELECT count(*)::int AS count FROM unit');
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
    expect(seen.filter((code) => /^350582\d{3}$/.test(code))).toHaveLength(19);
  });

  it('answers NOT_FOUND and CONFLICT with the field', async () => {
    expect(onlyError(await asAdmin('{ unit(unitCode: "dept-nowhere") { code } }')).extensions).toEqual({
      code: 'NOT_FOUND',
      field: 'unitCode',
    });
    const duplicate = await asAdmin('mutation { createUnit(input: {code: "dept-justice", name: "重复", kind: DEPARTMENT}) { code } }');
    expect(onlyError(duplicate).extensions).toEqual({ code: 'CONFLICT', field: 'input.code' });
  });

  it('refuses too many aliases and too costly documents during validation', async () => {
    const aliased = await asAdmin(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: viewer { name }`).join(' ')} }`);
    expect(aliased.data ?? null).toBeNull();
    expect(onlyError(aliased)).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      message: expect.stringMatching(/alias/i),
    });
    const costly = await asAdmin('{ units(first: 1000) { nodes { code name contact { name phone division } } } }');
    expect(onlyError(costly)).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }, message: expect.stringMatching(/cost/i) });
  });

  it('parses documents up to GRAPHQL_MAX_TOKENS and stops at the first token over', async () => {
    // 12 tokens a selection and 2 braces: 166 selections make 1,994 tokens; 6 names more are the
    // 2,000 allowed, 7 are one over.
    const document = (extra: number) => `{ ${'units(first: 1) { nodes { code } } '.repeat(166)}${'__typename '.repeat(extra)}}`;
    const within = await asAdmin(document(6));
    expect(within.errors).toBeUndefined();
    expect(within.data?.units.nodes).toHaveLength(1);
    const over = onlyError(await asAdmin(document(7)));
    expect(over).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' }, message: expect.stringMatching(/2000 tokens/) });
  });

  it('refuses documents deeper than GRAPHQL_MAX_DEPTH', async () => {
    const shallow = await startTestApp({ GRAPHQL_MAX_DEPTH: '3' });
    try {
      const token = await shallow.userToken([Role.OFFICER], '350582001');
      const ok = await shallow.gql('{ units(first: 1) { nodes { code } } }', {}, { credential: token });
      expect(ok.errors).toBeUndefined();
      const deep = await shallow.gql('{ units(first: 1) { nodes { contact { name } } } }', {}, { credential: token });
      expect(onlyError(deep)).toMatchObject({
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        message: expect.stringMatching(/depth/i),
      });
    } finally {
      await shallow.close();
    }
  });

  it('never sends a stack trace, and hides internal messages', async () => {
    const responses = [
      await hub.gql('{ viewer { name } }'),
      await asAdmin('{ nonsense }'),
      await asAdmin('{ unit(unitCode: "dept-nowhere") { code } }'),
      await hub.gql('mutation { login(input: {username: "", password: ""}) { accessToken } }'),
    ];
    for (const response of responses) {
      for (const error of response.errors ?? []) {
        expect(error.extensions?.code).toEqual(expect.any(String));
        expect(JSON.stringify(error)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
      }
    }
  });

  it("gives every response a request id, keeping the caller's", async () => {
    const generated = await hub.gql('{ viewer { name } }');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await hub.gql('{ viewer { name } }', {}, { headers: { 'x-request-id': 'town-system-42' } });
    expect(kept.headers.get('x-request-id')).toBe('town-system-42');
  });

  it('serves /health with the database state and /metrics for Prometheus', async () => {
    const health = await fetch(`${hub.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    const metrics = await fetch(`${hub.url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('process_cpu_user_seconds_total');
  });
});
