import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import type { HubConfig } from './config/hub-config';

let sdk: NodeSDK | null = null;

/**
 * OpenTelemetry tracing, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: spans of each HTTP request,
 * its GraphQL parse/validate/execute (resolvers of the root fields only: one span per nested field
 * would cost more than the calls it measures) and each PostgreSQL query, so a slow call is followed
 * into the statement that made it slow. Statement text is recorded, never its parameters (the pg
 * instrumentation's default), so no ID number or key hash leaves the hub.
 *
 * Must start before `http`, `pg` and `graphql` are loaded: main.ts calls it before requiring the app.
 */
export function startTracing(config: HubConfig): void {
  if (!config.tracing.endpoint || sdk) return;
  sdk = new NodeSDK({
    serviceName: config.tracing.serviceName,
    traceExporter: new OTLPTraceExporter({ url: `${config.tracing.endpoint}/v1/traces` }),
    instrumentations: [
      // Scrapes and probes are not calls worth a trace.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => /^\/(metrics|health)/.test(req.url ?? '') }),
      new PgInstrumentation({ requireParentSpan: true }),
      new GraphQLInstrumentation({ depth: 1, mergeItems: true, ignoreTrivialResolveSpans: true }),
    ],
  });
  sdk.start();
}

/** Sends the spans still buffered; at shutdown, after the app has closed. */
export async function stopTracing(): Promise<void> {
  const running = sdk;
  sdk = null;
  await running?.shutdown().catch(() => undefined);
}
