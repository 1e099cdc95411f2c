import { linearRegExp } from './linear-regexp';

describe('linearRegExp (Ajv engine on RE2)', () => {
  it('searches as RegExp.test does, unanchored unless the pattern anchors', () => {
    expect(linearRegExp('\\d{3}', 'u').test('编号123号')).toBe(true);
    expect(linearRegExp('^\\d{3}$', 'u').test('编号123号')).toBe(false);
  });

  it('takes ECMA-262 spellings: \\u escapes and named groups', () => {
    expect(linearRegExp('^[\\u4e00-\\u9fa5]+$', 'u').test('晋江')).toBe(true);
    expect(linearRegExp('^[\\u4e00-\\u9fa5]+$', 'u').test('Jinjiang')).toBe(false);
    expect(linearRegExp('^(?<year>\\d{4})-\\d{2}$', 'u').test('2026-03')).toBe(true);
  });

  it('answers a catastrophic pattern on its worst input without backtracking', () => {
    expect(linearRegExp('^(a+)+$', 'u').test(`${'a'.repeat(5_000)}!`)).toBe(false);
  });

  it('throws on what RE2 cannot run in linear time, so the declaration is refused', () => {
    expect(() => linearRegExp('^(?=a)a', 'u')).toThrow(/lookahead|unsupported|invalid/i);
    expect(() => linearRegExp('^(a)\\1$', 'u')).toThrow();
  });
});
