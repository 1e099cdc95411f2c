import { enumField, field } from './field-spec';
import { coerceValue } from './value-coercion';

describe('coerceValue', () => {
  const status = enumField({ VALID: ['有效', '正常'], REVOKED: ['撤销'] });

  it('leaves empty cells out', () => {
    expect([coerceValue(field('string'), ''), coerceValue(field('string'), '  '), coerceValue(field('date'), null)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
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
  ])('reads the date %s as %s', (text, value) => {
    expect(coerceValue(field('date'), text)).toEqual({ value });
  });

  it.each(['05/01/2024', '2024-01-05 09:30', 'soon'])('refuses %s as a date', (text) => {
    expect(coerceValue(field('date'), text)).toEqual({ error: `“${text}”不是日期：应为 年-月-日（如 2024-01-05）` });
  });

  it('refuses dates that are not on the calendar, before sending', () => {
    expect([coerceValue(field('date'), '2024-02-30'), coerceValue(field('dateTime'), '2023-02-29 10:00')]).toEqual([
      { error: '2024-02-30 不是日历上的日期' },
      { error: '2023-02-29 不是日历上的日期' },
    ]);
    expect(coerceValue(field('date'), '2024-02-29')).toEqual({ value: '2024-02-29' });
  });

  it.each([
    ['青阳街道', '350582001'],
    ['安海镇', '350582101'],
    ['安海', '350582101'],
    [' 350582114 ', '350582114'],
  ])('takes the town %s as its code %s', (text, value) => {
    expect(coerceValue(field('township'), text)).toEqual({ value });
  });

  it.each(['青阳镇', '350582400', '泉州市'])('refuses %s as a township, saying what it takes', (text) => {
    expect(coerceValue(field('township'), text)).toEqual({
      error: `“${text}”不是晋江市的镇街：填镇街名称（如 青阳街道、安海镇）或 9 位代码（如 350582001）`,
    });
  });

  it('checks the check character of a USCC', () => {
    expect(coerceValue(field('uscc'), '91350582ma2yqjkt5x')).toEqual({ value: '91350582MA2YQJKT5X' });
    expect(coerceValue(field('uscc'), '91350582MA2YQJKT51')).toEqual({
      error: '“91350582MA2YQJKT51”不是有效的统一社会信用代码（18 位，末位校验码须正确）',
    });
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
    expect(coerceValue(field('decimal'), '伍仟')).toEqual({ error: '“伍仟”不是数字' });
  });

  it('splits lists on Chinese and ASCII separators', () => {
    expect(coerceValue(field('list'), '警告、罚款，没收违法所得; 责令改正')).toEqual({
      value: ['警告', '罚款', '没收违法所得', '责令改正'],
    });
  });

  it('parses JSON cells', () => {
    expect(coerceValue(field('json'), '{"matter":"SCJG-001"}')).toEqual({ value: { matter: 'SCJG-001' } });
    expect(coerceValue(field('json'), '{matter}')).toEqual({ error: '应为 JSON 文本' });
  });

  it('reads enum values, in any case, or their Chinese words, and lists them when neither', () => {
    expect([coerceValue(status, 'VALID'), coerceValue(status, 'revoked'), coerceValue(status, '正常')]).toEqual([
      { value: 'VALID' },
      { value: 'REVOKED' },
      { value: 'VALID' },
    ]);
    expect(coerceValue(status, '注销')).toEqual({ error: '“注销”不是可选值，应为：有效/正常（VALID）、撤销（REVOKED）' });
  });

  it("takes a mapping file's constants: numbers as text, lists and JSON as they are", () => {
    expect(coerceValue(field('decimal'), 0)).toEqual({ value: '0' });
    expect(coerceValue(field('list'), ['警告'])).toEqual({ value: ['警告'] });
    expect(coerceValue(field('json'), { a: 1 })).toEqual({ value: { a: 1 } });
    expect(coerceValue(field('string'), { a: 1 })).toEqual({ error: '应为文本' });
  });
});
