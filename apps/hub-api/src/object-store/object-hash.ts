import { createHash } from 'node:crypto';
import { ObjectStore } from './object-store';

const MISSING = new Set(['NoSuchKey', 'NotFound', 'NoSuchObject']);

/** SHA-256 and size of a stored object, read back as a stream (never held in memory whole); null when missing. */
export async function hashObject(store: ObjectStore, key: string): Promise<{ sha256: string; size: number } | null> {
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of await store.read(key)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
  } catch (error) {
    // One round trip, not a stat first: a missing object is the store's own answer to the read.
    if (MISSING.has((error as { code?: string }).code ?? '')) return null;
    throw error;
  }
  return { sha256: hash.digest('hex'), size };
}
