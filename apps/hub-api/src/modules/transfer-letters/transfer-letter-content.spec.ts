import { hashPrefix, identifierLabel, letterDate, letterDateTime, letterTitle } from './transfer-letter-content';

describe('what a transfer letter writes', () => {
  it('dates in Asia/Shanghai as an official letter writes them, without leading zeros', () => {
    expect(letterDate(new Date('2026-03-02T02:00:00Z'))).toBe('2026年3月2日');
    // 16:30 UTC on New Year's Eve is already 1 January in Shanghai.
    expect(letterDate(new Date('2025-12-31T16:30:00Z'))).toBe('2026年1月1日');
    expect(letterDateTime(new Date('2025-12-31T16:05:00Z'))).toBe('2026年1月1日0时05分');
    expect(letterDateTime(new Date('2026-10-01T14:59:00Z'))).toBe('2026年10月1日22时59分');
  });

  it('names the party identifier by what it is', () => {
    expect(identifierLabel('91350582MA2YH4RB2U')).toBe('统一社会信用代码');
    expect(identifierLabel('350582199001010140')).toBe('公民身份号码');
    expect(identifierLabel('91350582000000007L')).toBe('统一社会信用代码');
    // Masked as a receiver without the need to see it in full reads it (maskResidentId).
    expect(identifierLabel('3****************4')).toBe('公民身份号码');
    expect(identifierLabel('港澳居民来往内地通行证H1234567')).toBe('证件号码');
  });

  it('prints the first 16 hex digits of a hash, and the title of a criminal referral', () => {
    expect(hashPrefix('ABCDEF0123456789ffffffffffffffffffffffffffffffffffffffffffffffff')).toBe('abcdef0123456789');
    expect(letterTitle({ criminalReferral: false })).toBe('涉嫌违法案件移交函');
    expect(letterTitle({ criminalReferral: true })).toBe('涉嫌犯罪案件移送函');
  });
});
