import type { LoggerOptions } from 'pino';
import { Params } from 'nestjs-pino';
import { HubConfig } from './hub-config';

/**
 * pino options for every log the hub writes: JSON lines; credentials and secrets redacted wherever
 * they might appear; a request is logged as id, method and URL only (never its headers or body).
 */
export function pinoOptions(config: HubConfig): LoggerOptions {
  return {
    level: config.logLevel,
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie', '*.password', '*.secret', '*.accessToken'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
    },
  };
}

/**
 * Requests are logged by Fastify's own pino logger, which sees every route (Apollo's /graphql is
 * registered on Fastify directly, outside Nest's middleware); nestjs-pino reuses it for Nest's logs.
 */
export function loggerOptions(config: HubConfig): Params {
  return { useExisting: true, pinoHttp: pinoOptions(config) };
}
