import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys look like `hub_<12 hex prefix>_<43 base64url secret>`. The prefix finds the row; only the
 * SHA-256 of the whole key is stored. A 256-bit random secret needs no slow hash: it cannot be guessed.
 */
const KEY_PATTERN = /^hub_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedApiKey {
  prefix: string;
  secret: string;
  secretHash: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateApiKey(): GeneratedApiKey {
  const prefix = `hub_${randomBytes(6).toString('hex')}`;
  const secret = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { prefix, secret, secretHash: hashApiKey(secret) };
}

/** The prefix of a well-formed key, or null: malformed keys never reach the database. */
export function apiKeyPrefix(key: string): string | null {
  const match = KEY_PATTERN.exec(key);
  return match ? `hub_${match[1]}` : null;
}

export function apiKeyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashApiKey(key), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith('hub_');
}
