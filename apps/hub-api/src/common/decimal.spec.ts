import { fixedDecimal } from './decimal';

describe('fixedDecimal', () => {
  it.each([
    ['5000', 2, '5000.00'],
    ['5000.5', 2, '5000.50'],
    ['007.10', 2, '7.10'],
    ['12345678901234.5678', 4, '12345678901234.5678'],
    ['99999999999999.9999', 4, '99999999999999.9999'],
    ['-0.0', 2, '0.00'],
    ['-3.25', 4, '-3.2500'],
  ])('%s with %i decimals', (value, scale, expected) => expect(fixedDecimal(value, scale)).toBe(expected));
});
