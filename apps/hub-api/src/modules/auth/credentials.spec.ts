import { apiKeyMatches, apiKeyPrefix, generateApiKey, looksLikeApiKey } from './api-key-secret';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from './password-hasher';

describe('API key secrets', () => {
  it('generate keys whose prefix finds them and whose hash matches only the whole key', () => {
    const key = generateApiKey();
    expect(looksLikeApiKey(key.secret)).toBe(true);
    expect(apiKeyPrefix(key.secret)).toBe(key.prefix);
    expect(apiKeyMatches(key.secret, key.secretHash)).toBe(true);
    const altered = `${key.secret.slice(0, -1)}${key.secret.endsWith('A') ? 'B' : 'A'}`;
    expect(apiKeyMatches(altered, key.secretHash)).toBe(false);
    expect(key.secretHash).not.toContain(key.secret.slice(17));
  });

  it('never repeat', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().secret));
    expect(keys.size).toBe(200);
  });

  it.each(['', 'hub_', 'hub_abc_def', `hub_000000000000_${'A'.repeat(42)}`, `HUB_000000000000_${'A'.repeat(43)}`])(
    'reject the malformed key %j',
    (key) => {
      expect(apiKeyPrefix(key)).toBeNull();
    },
  );
});

describe('password hashing', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery staple', a)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', a)).toBe(false);
  });

  it('rejects everything against the dummy hash and unknown schemes', async () => {
    expect(await verifyPassword('', DUMMY_PASSWORD_HASH)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});
