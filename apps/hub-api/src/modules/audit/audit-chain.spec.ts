import { createHash } from 'node:crypto';
import { ChainRow } from './audit.repository';
import { ChainWalker, GENESIS_HASH } from './audit-chain';

const h = (s: string) => createHash('sha256').update(s).digest('hex');

/** A well-formed chain of n rows; each row's "content hash" is derived from its id and prev. */
function chain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const hash = h(`${i}:${prev}`);
    rows.push({ id: String(i), prevHash: prev, hash, expectedHash: hash });
    prev = hash;
  }
  return rows;
}

describe('ChainWalker', () => {
  it('accepts an intact chain fed in slices', () => {
    const rows = chain(10);
    const walker = new ChainWalker();
    walker.accept(rows.slice(0, 4));
    walker.accept(rows.slice(4));
    expect(walker.verdict()).toEqual({ intact: true, checked: 10, firstBrokenId: null, reason: null });
  });

  it('names an altered row (content no longer matches its hash)', () => {
    const rows = chain(6);
    rows[3] = { ...rows[3], expectedHash: h('tampered') };
    const walker = new ChainWalker();
    walker.accept(rows);
    expect(walker.verdict()).toMatchObject({ intact: false, firstBrokenId: '4', checked: 4, reason: expect.stringContaining('altered') });
  });

  it('names the row after a deleted one', () => {
    const rows = chain(6);
    rows.splice(2, 1); // row 3 removed
    const walker = new ChainWalker();
    walker.accept(rows);
    expect(walker.verdict()).toMatchObject({ intact: false, firstBrokenId: '4', reason: expect.stringContaining('removed') });
  });

  it('names a first row that does not start from the genesis hash', () => {
    const rows = chain(3).slice(1);
    const walker = new ChainWalker();
    walker.accept(rows);
    expect(walker.verdict().firstBrokenId).toBe('2');
  });

  it('names a re-hashed row whose successor still points at the old hash', () => {
    const rows = chain(5);
    const forged = h('forged');
    rows[1] = { ...rows[1], hash: forged, expectedHash: forged };
    const walker = new ChainWalker();
    walker.accept(rows);
    expect(walker.verdict().firstBrokenId).toBe('3');
  });
});
