import { join, resolve } from 'node:path';
import { HubConfig } from '../config/hub-config';
import { EMBEDDED_S3_CREDENTIALS, EmbeddedObjectStoreHandle, startEmbeddedObjectStore } from './embedded-object-store';

export interface ResolvedObjectStore {
  config: HubConfig;
  /** Set when this process started the embedded store; stop it on shutdown. */
  embedded: EmbeddedObjectStoreHandle | null;
}

/**
 * With S3_ENDPOINT, the configured store (MinIO). Without it, the embedded S3-compatible store under
 * HUB_DATA_DIR/s3 on EMBEDDED_S3_PORT. When that port is taken — the hub of the same data folder is
 * already running, and a CLI such as evidence:verify is started beside it — the running one is used.
 */
export async function resolveObjectStore(config: HubConfig): Promise<ResolvedObjectStore> {
  if (config.objectStore.endpoint) return { config, embedded: null };
  const port = config.objectStore.embeddedPort;
  let embedded: EmbeddedObjectStoreHandle | null = null;
  let endpoint = `http://127.0.0.1:${port}`;
  try {
    embedded = await startEmbeddedObjectStore({ directory: join(resolve(config.embedded.dataDir), 's3'), port });
    endpoint = embedded.endpoint;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  }
  return { embedded, config: { ...config, objectStore: { ...config.objectStore, endpoint, ...EMBEDDED_S3_CREDENTIALS } } };
}
