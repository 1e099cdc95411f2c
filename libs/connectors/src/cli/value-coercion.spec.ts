import { enumField, field } from './field-spec';
import { coerceValue } from './value-coercion';

describe('coerceValue', () => {
  const status = enumField({ VALID: ['有效', '正常'], REVOKED: ['撤销'] });

  it('leaves empty cells out', () => {
    expect([coerceValue(field('string'), ''), coerceValue(field('string'), '  '), coerceValue(field('date'), null)]).toEqual([undefined, undefined, undefined]);
  });

  it('trims text', () => {
    expect(coerceValue(field('string'), '  晋江市青阳华丰五金店 ')).toEqual({ value: '晋江市青阳华丰五金店' });
  });

  it.each([
    ['2024-01-05', '2024-01-05'],
    ['2024/1/5', '2024-01-05'],
    ['2024.01.05', '2024-01-05'],
    ['2024年1月5日', '2024-01-05'],
    ['20240105', '2024-01-05'],
    ['2024-01-05 00:00:00', '2024-01-05'],
    ['2024-02-30', '2024-02-30'], // the hub tells impossible dates, with its field
  ])('reads the date %s as %s', (text, value) => {
    expect(coerceValue(field('date'), text)).toEqual({ value });
  });

  it.each(['05/01/2024', '2024-01-05 09:30', 'soon'])('refuses %s as a date', (text) => {
    expect(coerceValue(field('date'), text)).toEqual({ error: 'must be a date (YYYY-MM-DD)' });
  });

  it.each([
    ['2026-03-01 09:30', '2026-03-01T09:30:00+08:00'],
    ['2026/3/1 9:30:15', '2026-03-01T09:30:15+08:00'],
    ['2026-03-01', '2026-03-01T00:00:00+08:00'],
    ['2026-03-01T01:30:00Z', '2026-03-01T01:30:00Z'],
    ['2026-03-01T09:30:00.250+0800', '2026-03-01T09:30:00.250+08:00'],
  ])('reads the time %s as %s (China time unless it says otherwise)', (text, value) => {
    expect(coerceValue(field('dateTime'), text)).toEqual({ value });
  });

  it('reads amounts with separators as exact decimals, refusing text', () => {
    expect(coerceValue(field('decimal'), '5,000.00')).toEqual({ value: '5000.00' });
    expect(coerceValue(field('decimal'), '伍仟')).toEqual({ error: 'must be a number' });
  });

  it('splits lists on Chinese and ASCII separators', () => {
    expect(coerceValue(field('list'), '警告、罚款，没收违法所得; 责令改正')).toEqual({ value: ['警告', '罚款', '没收违法所得', '责令改正'] });
  });

  it('parses JSON cells', () => {
    expect(coerceValue(field('json'), '{"matter":"SCJG-001"}')).toEqual({ value: { matter: 'SCJG-001' } });
    expect(coerceValue(field('json'), '{matter}')).toEqual({ error: 'must be JSON' });
  });

  it('reads enum values, in any case, or their Chinese words, and lists them when neither', () => {
    expect([coerceValue(status, 'VALID'), coerceValue(status, 'revoked'), coerceValue(status, '正常')]).toEqual([{ value: 'VALID' }, { value: 'REVOKED' }, { value: 'VALID' }]);
    expect(coerceValue(status, '注销')).toEqual({ error: 'must be one of VALID (有效/正常), REVOKED (撤销)' });
  });

  it("takes a mapping file's constants: numbers as text, lists and JSON as they are", () => {
    expect(coerceValue(field('decimal'), 0)).toEqual({ value: '0' });
    expect(coerceValue(field('list'), ['警告'])).toEqual({ value: ['警告'] });
    expect(coerceValue(field('json'), { a: 1 })).toEqual({ value: { a: 1 } });
    expect(coerceValue(field('string'), { a: 1 })).toEqual({ error: 'must be text' });
  });
});
