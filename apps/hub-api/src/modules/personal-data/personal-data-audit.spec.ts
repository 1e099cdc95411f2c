import { namedRecords } from './personal-data-audit.service';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('namedRecords', () => {
  it('names one record, and several, by id', () => {
    expect(namedRecords([id(1)])).toBe(id(1));
    expect(namedRecords([id(1), id(2), id(3)])).toBe(`${id(1)},${id(2)},${id(3)}`);
  });

  it('names as many as fit the audit target and says how many there were', () => {
    const ids = Array.from({ length: 50 }, (_, n) => id(n));
    const target = namedRecords(ids);
    expect(target.length).toBeLessThanOrEqual(300);
    expect(target.startsWith(`${id(0)},${id(1)},`)).toBe(true);
    expect(target.endsWith(' … 共50条')).toBe(true);
  });
});
