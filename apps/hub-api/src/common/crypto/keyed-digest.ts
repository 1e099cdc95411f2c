import { createHmac } from 'node:crypto';
import { deriveKey } from './derive-key';

/**
 * HMAC-SHA256 under a key derived from the hub's secret: the same value always gives the same digest,
 * so audit rows can be matched against each other, but without the key nobody (an administrator
 * reading the audit trail, a copy of the database) can test guesses against it, as they could against
 * a plain SHA-256 of an 18-digit number whose birth date and region are guessable.
 */
export class KeyedDigest {
  private readonly key: Buffer;

  constructor(rootSecret: string, purpose: string) {
    this.key = deriveKey(rootSecret, purpose);
  }

  /** `hmac-sha256:<64 hex digits>` */
  of(value: string): string {
    return `hmac-sha256:${createHmac('sha256', this.key).update(value, 'utf8').digest('hex')}`;
  }
}
