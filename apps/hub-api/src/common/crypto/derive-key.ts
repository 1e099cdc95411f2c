import { hkdfSync } from 'node:crypto';

/**
 * A 32-byte key for one purpose, derived (HKDF-SHA256) from the hub's own secret (HUB_JWT_SECRET),
 * which lives outside the database: a copy of the database alone yields none of these keys, and a
 * key for one purpose says nothing about another's.
 */
export function deriveKey(rootSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', rootSecret, 'jinjiang-hub', purpose, 32));
}
