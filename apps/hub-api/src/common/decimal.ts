/**
 * A decimal string with exactly `scale` digits after the point, without going through a float:
 * "5000" → "5000.00", "12345678901234.5678" stays exact. Input is already validated as a decimal.
 */
export function fixedDecimal(value: string, scale: number): string {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const digits = `${whole.replace(/^0+(?=\d)/, '') || '0'}.${fraction.padEnd(scale, '0').slice(0, scale)}`;
  return negative && /[1-9]/.test(digits) ? `-${digits}` : digits;
}
