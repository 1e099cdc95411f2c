import { LRUCache } from 'lru-cache';

/** What a NotifiedCache needs to know about the change feed (ChangeNotifications implements it). */
export interface ChangeFeed<Topic extends string = string> {
  readonly connected: boolean;
  on(topic: Topic, onChange: () => void): () => void;
}

export interface NotifiedCacheOptions<Topic extends string> {
  feed: ChangeFeed<Topic>;
  topic: Topic;
  max: number;
  /** A bound on staleness should a notification ever go astray; notifications do the real work. */
  ttlMs: number;
}

/**
 * A bounded in-memory cache that empties whenever its topic changes in the database. It serves only
 * while the change feed is connected, and a value loaded while a change was announced is not kept:
 * each change bumps a generation, and a load begun under an older generation may have read the old row.
 */
export class NotifiedCache<V extends object, Topic extends string = string> {
  private readonly entries: LRUCache<string, V>;
  private generation = 0;

  constructor(private readonly options: NotifiedCacheOptions<Topic>) {
    this.entries = new LRUCache<string, V>({ max: options.max, ttl: options.ttlMs });
    options.feed.on(options.topic, () => {
      this.generation++;
      this.entries.clear();
    });
  }

  /** The values for `keys`, loading the missing ones with one call of `load` (absent keys stay absent). */
  async getMany(keys: string[], load: (missing: string[]) => Promise<Map<string, V>>): Promise<Map<string, V>> {
    if (!this.options.feed.connected) return load(keys);
    const found = new Map<string, V>();
    const missing: string[] = [];
    for (const key of keys) {
      const value = this.entries.get(key);
      if (value) found.set(key, value);
      else missing.push(key);
    }
    if (!missing.length) return found;
    const generation = this.generation;
    const loaded = await load(missing);
    const keep = this.current(generation);
    for (const [key, value] of loaded) {
      if (keep) this.entries.set(key, value);
      found.set(key, value);
    }
    return found;
  }

  /** One key (every API call's credential): the same rules as getMany, without its batch bookkeeping. */
  async get(key: string, load: () => Promise<V | null>): Promise<V | null> {
    if (!this.options.feed.connected) return load();
    const cached = this.entries.get(key);
    if (cached) return cached;
    const generation = this.generation;
    const value = await load();
    if (value && this.current(generation)) this.entries.set(key, value);
    return value;
  }

  /** Whether a load begun under `generation` saw no change: only then may its values be kept. */
  private current(generation: number): boolean {
    return generation === this.generation && this.options.feed.connected;
  }
}
