import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApiKeyScope } from '@hub/shared-schema';
import { exited, HubProcess } from '../utils/hub-process';
import { gqlAt, startHubProcessOn, startTestApp, TestApp } from '../utils/test-app';
import { eventually } from '../utils/wait';

interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: Array<{ key: string; value: Record<string, unknown> }>;
}
interface ExportRequest {
  resourceSpans: Array<{
    resource: { attributes: Array<{ key: string; value: { stringValue?: string } }> };
    scopeSpans: Array<{ scope: { name: string }; spans: Span[] }>;
  }>;
}

/** Operations: with OTEL_EXPORTER_OTLP_ENDPOINT set, a slow GraphQL call can be followed into PostgreSQL. */
describe('tracing (OpenTelemetry over OTLP/HTTP)', () => {
  let hub: TestApp;
  let receiver: Server;
  const received: ExportRequest[] = [];
  let proc: HubProcess;

  beforeAll(async () => {
    hub = await startTestApp();
    // A collector's OTLP/HTTP endpoint, JSON encoding, as small as it gets.
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (req.url === '/v1/traces') received.push(JSON.parse(body) as ExportRequest);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', () => resolve()));
    const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    proc = await startHubProcessOn(hub, {
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      OTEL_SERVICE_NAME: 'hub-under-test',
      OTEL_BSP_SCHEDULE_DELAY: '100',
      HUB_DELIVERY_WORKER: 'false',
    });
  });
  afterAll(async () => {
    proc.child.kill('SIGTERM');
    await exited(proc.child);
    await hub.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('exports the request, its GraphQL operation and its PostgreSQL queries as one trace, without the values sent', async () => {
    const key = await hub.apiKey('dept-market-regulation', [ApiKeyScope.READ]);
    const secretValue = 'no-such-unit-traced-7f3a';
    const answer = await gqlAt(
      proc.url,
      'query TracedLookup($u: String!) { unit(unitCode: $u) { code } }',
      { u: secretValue },
      { credential: key },
    );
    expect(answer.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const spans = () =>
      received.flatMap((r) =>
        r.resourceSpans.flatMap((rs) =>
          rs.scopeSpans.flatMap((ss) => ss.spans.map((span) => ({ ...span, scope: ss.scope.name, resource: rs.resource }))),
        ),
      );
    const graphqlSpan = () => spans().find((s) => s.scope === '@opentelemetry/instrumentation-graphql' && /TracedLookup/.test(s.name));
    await eventually(
      () => Promise.resolve(graphqlSpan()),
      (span) => span !== undefined && spans().some((s) => s.traceId === span.traceId && s.scope === '@opentelemetry/instrumentation-pg'),
    );
    const traceId = graphqlSpan()!.traceId;
    const trace = spans().filter((s) => s.traceId === traceId);
    const scopes = new Set(trace.map((s) => s.scope));
    expect(scopes).toContain('@opentelemetry/instrumentation-http');
    expect(scopes).toContain('@opentelemetry/instrumentation-graphql');
    expect(scopes).toContain('@opentelemetry/instrumentation-pg');
    const server = trace.find((s) => s.scope === '@opentelemetry/instrumentation-http' && !s.parentSpanId);
    expect(server).toBeDefined();
    expect(
      trace.find((s) => s.scope === '@opentelemetry/instrumentation-pg' && /SELECT/i.test(JSON.stringify(s.attributes))),
    ).toBeDefined();
    expect(trace[0].resource.attributes).toContainEqual({ key: 'service.name', value: { stringValue: 'hub-under-test' } });
    // Statement text, never its parameters; the document, never its variables.
    expect(JSON.stringify(received)).not.toContain(secretValue);
    expect(JSON.stringify(received)).not.toContain(key);
  }, 60_000);
});
