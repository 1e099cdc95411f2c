import { ChangeFeed, NotifiedCache } from './notified-cache';

/** A change feed the test drives by hand. */
class FakeFeed implements ChangeFeed<'t'> {
  connected = true;
  private readonly listeners: Array<() => void> = [];
  on(_topic: 't', onChange: () => void) {
    this.listeners.push(onChange);
    return () => undefined;
  }
  change() {
    this.listeners.forEach((l) => l());
  }
}

describe('NotifiedCache', () => {
  const setup = () => {
    const feed = new FakeFeed();
    const cache = new NotifiedCache<{ v: number }, 't'>({ feed, topic: 't', max: 10, ttlMs: 60_000 });
    let loads = 0;
    let value = 1;
    const load = async () => {
      loads++;
      return { v: value };
    };
    return { feed, cache, load, loads: () => loads, set: (v: number) => (value = v) };
  };

  it('serves a loaded value from memory until its topic changes', async () => {
    const t = setup();
    expect(await t.cache.get('k', t.load)).toEqual({ v: 1 });
    t.set(2);
    expect(await t.cache.get('k', t.load)).toEqual({ v: 1 });
    expect(t.loads()).toBe(1);
    t.feed.change();
    expect(await t.cache.get('k', t.load)).toEqual({ v: 2 });
    expect(t.loads()).toBe(2);
  });

  it('does not keep a value whose load overlapped a change (it may have read the old row)', async () => {
    const t = setup();
    const racing = t.cache.get('k', async () => {
      const stale = await t.load();
      t.set(2);
      t.feed.change(); // committed and announced while the old row was on its way
      return stale;
    });
    expect(await racing).toEqual({ v: 1 });
    expect(await t.cache.get('k', t.load)).toEqual({ v: 2 });
  });

  it('reads through while the feed is disconnected, and keeps nothing loaded then', async () => {
    const t = setup();
    t.feed.connected = false;
    await t.cache.get('k', t.load);
    await t.cache.get('k', t.load);
    expect(t.loads()).toBe(2);
    t.feed.connected = true;
    t.set(3);
    expect(await t.cache.get('k', t.load)).toEqual({ v: 3 });
  });

  it('loads only the missing keys of a batch, and does not remember absent ones', async () => {
    const t = setup();
    const asked: string[][] = [];
    const load = async (keys: string[]) => {
      asked.push(keys);
      return new Map(keys.filter((k) => k !== 'absent').map((k) => [k, { v: k.length }]));
    };
    await t.cache.getMany(['a', 'bb'], load);
    const found = await t.cache.getMany(['a', 'bb', 'ccc', 'absent'], load);
    expect([...found.keys()]).toEqual(['a', 'bb', 'ccc']);
    expect(asked).toEqual([
      ['a', 'bb'],
      ['ccc', 'absent'],
    ]);
    await t.cache.getMany(['absent'], load);
    expect(asked).toHaveLength(3);
  });
});
