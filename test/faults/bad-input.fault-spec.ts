import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { ApiKeyScope } from '@hub/shared-schema';
import { licence, MARKET, PUBLISH_LICENCES } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { exited, HubProcess } from '../utils/hub-process';
import { startHubProcessOn, startTestApp, TEST_JWT_SECRET, TestApp } from '../utils/test-app';
import { recordFigures } from './fault-figures';

interface Case {
  name: string;
  /** Raw HTTP request to /graphql. */
  body: string;
  headers?: Record<string, string>;
  /** The HTTP status and the first error's code expected. */
  status: number;
  code: string;
}

/** An HS256 JWT signed with `secret`, for the forged and expired cases. */
function jwt(payload: Record<string, unknown>, secret: string): string {
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/**
 * Announces `bytes` of JSON and sends only the first few: the hub must refuse from the Content-Length
 * alone, before reading the body (a client uploading all of it would only meet a closed socket).
 */
function oversized(url: string, bytes: number): Promise<{ status: number; code: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': bytes } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => {
        req.destroy();
        resolve({
          status: res.statusCode!,
          code: (JSON.parse(text) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code,
        });
      });
    });
    req.on('error', reject);
    req.write(Buffer.alloc(1024, 0x20));
  });
}

const json = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

describe('bad input corpus through the public API (fault)', () => {
  let api: TestApp;
  let hub: HubProcess;
  let publisher: string;

  beforeAll(async () => {
    api = await startTestApp({ HUB_DELIVERY_WORKER: 'false' });
    await seed.foodMatter(api);
    publisher = await api.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    hub = await startHubProcessOn(api);
  });
  afterAll(async () => {
    hub.child.kill('SIGTERM');
    await exited(hub.child);
    await api.close();
  });

  async function send(c: Pick<Case, 'body' | 'headers'>, credential: string | null = publisher) {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...c.headers };
    if (credential) headers.authorization = `Bearer ${credential}`;
    const response = await fetch(`${hub.url}/graphql`, { method: 'POST', headers, body: c.body });
    const text = await response.text();
    let body: { errors?: Array<{ extensions?: { code?: string; field?: string } }>; data?: any } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // not JSON: the status says it all
    }
    return { status: response.status, code: body.errors?.[0]?.extensions?.code ?? 'NONE', body };
  }

  it('gives each bad request its clear error code, never crashes, and keeps what was valid', async () => {
    const deep = `{ viewer ${'{ unit '.repeat(30)}{ code }${' }'.repeat(30)} }`;
    // 100 aliases (almost seven times the limit, 1,400 tokens) stay under the token limit: validation refuses them.
    const aliases = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: units(first: 100) { nodes { code } }`).join(' ')} }`;
    const now = Math.floor(Date.now() / 1000);
    const cases: Case[] = [
      { name: 'malformed JSON', body: '{"query": "{ viewer { unitCode } }"', status: 400, code: 'BAD_REQUEST' },
      {
        name: 'unknown content type',
        body: '<query/>',
        headers: { 'content-type': 'text/xml' },
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
      },
      {
        name: 'too many tokens',
        body: json(`{ ${Array.from({ length: 6000 }, () => '__typename').join(' ')} }`),
        status: 400,
        code: 'GRAPHQL_PARSE_FAILED',
      },
      {
        name: 'wrong content type',
        body: 'query=%7B%20viewer%20%7B%20unitCode%20%7D%20%7D',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        status: 400,
        code: 'BAD_REQUEST',
      },
      { name: 'no query at all', body: '{}', status: 400, code: 'BAD_REQUEST' },
      { name: 'unparseable GraphQL', body: json('{ viewer { unitCode '), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
      { name: 'unknown field', body: json('{ viewer { nope } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      {
        name: 'unknown enum value',
        body: json(PUBLISH_LICENCES, { records: [licence(1, { kind: 'NOPE' as never })] }),
        status: 400,
        code: 'BAD_USER_INPUT',
      },
      { name: 'deeply nested query', body: json(deep), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      { name: 'alias-amplified query', body: json(aliases), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      {
        name: 'batched-operation flood',
        body: JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ viewer { unitCode } }' }))),
        status: 400,
        code: 'BAD_REQUEST',
      },
      {
        name: 'oversized batch (1,001 records)',
        body: json(PUBLISH_LICENCES, { records: Array.from({ length: 1001 }, (_, i) => licence(i + 1)) }),
        status: 200,
        code: 'BAD_USER_INPUT',
      },
      {
        name: 'forged token (wrong key)',
        body: json('{ viewer { unitCode } }'),
        headers: { authorization: `Bearer ${jwt({ sub: 'x', exp: now + 600 }, 'not-the-hub-secret-0123456789abcdef')}` },
        status: 200,
        code: 'UNAUTHENTICATED',
      },
      {
        name: 'expired token',
        body: json('{ viewer { unitCode } }'),
        headers: { authorization: `Bearer ${jwt({ sub: 'x', exp: now - 60 }, TEST_JWT_SECRET)}` },
        status: 200,
        code: 'UNAUTHENTICATED',
      },
      {
        name: 'malformed API key',
        body: json('{ viewer { unitCode } }'),
        headers: { authorization: 'Bearer hub_zz_short' },
        status: 200,
        code: 'UNAUTHENTICATED',
      },
    ];
    const results: Array<{ name: string; status: number; code: string }> = [];
    for (const c of cases) {
      const answer = await send(c, c.headers?.authorization ? null : publisher);
      results.push({ name: c.name, status: answer.status, code: answer.code });
    }
    expect(results).toEqual(cases.map((c) => ({ name: c.name, status: c.status, code: c.code })));

    // An unknown enum value fails GraphQL's own type check: the batch is refused whole before anything
    // runs (nothing half-written), naming the record to mend.
    const enumBatch = await send({
      body: json(PUBLISH_LICENCES, { records: [licence(201), licence(202), licence(203, { kind: 'NOPE' as never })] }),
    });
    expect(enumBatch.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'records[2].kind' });
    expect(
      (await api.sql(`SELECT count(*)::int AS n FROM licensing_decision WHERE source_id IN ('SCJG-2026-201', 'SCJG-2026-202')`))[0].n,
    ).toBe(0);

    // A body over the 2 MB limit is refused from its Content-Length, before it is read.
    expect(await oversized(`${hub.url}/graphql`, 3 * 2 ** 20)).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });

    // Invalid records beside valid ones: each bad one answered with its field (results carry the index), the good ones kept.
    const mixed = [
      licence(101),
      licence(102, { holderUscc: '91350582MA00000001' }), // wrong check character
      licence(103, { holderName: '名'.repeat(5000) }),
      licence(104, { validFrom: '2026-02-30' }),
      licence(105, { holderUscc: null, holderIdNumber: '350582199013011234' }), // month 13
      licence(106),
    ];
    const answer = await send({ body: json(PUBLISH_LICENCES, { records: mixed }) });
    const outcome = answer.body.data.publishLicensingDecisions;
    expect(outcome.accepted).toBe(2);
    expect(outcome.results.map((r: any) => [r.outcome, r.error?.code ?? null, r.error?.field ?? null])).toEqual([
      ['CREATED', null, null],
      ['REJECTED', 'BAD_USER_INPUT', 'holderUscc'],
      ['REJECTED', 'BAD_USER_INPUT', 'holderName'],
      ['REJECTED', 'BAD_USER_INPUT', 'validFrom'],
      ['REJECTED', 'BAD_USER_INPUT', 'holderIdNumber'],
      ['CREATED', null, null],
    ]);

    // The process took all of it and still answers.
    expect(hub.child.exitCode).toBeNull();
    expect((await send({ body: json('{ viewer { unitCode } }') })).body.data.viewer.unitCode).toBe(MARKET);
    recordFigures('bad input corpus', {
      requests: cases.length + 4,
      'bad requests': cases.length + 2,
      'invalid records': 4,
      'valid records kept': outcome.accepted,
      crashes: hub.child.exitCode === null ? 0 : 1,
    });
  }, 120_000);
});
