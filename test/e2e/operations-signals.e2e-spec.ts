import { ApiKeyScope } from '@hub/shared-schema';
import { exited, HubProcess } from '../utils/hub-process';
import { sample, scrape } from '../utils/metrics-text';
import { eventually } from '../utils/wait';
import { gqlAt, startHubProcessOn, startTestApp, TestApp } from '../utils/test-app';

const MARKET = 'dept-market-regulation';

/** Operations: the signals an operator alerts on, read through /metrics and the hub's own stdout. */
describe('operations: metrics and request logs', () => {
  let hub: TestApp;

  beforeAll(async () => {
    hub = await startTestApp();
  });
  afterAll(async () => {
    await hub.close();
  });

  it('counts and times each GraphQL operation by its schema name and result code, never by the name a caller chose', async () => {
    const key = await hub.apiKey(MARKET, [ApiKeyScope.READ]);
    const before = await scrape(hub.url);
    const ok = (text: string) => sample(text, 'hub_graphql_operations_total', { operation: 'query.viewer', code: 'OK' }) ?? 0;
    const unauthenticated = (text: string) =>
      sample(text, 'hub_graphql_operations_total', { operation: 'query.viewer', code: 'UNAUTHENTICATED' }) ?? 0;
    const timed = (text: string) =>
      sample(text, 'hub_graphql_operation_duration_seconds_count', { operation: 'query.viewer', code: 'OK' }) ?? 0;

    expect(
      (await hub.gql('query FreeTextNameChosenByTheCaller { viewer { unitCode } }', {}, { credential: key })).data?.viewer.unitCode,
    ).toBe(MARKET);
    expect((await hub.gql('{ viewer { unitCode } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await hub.gql('{ viewer { unitCode } units(first: 1) { nodes { code } } }', {}, { credential: key })).errors).toBeUndefined();
    expect((await hub.gql('{ noSuchField }', {}, { credential: key })).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const after = await scrape(hub.url);
    expect(ok(after) - ok(before)).toBe(1);
    expect(timed(after) - timed(before)).toBe(1);
    expect(unauthenticated(after) - unauthenticated(before)).toBe(1);
    expect(
      sample(after, 'hub_graphql_operation_duration_seconds_bucket', { operation: 'query.viewer', code: 'OK', le: '+Inf' }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'hub_graphql_operations_total', { operation: 'query.(several)', code: 'OK' })).toBeGreaterThanOrEqual(1);
    expect(
      sample(after, 'hub_graphql_operations_total', { operation: '(invalid)', code: 'GRAPHQL_VALIDATION_FAILED' }),
    ).toBeGreaterThanOrEqual(1);
    expect(after).not.toContain('FreeTextNameChosenByTheCaller');
    expect(after).not.toContain('noSuchField');
  });

  it('counts refusals by code, those Fastify answers before GraphQL included, and HTTP requests by route', async () => {
    const refused = (text: string, code: string) => sample(text, 'hub_refusals_total', { code }) ?? 0;
    const posts = (text: string) => sample(text, 'hub_http_requests_total', { method: 'POST', route: '/graphql', status: '200' }) ?? 0;
    const before = await scrape(hub.url);
    await hub.gql('{ viewer { unitCode } }');
    const malformed = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    await fetch(`${hub.url}/no/such/path`);
    const after = await scrape(hub.url);
    expect(refused(after, 'UNAUTHENTICATED') - refused(before, 'UNAUTHENTICATED')).toBe(1);
    expect(refused(after, 'BAD_REQUEST') - refused(before, 'BAD_REQUEST')).toBe(1);
    expect(posts(after) - posts(before)).toBe(1);
    expect(sample(after, 'hub_http_requests_total', { method: 'GET', route: '(unmatched)', status: '404' })).toBeGreaterThanOrEqual(1);
    expect(after).not.toContain('/no/such/path');
    expect(sample(after, 'hub_http_request_duration_seconds_count', { method: 'POST', route: '/graphql' })).toBeGreaterThanOrEqual(1);
  });

  it('shows the database pool (total, idle, waiting, max) and export jobs by status', async () => {
    const text = await scrape(hub.url);
    const total = sample(text, 'hub_database_pool_connections', { state: 'total' });
    expect(total).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'hub_database_pool_connections', { state: 'idle' })).toBeLessThanOrEqual(total!);
    expect(sample(text, 'hub_database_pool_connections', { state: 'waiting' })).toBe(0);
    expect(sample(text, 'hub_database_pool_connections', { state: 'max' })).toBe(4);

    const queued = (t: string) => sample(t, 'hub_export_jobs', { status: 'QUEUED' });
    expect(queued(text)).toBe(0);
    const [job] = await hub.sql<{ unit_code: string }>('SELECT code AS unit_code FROM unit WHERE code = $1', ['dept-justice']);
    expect(job).toEqual({ unit_code: 'dept-justice' });
    const statistician = await hub.userToken(['STATISTICIAN'], 'dept-justice');
    const requested = await hub.gql(
      'mutation { requestExport(input: { format: CSV, ledger: { source: PENALTY, groupBy: [TOWNSHIP] } }) { id } }',
      {},
      { credential: statistician },
    );
    expect(requested.errors).toBeUndefined();
    const counted = await eventually(
      () => scrape(hub.url),
      (t) =>
        ['QUEUED', 'RUNNING', 'DONE', 'FAILED'].reduce((sum, status) => sum + (sample(t, 'hub_export_jobs', { status }) ?? 0), 0) === 1,
    );
    expect(sample(counted, 'hub_export_jobs', { status: 'FAILED' })).toBe(0);
  });

  describe('the built hub as a process', () => {
    let proc: HubProcess;

    beforeAll(async () => {
      proc = await startHubProcessOn(hub, { LOG_LEVEL: 'info', HUB_DELIVERY_WORKER: 'false' });
    });
    afterAll(async () => {
      proc.child.kill('SIGTERM');
      await exited(proc.child);
    });

    it('writes only JSON lines on stdout (the banner goes to stderr without a terminal), one per request with operation, unit, credential id and code', async () => {
      const key = await hub.apiKey(MARKET, [ApiKeyScope.READ]);
      const [{ id: keyId }] = await hub.sql<{ id: string }>('SELECT id FROM api_key ORDER BY created_at DESC LIMIT 1');
      await gqlAt(proc.url, 'query { viewer { unitCode } }', {}, { credential: key, headers: { 'x-request-id': 'ops-ok-1' } });
      await gqlAt(proc.url, '{ viewer { unitCode } }', {}, { headers: { 'x-request-id': 'ops-refused-1' } });
      await gqlAt(
        proc.url,
        'query($u: String!) { unit(unitCode: $u) { code } }',
        { u: 'no-such-unit' },
        { credential: key, headers: { 'x-request-id': 'ops-refused-2' } },
      );

      const lines = await eventually(
        () => Promise.resolve(proc.stdout().split('\n').filter(Boolean)),
        (all) => all.some((line) => line.includes('ops-refused-2')),
      );
      for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
      expect(proc.stdout()).not.toContain('GraphQL API:');
      expect(proc.output()).toContain('GraphQL API:');
      const records = lines.map((line) => JSON.parse(line) as Record<string, any>);
      const byRequest = (id: string) => records.filter((r) => r.req?.id === id);

      const [ok] = byRequest('ops-ok-1');
      expect(ok).toMatchObject({
        level: 30,
        graphql: { operation: 'query.viewer', code: 'OK' },
        unit: MARKET,
        credential: { kind: 'API_KEY', id: keyId },
        res: { statusCode: 200 },
      });
      expect(typeof ok.responseTime).toBe('number');
      const [refused] = byRequest('ops-refused-1');
      expect(refused).toMatchObject({
        level: 40,
        code: 'UNAUTHENTICATED',
        graphql: { operation: 'query.viewer', code: 'UNAUTHENTICATED' },
      });
      expect(refused.msg).toContain('请求被拒绝');
      const [notFound] = byRequest('ops-refused-2');
      expect(notFound).toMatchObject({ level: 40, code: 'NOT_FOUND', unit: MARKET });
      expect(proc.output()).not.toContain(key);
    });
  });
});
