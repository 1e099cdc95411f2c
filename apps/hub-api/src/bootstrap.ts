import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { ErrorCode } from '@hub/shared-schema';
import { Logger } from 'nestjs-pino';
import { LogController } from 'fastify';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { checkHubConfig, HubConfig } from './config/hub-config';
import { Clock } from './common/time/clock';
import { pinoOptions } from './config/logger-options';
import { applySecurityHeaders } from './common/http/security-headers';
import { mountFieldConsole } from './common/http/field-console';
import { assertRuntimeRole } from './database/runtime-role';
import { migrateAndSeedAt } from './database/schema-owner';
import { observeRequests } from './modules/observability/request-observer';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Builds the hub application (not yet listening). main.ts and the e2e tests both start it this way,
 * so the tests exercise exactly what production runs. Signals are handled by main.ts, which also
 * stops the embedded database after the app has closed.
 */
const HTTP_ERROR_CODES: Record<number, string> = {
  400: ErrorCode.BAD_REQUEST,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
};

/**
 * Fastify refuses some requests before GraphQL sees them (malformed JSON, a body over the limit, an
 * unknown content type) and answers in its own shape. On /graphql they are answered in GraphQL's
 * shape instead, so a client finds `errors[0].extensions.code` whatever went wrong.
 */
function graphqlShapedHttpError(url: string, status: number, payload: unknown, header: (name: string, value: string) => void): unknown {
  const code = HTTP_ERROR_CODES[status];
  if (!code || !url.startsWith('/graphql') || typeof payload !== 'string' || payload.startsWith('{"errors"')) return payload;
  let message = 'The request cannot be read';
  try {
    message = (JSON.parse(payload) as { message?: string }).message ?? message;
  } catch {
    // not JSON: keep the general message
  }
  header('content-type', 'application/json; charset=utf-8');
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

/** `clock`: the hub's "now" (the system clock unless a test passes one it can move). */
export async function createHubApp(config: HubConfig, clock?: Clock): Promise<NestFastifyApplication> {
  checkHubConfig(config);
  // As the schema owner, before the app's own pool (hub_app) exists.
  if (config.database.runMigrations) await migrateAndSeedAt(config.database.ownerUrl!);
  const adapter = new FastifyAdapter({
    bodyLimit: 2 * 1024 * 1024,
    // The client address (per-address log-in limits) comes from X-Forwarded-For only behind a proxy the operator named.
    trustProxy: config.trustProxy,
    logger: pinoOptions(config),
    // One line per request, written when it is answered, with its operation and caller (request-observer.ts).
    logController: new LogController({ disableRequestLogging: true }),
    // A caller's x-request-id is kept (so one id follows a call across systems), otherwise a new one.
    genReqId: (raw: IncomingMessage) => {
      const given = raw.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      return id;
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, clock), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  observeRequests(app.getHttpAdapter().getInstance());
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      reply.header('x-request-id', request.id);
      return graphqlShapedHttpError(request.url, reply.statusCode, payload, (name, value) => void reply.header(name, value));
    });
  try {
    await applySecurityHeaders(app, config);
    await mountFieldConsole(app, config);
    await assertRuntimeRole(app.get(DataSource));
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}
