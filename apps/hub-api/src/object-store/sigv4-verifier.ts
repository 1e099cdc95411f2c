import { createHash, createHmac, Hash, Hmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import {
  ALGORITHM_IDENTIFIER,
  createScope,
  getCanonicalHeaders,
  getSigningKey,
  SignatureV4Base,
  UNSIGNED_PAYLOAD,
} from '@smithy/signature-v4';

export interface StoreCredentials {
  accessKey: string;
  secretKey: string;
}

/** What a request to the store needs to be checked: its method, its raw target (path and query) and headers. */
export interface SignedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export type Verdict =
  | { ok: true }
  | { ok: false; code: 'AccessDenied' | 'InvalidAccessKeyId' | 'SignatureDoesNotMatch' | 'RequestTimeTooSkewed'; message: string };

/** S3 allows a header-signed request to be 15 minutes off the server's clock (and a presigned URL to be dated no further ahead). */
const SKEW_MS = 15 * 60_000;
const MAX_EXPIRES_S = 604_800;
const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const HEX_SIGNATURE = /^[0-9a-f]{64}$/;
const AUTH_HEADER = /^AWS4-HMAC-SHA256 +Credential=([^,\s]+), *SignedHeaders=([^,\s]+), *Signature=([^,\s]+)$/;

/** node:crypto behind the library's hash interface (HMAC when given a key, plain SHA-256 otherwise). */
export class NodeSha256 {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    if (this.secret === undefined) return createHash('sha256');
    const key =
      typeof this.secret === 'string'
        ? this.secret
        : Buffer.from(
            ArrayBuffer.isView(this.secret)
              ? this.secret.buffer.slice(this.secret.byteOffset, this.secret.byteOffset + this.secret.byteLength)
              : this.secret,
          );
    return createHmac('sha256', key);
  }
  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

/**
 * The library's own canonical request and string to sign (the same code the AWS SDKs sign with), fed
 * with the request as it arrived, so that recomputing the signature is verifying it.
 */
class RecomputingSigner extends SignatureV4Base {
  constructor(private readonly credentials: StoreCredentials) {
    super({
      service: 's3',
      region: 'us-east-1', // each request names its region in its credential scope; that one is used
      credentials: { accessKeyId: credentials.accessKey, secretAccessKey: credentials.secretKey },
      sha256: NodeSha256,
      uriEscapePath: false, // S3 signs the path exactly as sent
      applyChecksum: false,
    });
  }

  async signatureOf(parts: {
    method: string;
    path: string;
    query: Record<string, string | string[]>;
    headers: Record<string, string>;
    signedHeaders: string[];
    payloadHash: string;
    longDate: string;
    region: string;
  }): Promise<{ signature: string; signedHeaders: string }> {
    const canonicalHeaders = getCanonicalHeaders({ headers: parts.headers } as never, undefined, new Set(parts.signedHeaders));
    const scope = createScope(parts.longDate.slice(0, 8), parts.region, 's3');
    const request = { method: parts.method, path: parts.path, query: parts.query, headers: parts.headers, protocol: 'http:', hostname: '' };
    const canonical = this.createCanonicalRequest(request, canonicalHeaders, parts.payloadHash);
    const stringToSign = await this.createStringToSign(parts.longDate, scope, canonical, ALGORITHM_IDENTIFIER);
    const key = await getSigningKey(
      NodeSha256,
      { accessKeyId: this.credentials.accessKey, secretAccessKey: this.credentials.secretKey },
      parts.longDate.slice(0, 8),
      parts.region,
      's3',
    );
    const mac = new NodeSha256(key);
    mac.update(Buffer.from(stringToSign, 'utf8'));
    return { signature: Buffer.from(await mac.digest()).toString('hex'), signedHeaders: this.getCanonicalHeaderList(canonicalHeaders) };
  }
}

function parseAmzDate(value: string): Date | null {
  const m = AMZ_DATE.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The query as sent, decoded without treating `+` as a space (S3 clients encode a space as %20). */
function parseQuery(raw: string): Record<string, string | string[]> | null {
  const query: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  if (!raw) return query;
  try {
    for (const pair of raw.split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      const key = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
      const value = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1));
      const seen = query[key];
      query[key] = seen === undefined ? value : ([] as string[]).concat(seen, value);
    }
  } catch {
    return null;
  }
  return query;
}

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? undefined : value);
const refuse = (code: Exclude<Verdict, { ok: true }>['code'], message: string): Verdict => ({ ok: false, code, message });

function sameSignature(given: string, computed: string): boolean {
  return HEX_SIGNATURE.test(given) && timingSafeEqual(Buffer.from(given), Buffer.from(computed));
}

/**
 * AWS Signature Version 4 as S3 checks it, in both forms: the Authorization header (the hub's own
 * calls) and the presigned query (URLs the hub hands out). A request passes only when its credential
 * names our access key, its date is inside the window (15 minutes either way for a header; from the
 * signing date to X-Amz-Expires later for a URL) and its signature, recomputed with our secret over the
 * method, path, query, signed headers and the declared payload hash, is the one it carries. Anything
 * else, unsigned or signature version 2 included, is refused.
 *
 * The payload hash a header-signed request declares is covered by the signature but the body is not
 * re-hashed here: evidence bytes are hashed by the hub itself at confirmation.
 */
export class SigV4Verifier {
  private readonly signer: RecomputingSigner;

  constructor(
    private readonly credentials: StoreCredentials,
    private readonly now: () => number = Date.now,
  ) {
    this.signer = new RecomputingSigner(credentials);
  }

