import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HubConfig } from '../config/hub-config';
import { EmbeddedObjectStoreHandle, generateStoreCredentials, startEmbeddedObjectStore, StoreCredentials } from './embedded-object-store';

export interface ResolvedObjectStore {
  config: HubConfig;
  /** Set when this process started the embedded store; stop it on shutdown. */
  embedded: EmbeddedObjectStoreHandle | null;
}

/**
 * The embedded store's credentials, generated once and kept in the data folder (readable by its owner
 * only), as the JWT secret is: the hub, its CLIs and a restart all sign with the same key, and no one
 * else knows it.
 */
export function localStoreCredentials(dataDir: string): StoreCredentials {
  const file = join(dataDir, 's3-credentials.json');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(generateStoreCredentials()), { mode: 0o600, flag: 'wx' });
  }
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoreCredentials>;
  if (typeof stored.accessKey !== 'string' || typeof stored.secretKey !== 'string' || !stored.accessKey || !stored.secretKey) {
    throw new Error(`${file} does not hold the embedded store's credentials ({"accessKey","secretKey"}); remove it to generate new ones`);
  }
  return { accessKey: stored.accessKey, secretKey: stored.secretKey };
}

/**
 * With S3_ENDPOINT, the configured store (MinIO). Without it, the embedded S3-compatible store under
 * HUB_DATA_DIR/s3 on EMBEDDED_S3_PORT, with the data folder's credentials. When that port is taken —
 * the hub of the same data folder is already running, and a CLI such as evidence:verify is started
 * beside it — the running one is used.
 */
export async function resolveObjectStore(config: HubConfig): Promise<ResolvedObjectStore> {
  if (config.objectStore.endpoint) return { config, embedded: null };
  const port = config.objectStore.embeddedPort;
  const dataDir = resolve(config.embedded.dataDir);
  const credentials = localStoreCredentials(dataDir);
  let embedded: EmbeddedObjectStoreHandle | null = null;
  let endpoint = `http://127.0.0.1:${port}`;
  try {
    embedded = await startEmbeddedObjectStore({ directory: join(dataDir, 's3'), port, credentials });
    endpoint = embedded.endpoint;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  }
  return { embedded, config: { ...config, objectStore: { ...config.objectStore, endpoint, ...credentials } } };
}
