import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { HubConfig } from '../../config/hub-config';

/**
 * Security headers on every answer (helmet) and CORS for the origins the operator named.
 *
 * The content-security policy is an API's: `default-src 'none'`, nothing may frame the hub. helmet's
 * default policy would block Apollo's landing page, but the hub serves none (`playground: false`
 * installs Apollo's LandingPageDisabled; the page would load from Apollo's CDN, which a government
 * network does not reach): no HTML comes from the hub, so no source needs allowing.
 * HSTS is sent for the deployments that terminate TLS at or before the hub; browsers ignore it on
 * plain HTTP. It leaves sub-domains alone: the hub is one host among the city's.
 *
 * CORS (HUB_CORS_ORIGINS): exact origins only, no `*`; no cookies are involved (credentials travel in
 * the Authorization / X-API-Key headers), so `credentials` stays off. Preflights are cached 10 minutes.
 */
export async function applySecurityHeaders(app: NestFastifyApplication, config: HubConfig): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
    hsts: { maxAge: 15552000, includeSubDomains: false },
    referrerPolicy: { policy: 'no-referrer' },
  });
  if (config.http.corsOrigins.length === 0) return;
  await app.register(cors, {
    origin: config.http.corsOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'x-api-key', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: 600,
  });
}
