import { createHash } from 'node:crypto';
import { ChainRow } from './audit.repository';
import { CheckpointMatcher, ChainWalker, GENESIS_HASH } from './audit-chain';

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

describe('CheckpointMatcher', () => {
  const claim = (lastId: string, hash: string, count: number) => ({ key: `cp-${lastId}`, lastId, hash, count, recordedAt: new Date(0) });
  const walk = (rows: ChainRow[], claims: ReturnType<typeof claim>[]) => {
    const matcher = new CheckpointMatcher(claims);
    for (const row of rows) matcher.see(row.id, row.hash);
    return matcher.finish();
  };

  it('finds nothing wrong when every checkpoint matches its row and count', () => {
    const rows = chain(5);
    expect(walk(rows, [claim('3', rows[2].hash, 3), claim('5', rows[4].hash, 5)])).toEqual([]);
  });

  it('names a checkpoint whose row now has another hash, whose count differs, or whose row is gone', () => {
    const rows = chain(6);
    expect(walk(rows, [claim('2', h('old'), 2)])).toMatchObject([{ key: 'cp-2', problem: 'HASH_DIFFERS' }]);
    expect(walk(rows, [claim('4', rows[3].hash, 5)])).toMatchObject([{ problem: 'COUNT_DIFFERS' }]);
    expect(walk(rows.slice(0, 4), [claim('6', rows[5].hash, 6)])).toMatchObject([{ lastId: '6', problem: 'LAST_ROW_MISSING' }]);
    const gap = [...rows.slice(0, 2), ...rows.slice(3)];
    expect(walk(gap, [claim('3', rows[2].hash, 3), claim('6', rows[5].hash, 6)])).toMatchObject([
      { lastId: '3', problem: 'LAST_ROW_MISSING' },
      { lastId: '6', problem: 'COUNT_DIFFERS' },
    ]);
  });
});
