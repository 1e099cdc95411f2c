import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { mkdirSync } from 'node:fs';
import S3rver from 's3rver';
import { SigV4Verifier, StoreCredentials } from './sigv4-verifier';

export type { StoreCredentials } from './sigv4-verifier';

export interface EmbeddedObjectStoreHandle {
  endpoint: string;
  /** The only credentials the store accepts (header-signed calls and presigned URLs alike). */
  credentials: StoreCredentials;
  stop(): Promise<void>;
}

/** Fresh credentials for an embedded store: never a fixed, well-known key. */
export function generateStoreCredentials(): StoreCredentials {
  return { accessKey: `hub${randomBytes(10).toString('hex')}`, secretKey: randomBytes(30).toString('base64url') };
}

/**
 * s3rver checks nothing of a version 4 signature and serves anonymous requests; its account registry
 * only has to know our key so that it treats a request we let through as signed (response-header
 * overrides on presigned GETs need that). Its well-known S3RVER key is taken out.
 */
function registerWithS3rver(credentials: StoreCredentials): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const accounts = require('s3rver/lib/models/account') as {
    DUMMY_ACCOUNT: { createKeyPair(key: string, secret: string): void; revokeAccessKey(key: string): void };
  };
  accounts.DUMMY_ACCOUNT.revokeAccessKey('S3RVER');
  accounts.DUMMY_ACCOUNT.createKeyPair(credentials.accessKey, credentials.secretKey);
}

function refuse(res: ServerResponse, code: string, message: string): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message.replace(/[<>&]/g, '')}</Message></Error>`;
  res.writeHead(403, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * CORS as MinIO answers it by default (`api cors_allow_origin` is `*`): the field console, a page on the
 * hub's origin, PUTs a photo to a URL the hub presigned and reads the answer. No cookie or other ambient
 * credential is ever involved, so naming the asking origin is safe.
 */
function allowOrigin(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (!origin) return;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'Origin');
  res.setHeader('access-control-expose-headers', 'ETag, x-amz-request-id');
}

/** The method a browser's preflight (OPTIONS with Access-Control-Request-Method) asks about, else null. */
function preflightFor(req: IncomingMessage): string | null {
  const asked = req.headers['access-control-request-method'];
  return req.method === 'OPTIONS' && typeof asked === 'string' && req.headers.origin ? asked.toUpperCase() : null;
}

function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, PUT, HEAD',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'content-type',
    'access-control-max-age': '600',
    'content-length': 0,
  });
  res.end();
}

/**
 * An S3-compatible server (s3rver) on loopback, keeping objects under `directory`: the embedded
 * default and the tests speak S3 over HTTP to it exactly as production speaks to MinIO. Every request
 * passes a SigV4 check against `credentials` first (unsigned, forged, expired and foreign-key
 * requests are refused with 403 before s3rver sees them), so only the hub and holders of a URL it
 * presigned reach the objects. Its own HTTP server is used so that a port already taken is an error
 * here, not an unhandled event.
 */
export async function startEmbeddedObjectStore(options: {
  directory: string;
  port: number;
  host?: string;
  credentials?: StoreCredentials;
}): Promise<EmbeddedObjectStoreHandle> {
  mkdirSync(options.directory, { recursive: true });
  const credentials = options.credentials ?? generateStoreCredentials();
  registerWithS3rver(credentials);
  const verifier = new SigV4Verifier(credentials);
  const s3 = new S3rver({ directory: options.directory, silent: true, vhostBuckets: false });
  const serve = s3.getMiddleware();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    allowOrigin(req, res);
    // A preflight carries no signature of its own, but the URL it asks about does: it is checked as the
    // request the page is about to send (a presigned PUT), so a preflight is answered only for a URL the hub
    // presigned for that method and still valid, and every other OPTIONS is refused like any unsigned call.
    const preflight = preflightFor(req);
    // The body stays unread (paused) until s3rver takes the request.
    verifier.verify({ method: preflight ?? req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }).then(
      (verdict) => (!verdict.ok ? refuse(res, verdict.code, verdict.message) : preflight ? answerPreflight(req, res) : serve(req, res)),
      () => refuse(res, 'AccessDenied', 'the request could not be checked'),
    );
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    endpoint: `http://${host}:${port}`,
    credentials,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
