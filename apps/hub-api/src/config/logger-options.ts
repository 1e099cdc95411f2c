import { Params } from 'nestjs-pino';
import { HubConfig } from './hub-config';

/** Structured JSON logs (pino), one line per request with its id; credentials never reach a log. */
export function loggerOptions(config: HubConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie', '*.password', '*.secret', '*.accessToken'],
        censor: '[redacted]',
      },
      customProps: (req) => ({ actor: (req as { actor?: { name: string } }).actor?.name }),
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      },
    },
  };
}
