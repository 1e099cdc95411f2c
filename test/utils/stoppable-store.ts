import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedObjectStoreHandle, startEmbeddedObjectStore } from '../../apps/hub-api/src/object-store/embedded-object-store';
import { freePort } from './hub-process';

/**
 * An S3 server of the test's own, which the test stops and starts again on the same port and folder (with
 * the same credentials) to see how the hub behaves while its object store is down and once it is back.
 */
export class StoppableStore {
  private constructor(
    private readonly directory: string,
    private readonly port: number,
    private handle: EmbeddedObjectStoreHandle,
  ) {}

  static async start(folderPrefix: string): Promise<StoppableStore> {
    const directory = mkdtempSync(join(tmpdir(), folderPrefix));
    const port = await freePort();
    return new StoppableStore(directory, port, await startEmbeddedObjectStore({ directory, port }));
  }

  /** The hub's settings for this store and `bucket`. */
  env(bucket: string): Record<string, string> {
    return {
      S3_ENDPOINT: this.handle.endpoint,
      S3_ACCESS_KEY: this.handle.credentials.accessKey,
      S3_SECRET_KEY: this.handle.credentials.secretKey,
      S3_BUCKET: bucket,
    };
  }

  stop(): Promise<void> {
    return this.handle.stop();
  }

  async restart(): Promise<void> {
    this.handle = await startEmbeddedObjectStore({ directory: this.directory, port: this.port, credentials: this.handle.credentials });
  }

  /** Stops it if it runs and removes its folder. */
  async remove(): Promise<void> {
    await this.handle.stop().catch(() => undefined);
    rmSync(this.directory, { recursive: true, force: true });
  }
}
