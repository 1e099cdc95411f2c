import { createHash, createPrivateKey, createPublicKey, KeyObject, randomBytes } from 'node:crypto';

// DER headers of an Ed25519 key (RFC 8410): PKCS#8 around a 32-byte seed, SPKI around a 32-byte public key.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function raw32(text: string): Buffer | null {
  const value = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(value)
    ? Buffer.from(value, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(value)
      ? Buffer.from(value, 'base64')
      : null;
  return bytes?.length === 32 ? bytes : null;
}

/** A fresh private key as the hub writes and reads it: base64 of a random 32-byte Ed25519 seed. */
export function generateSigningKeyText(): string {
  return randomBytes(32).toString('base64');
}

/** An Ed25519 private key from base64/hex of its 32-byte seed or a PKCS#8 PEM; null when it is neither. */
export function parseSigningKey(text: string): KeyObject | null {
  try {
    const seed = raw32(text);
    const key = seed
      ? createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' })
      : createPrivateKey(text);
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

/** An Ed25519 public key from base64/hex of its 32 bytes or an SPKI PEM; null when it is neither. */
export function parsePublicKey(text: string): KeyObject | null {
  try {
    const bytes = raw32(text);
    const key = bytes ? createPublicKey({ key: Buffer.concat([SPKI_PREFIX, bytes]), format: 'der', type: 'spki' }) : createPublicKey(text);
    return key.asymmetricKeyType === 'ed25519' && key.type === 'public' ? key : null;
  } catch {
    return null;
  }
}

/** The 32 public-key bytes, base64: what an operator hands the verifier (HUB_AUDIT_PUBLIC_KEY). */
export function publicKeyText(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length).toString('base64');
}

/** A short, stable name of a public key (first 16 hex digits of the SHA-256 of its bytes). */
export function keyFingerprint(key: KeyObject): string {
  return createHash('sha256')
    .update(Buffer.from(publicKeyText(key), 'base64'))
    .digest('hex')
    .slice(0, 16);
}