  async verify(request: SignedRequest): Promise<Verdict> {
    const q = request.url.indexOf('?');
    const path = q < 0 ? request.url : request.url.slice(0, q);
    const query = parseQuery(q < 0 ? '' : request.url.slice(q + 1));
    if (!query) return refuse('AccessDenied', 'the query string is malformed');
    const authorization = request.headers.authorization;
    const presigned = 'X-Amz-Algorithm' in query || 'X-Amz-Signature' in query;
    if (authorization !== undefined && presigned)
      return refuse('AccessDenied', 'only one of the Authorization header and a presigned query may be given');
    if (authorization !== undefined) return this.verifyHeader(request, path, query, authorization);
    if (presigned) return this.verifyQuery(request, path, query);
    if ('Signature' in query || 'AWSAccessKeyId' in query)
      return refuse('AccessDenied', 'signature version 2 is not accepted: sign with AWS Signature Version 4');
    return refuse('AccessDenied', 'anonymous access is not allowed: sign the request or use a presigned URL');
  }

  private async verifyHeader(
    request: SignedRequest,
    path: string,
    query: Record<string, string | string[]>,
    authorization: string,
  ): Promise<Verdict> {
    const parts = AUTH_HEADER.exec(authorization.trim());
    if (!parts)
      return refuse('AccessDenied', 'the Authorization header must be AWS4-HMAC-SHA256 with Credential, SignedHeaders and Signature');
    const [, credential, signedHeaderList, signature] = parts;
    const longDate = single(request.headers['x-amz-date']);
    const payloadHash = single(request.headers['x-amz-content-sha256']);
    if (!longDate || !parseAmzDate(longDate))
      return refuse('AccessDenied', 'a header-signed request needs an X-Amz-Date header (yyyyMMddTHHmmssZ)');
    if (!payloadHash) return refuse('AccessDenied', 'a header-signed request needs an X-Amz-Content-Sha256 header');
    const date = parseAmzDate(longDate)!.getTime();
    if (Math.abs(this.now() - date) > SKEW_MS)
      return refuse('RequestTimeTooSkewed', 'the request time is more than 15 minutes from the server time');
    return this.check(request, { path, query, credential, signedHeaderList, signature, longDate, payloadHash });
  }

  private async verifyQuery(request: SignedRequest, path: string, query: Record<string, string | string[]>): Promise<Verdict> {
    const [algorithm, credential, longDate, expires, signedHeaderList, signature] = [
      'X-Amz-Algorithm',
      'X-Amz-Credential',
      'X-Amz-Date',
      'X-Amz-Expires',
      'X-Amz-SignedHeaders',
      'X-Amz-Signature',
    ].map((name) => single(query[name]));
    if (algorithm !== ALGORITHM_IDENTIFIER || !credential || !longDate || !expires || !signedHeaderList || !signature) {
      return refuse(
        'AccessDenied',
        'a presigned URL needs X-Amz-Algorithm=AWS4-HMAC-SHA256, X-Amz-Credential, X-Amz-Date, X-Amz-Expires, X-Amz-SignedHeaders and X-Amz-Signature, each once',
      );
    }
    const signed = parseAmzDate(longDate);
    const seconds = /^\d{1,6}$/.test(expires) ? Number(expires) : NaN;
    if (!signed) return refuse('AccessDenied', 'X-Amz-Date must be yyyyMMddTHHmmssZ');
    if (!(seconds >= 1 && seconds <= MAX_EXPIRES_S))
      return refuse('AccessDenied', `X-Amz-Expires must be from 1 to ${MAX_EXPIRES_S} seconds`);
    const now = this.now();
    if (signed.getTime() - now > SKEW_MS) return refuse('AccessDenied', 'the presigned URL is dated in the future');
    if (now > signed.getTime() + seconds * 1000) return refuse('AccessDenied', 'the presigned URL has expired');
    const payloadHash = single(query['X-Amz-Content-Sha256']) ?? UNSIGNED_PAYLOAD;
    return this.check(request, { path, query, credential, signedHeaderList, signature, longDate, payloadHash });
  }

  private async check(
    request: SignedRequest,
    given: {
      path: string;
      query: Record<string, string | string[]>;
      credential: string;
      signedHeaderList: string;
      signature: string;
      longDate: string;
      payloadHash: string;
    },
  ): Promise<Verdict> {
    const [accessKey, scopeDate, region, service, terminator, ...extra] = given.credential.split('/');
    if (accessKey !== this.credentials.accessKey) return refuse('InvalidAccessKeyId', 'the access key is not one this store knows');
    if (extra.length || !region || service !== 's3' || terminator !== 'aws4_request' || scopeDate !== given.longDate.slice(0, 8)) {
      return refuse('AccessDenied', 'the credential scope must be <key>/<date of X-Amz-Date>/<region>/s3/aws4_request');
    }
    const signedHeaders = given.signedHeaderList.split(';');
    if (!signedHeaders.includes('host')) return refuse('AccessDenied', 'the Host header must be signed');
    const headers: Record<string, string> = {};
    for (const name of signedHeaders) {
      const value = request.headers[name];
      if (value === undefined) return refuse('AccessDenied', `the signed header ${name} is missing`);
      headers[name] = Array.isArray(value) ? value.join(',') : value;
    }
    const computed = await this.signer.signatureOf({ method: request.method, ...given, headers, signedHeaders, region });
    if (computed.signedHeaders !== given.signedHeaderList || !sameSignature(given.signature, computed.signature)) {
      return refuse('SignatureDoesNotMatch', 'the request signature does not match the one computed with the secret key');
    }
    return { ok: true };
  }
}
