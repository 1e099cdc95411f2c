import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { KeyedDigest } from './keyed-digest';

describe('KeyedDigest', () => {
  const secret = 'a-hub-secret-that-is-long-enough-0123456789';
  const idNumber = '350582199001010015';

  it('is stable for one key, and differs between keys and purposes', () => {
    const digest = new KeyedDigest(secret, 'audit-id-number-search');
    expect(digest.of(idNumber)).toBe(digest.of(idNumber));
    expect(digest.of(idNumber)).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    expect(new KeyedDigest(`${secret}-other`, 'audit-id-number-search').of(idNumber)).not.toBe(digest.of(idNumber));
    expect(new KeyedDigest(secret, 'another-purpose').of(idNumber)).not.toBe(digest.of(idNumber));
  });

  it('is HMAC-SHA256 under the HKDF-derived key, not a plain hash of the value', () => {
    const key = Buffer.from(hkdfSync('sha256', secret, 'jinjiang-hub', 'audit-id-number-search', 32));
    const hex = new KeyedDigest(secret, 'audit-id-number-search').of(idNumber).slice('hmac-sha256:'.length);
    expect(hex).toBe(createHmac('sha256', key).update(idNumber).digest('hex'));
    expect(hex).not.toContain(createHash('sha256').update(idNumber).digest('hex').slice(0, 16));
  });
});
