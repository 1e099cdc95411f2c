import { createServer, Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import S3rver from 's3rver';

/** s3rver's fixed credentials: it checks signatures against these. */
export const EMBEDDED_S3_CREDENTIALS = { accessKey: 'S3RVER', secretKey: 'S3RVER' };

export interface EmbeddedObjectStoreHandle {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * An S3-compatible server (s3rver) on loopback, keeping objects under `directory`: the embedded
 * default and the tests speak S3 over HTTP to it exactly as production speaks to MinIO. Its own
 * HTTP server is used so that a port already taken is an error here, not an unhandled event.
 */
export async function startEmbeddedObjectStore(options: { directory: string; port: number; host?: string }): Promise<EmbeddedObjectStoreHandle> {
  mkdirSync(options.directory, { recursive: true });
  const s3 = new S3rver({ directory: options.directory, silent: true, vhostBuckets: false });
  const server: Server = createServer(s3.getMiddleware());
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    endpoint: `http://${host}:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
