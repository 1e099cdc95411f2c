import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { UnavailableError } from '../common/errors/domain-error';
import { MinioObjectStore } from './minio-object-store';

/**
 * The adapter's object-lock path, which s3rver cannot exercise (it has no object lock): a loopback
 * server answers as MinIO does for a bucket created `--with-lock`, or for one without, and records
 * what the adapter asked.
 */
interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const LOCKED =
  '<ObjectLockConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><ObjectLockEnabled>Enabled</ObjectLockEnabled></ObjectLockConfiguration>';
const NO_LOCK =
  '<?xml version="1.0" encoding="UTF-8"?><Error><Code>ObjectLockConfigurationNotFoundError</Code><Message>Object Lock configuration does not exist for this bucket</Message><BucketName>evidence</BucketName></Error>';
const COPIED_VERSION = 'e9f1c2d3-0000-4000-8000-000000000001';
const COPIED =
  '<CopyObjectResult><LastModified>2026-12-01T00:00:00.000Z</LastModified><ETag>"0f343b0931126a20f133d67c2b018a3b"</ETag></CopyObjectResult>';

async function minioLike(locked: boolean): Promise<{ server: Server; seen: Seen[]; store: MinioObjectStore }> {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen.push({ method: request.method!, url: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString() });
      if (request.method === 'HEAD') return response.writeHead(200).end();
      if (request.method === 'GET' && request.url!.includes('object-lock')) {
        return locked
          ? response.writeHead(200, { 'content-type': 'application/xml' }).end(LOCKED)
          : response.writeHead(404, { 'content-type': 'application/xml' }).end(NO_LOCK);
      }
      if (request.method === 'PUT' && request.headers['x-amz-copy-source'])
        return response.writeHead(200, { 'content-type': 'application/xml', 'x-amz-version-id': COPIED_VERSION }).end(COPIED);
      if (request.method === 'PUT' && request.url!.includes('retention')) return response.writeHead(200).end();
      response.writeHead(400).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const store = new MinioObjectStore({
    endpoint: `http://127.0.0.1:${port}`,
    accessKey: 'minio',
    secretKey: 'minio-secret',
    bucket: 'evidence',
    region: 'us-east-1',
    embeddedPort: 0,
  });
  return { server, seen, store };
}

describe('MinioObjectStore and object lock', () => {
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

  it('finds a locked bucket and locks a confirmed file under COMPLIANCE retention until the given day', async () => {
    const { server, seen, store } = await minioLike(true);
    servers.push(server);
    expect(await store.prepare()).toEqual({ objectLock: true });
    // Only asked, never set as the bucket's default: uploads and exports in the bucket stay removable.
    expect(seen.some((r) => r.method === 'PUT' && r.url.includes('object-lock'))).toBe(false);

    const { versionId } = await store.copy('evidence/penalty/p-1/e-1.upload', 'evidence/penalty/p-1/e-1');
    expect(versionId).toBe(COPIED_VERSION);
    const copy = seen.find((r) => r.method === 'PUT' && r.url === '/evidence/evidence/penalty/p-1/e-1')!;
    expect(copy.headers['x-amz-copy-source']).toBe('evidence/evidence/penalty/p-1/e-1.upload');
    expect(copy.headers['x-amz-object-lock-mode']).toBeUndefined();

    await store.retain('evidence/penalty/p-1/e-1', new Date('2036-12-01T00:00:00.000Z'), versionId);
    const retention = seen.find((r) => r.method === 'PUT' && r.url.startsWith('/evidence/evidence/penalty/p-1/e-1?retention'))!;
    expect(retention.url).toContain(`versionId=${COPIED_VERSION}`);
    expect(retention.body).toContain('<Mode>COMPLIANCE</Mode>');
    expect(retention.body).toContain('<RetainUntilDate>2036-12-01T00:00:00.000Z</RetainUntilDate>');
  });

  it('reports a bucket without lock configuration as not locking', async () => {
    const { server, store } = await minioLike(false);
    servers.push(server);
    expect(await store.prepare()).toEqual({ objectLock: false });
  });

  it('answers UNAVAILABLE when nothing listens', async () => {
    const { server, store } = await minioLike(true);
    await new Promise((resolve) => server.close(resolve));
    await expect(store.prepare()).rejects.toBeInstanceOf(UnavailableError);
  });
});
