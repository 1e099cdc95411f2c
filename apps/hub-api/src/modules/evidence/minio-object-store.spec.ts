import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { UnavailableError } from '../../common/errors/domain-error';
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
}

const LOCKED = '<ObjectLockConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><ObjectLockEnabled>Enabled</ObjectLockEnabled></ObjectLockConfiguration>';
const NO_LOCK =
  '<?xml version="1.0" encoding="UTF-8"?><Error><Code>ObjectLockConfigurationNotFoundError</Code><Message>Object Lock configuration does not exist for this bucket</Message><BucketName>evidence</BucketName></Error>';
const COPIED = '<CopyObjectResult><LastModified>2026-12-01T00:00:00.000Z</LastModified><ETag>"0f343b0931126a20f133d67c2b018a3b"</ETag></CopyObjectResult>';

async function minioLike(locked: boolean): Promise<{ server: Server; seen: Seen[]; store: MinioObjectStore }> {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      seen.push({ method: request.method!, url: request.url!, headers: request.headers });
      if (request.method === 'HEAD') return response.writeHead(200).end();
      if (request.method === 'GET' && request.url!.includes('object-lock')) {
        return locked ? response.writeHead(200, { 'content-type': 'application/xml' }).end(LOCKED) : response.writeHead(404, { 'content-type': 'application/xml' }).end(NO_LOCK);
      }
      if (request.method === 'PUT' && request.headers['x-amz-copy-source']) return response.writeHead(200, { 'content-type': 'application/xml' }).end(COPIED);
      response.writeHead(400).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const store = new MinioObjectStore({ endpoint: `http://127.0.0.1:${port}`, accessKey: 'minio', secretKey: 'minio-secret', bucket: 'evidence', region: 'us-east-1', embeddedPort: 0 });
  return { server, seen, store };
}

describe('MinioObjectStore and object lock', () => {
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

  it('finds a locked bucket and writes the confirmed copy under COMPLIANCE retention until the given day', async () => {
    const { server, seen, store } = await minioLike(true);
    servers.push(server);
    expect(await store.prepare()).toEqual({ objectLock: true });
    // Only asked, never set as the bucket's default: uploads and exports in the bucket stay removable.
    expect(seen.some((r) => r.method === 'PUT' && r.url.includes('object-lock'))).toBe(false);

    const until = new Date('2036-12-01T00:00:00.000Z');
    await store.copy('evidence/penalty/p-1/e-1.upload', 'evidence/penalty/p-1/e-1', until);
    const copy = seen.find((r) => r.method === 'PUT' && r.url === '/evidence/evidence/penalty/p-1/e-1')!;
    expect(copy.headers['x-amz-copy-source']).toBe('evidence/evidence/penalty/p-1/e-1.upload');
    expect(copy.headers['x-amz-object-lock-mode']).toBe('COMPLIANCE');
    expect(copy.headers['x-amz-object-lock-retain-until-date']).toBe('2036-12-01T00:00:00.000Z');

    await store.copy('a.upload', 'a');
    const plain = seen.find((r) => r.method === 'PUT' && r.url === '/evidence/a')!;
    expect(plain.headers['x-amz-object-lock-mode']).toBeUndefined();
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
