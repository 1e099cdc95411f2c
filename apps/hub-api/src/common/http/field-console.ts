import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HubConfig } from '../../config/hub-config';

/**
 * The field console's content-security policy (its index.html only; every other answer keeps the API's
 * `default-src 'none'` from security-headers.ts). Scripts and styles come from the hub's own /assets,
 * none inline; the live subscription connects over ws:; images may be the camera's blob: and data: URLs.
 * `connect-src` also names the object store's origin: a photo goes from the phone straight to the store
 * through the URL the hub presigned (and a download link opens there), never through the hub.
 */
export function consoleCsp(objectStoreEndpoint: string | null): string {
  const store = objectStoreEndpoint ? ` ${new URL(objectStoreEndpoint).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ws: wss:${store}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Hashed build files: never change under their name, so kept for a year. */
export const ASSET_CACHE = 'public, max-age=31536000, immutable';

/**
 * Paths that belong to the hub, never the console's: an unknown path under them is a 404 in the hub's
 * own shape, even for a browser asking for HTML.
 */
const HUB_PREFIXES = ['/graphql', '/health', '/metrics', '/assets/'];

/** Whether the configured folder holds a console build (index.html); without one the hub serves no console. */
export function consoleBuilt(config: HubConfig): boolean {
  return existsSync(join(config.console.dir, 'index.html'));
}

function wantsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept;
  return typeof accept === 'string' && /\btext\/html\b/i.test(accept);
}

function isHubPath(url: string): boolean {
  const path = url.split('?')[0];
  return HUB_PREFIXES.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
}

function sendIndex(reply: FastifyReply, csp: string): FastifyReply {
  return reply
    .header('cache-control', 'no-cache')
    .header('content-security-policy', csp)
    .type('text/html; charset=utf-8')
    .sendFile('index.html', { cacheControl: false, lastModified: true, etag: true });
}

/**
 * Serves the console's build at `/` (apps/field-console, built by `npm run build`): `/assets/*` cached
 * for a year (the names carry a content hash), index.html revalidated on every load, and index.html for
 * any other GET of a page (Accept: text/html) outside the hub's own paths, so a reload on a console
 * route works. Anything else unknown stays the hub's JSON 404. Registered before the app is listening;
 * a folder without index.html leaves the hub without the console (one line at start-up, no failure).
 */
export async function mountFieldConsole(app: NestFastifyApplication, config: HubConfig): Promise<boolean> {
  const dir = config.console.dir;
  if (!consoleBuilt(config)) return false;
  // preCompressed: the build writes each file also as .br and .gz (vite.config.ts); a browser that accepts
  // one gets it, anything else the plain file.
  await app.register(fastifyStatic, { root: dir, serve: false, decorateReply: true, index: false, wildcard: false, preCompressed: true });
  const fastify = app.getHttpAdapter().getInstance();
  const csp = consoleCsp(config.objectStore.endpoint);
  fastify.get('/', (_request, reply) => sendIndex(reply, csp));
  fastify.get('/index.html', (_request, reply) => sendIndex(reply, csp));
  fastify.get('/assets/*', (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    // @fastify/send writes exactly ASSET_CACHE from these options.
    return reply.sendFile(join('assets', file), { cacheControl: true, maxAge: 31536000 * 1000, immutable: true, dotfiles: 'deny' });
  });
  // The SPA fallback. A static route wins over this wildcard (find-my-way), so it sees only paths no
  // route of the hub claims; what is not a page request goes on to the hub's not-found handler.
  fastify.get('/*', (request, reply) => {
    if (wantsHtml(request) && !isHubPath(request.url)) return sendIndex(reply, csp);
    return reply.callNotFound();
  });
  return true;
}
