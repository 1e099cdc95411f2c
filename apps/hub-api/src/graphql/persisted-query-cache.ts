import { LRUCache } from 'lru-cache';
import type { OperationAllowlist } from '../config/operation-allowlist';

/** Apollo prefixes the keys of its persisted-query cache with this. */
const APQ_PREFIX = 'apq:';

/**
 * Apollo's automatic persisted queries (APQ) store: documents registered by clients, held in memory
 * per process (about 30 MB, least recently used dropped first; a client that misses re-sends the text,
 * as the protocol has it), and the allow-listed documents, always known, so a unit's system may send
 * just the hash of a listed operation from its first call.
 */
export function persistedQueryCache(allowlist: OperationAllowlist | null) {
  const registered = new LRUCache<string, string>({
    maxSize: 30 * 1024 * 1024,
    sizeCalculation: (value, key) => value.length + key.length,
  });
  return {
    get(key: string): Promise<string | undefined> {
      return Promise.resolve(
        registered.get(key) ?? (key.startsWith(APQ_PREFIX) ? allowlist?.get(key.slice(APQ_PREFIX.length)) : undefined),
      );
    },
    set(key: string, value: string): Promise<void> {
      registered.set(key, value);
      return Promise.resolve();
    },
    delete(key: string): Promise<boolean> {
      return Promise.resolve(registered.delete(key));
    },
  };
}
