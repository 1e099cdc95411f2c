import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox('root-secret-long-enough-0123456789abcdef', 'webhook-secret');

  it('opens what it sealed, and seals the same text differently each time', () => {
    const a = box.seal('whsec_abc');
    expect(box.open(a)).toBe('whsec_abc');
    expect(box.seal('whsec_abc')).not.toBe(a);
    expect(a).not.toContain('whsec_abc');
  });

  it('refuses a tampered value and a value sealed for another purpose', () => {
    const sealed = box.seal('whsec_abc');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('whsec_abd').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
    const other = new SecretBox('root-secret-long-enough-0123456789abcdef', 'other');
    expect(() => other.open(sealed)).toThrow();
  });
});
