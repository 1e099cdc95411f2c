import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client, CopyDestinationOptions, CopySourceOptions, RETENTION_MODES, S3Error } from 'minio';
import type { ObjectLockInfo } from 'minio';
import { UnavailableError } from '../common/errors/domain-error';
import { HubConfig } from '../config/hub-config';
import { ObjectStore } from './object-store';

const MISSING = new Set(['NoSuchKey', 'NotFound', 'NoSuchObject']);

/** A failure of the store as the hub answers it: a missing object as it is, anything else UNAVAILABLE. */
function unavailable(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (code && MISSING.has(code)) return error;
  return new UnavailableError(
    `the evidence store is unavailable (${code ?? (error instanceof Error ? error.message : String(error))}); try again shortly`,
  );
}

/** The object store's answer, or UNAVAILABLE when the server cannot be reached or fails. */
async function reachable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw unavailable(error);
  }
}

/**
 * The `minio` client against MinIO in production and any S3-compatible server (s3rver in the
 * embedded default and the tests): path-style addressing, region fixed by configuration so that
 * presigning is local and never asks the server.
 */
export class MinioObjectStore implements ObjectStore {
  private readonly client: Client;
  private readonly bucket: string;

  constructor(config: HubConfig['objectStore'] & { endpoint: string }) {
    const url = new URL(config.endpoint);
    this.client = new Client({
      endPoint: url.hostname,
      port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80,
      useSSL: url.protocol === 'https:',
      accessKey: config.accessKey,
      secretKey: config.secretKey,
      region: config.region,
      pathStyle: true,
    });
    this.bucket = config.bucket;
  }

  async prepare(): Promise<{ objectLock: boolean }> {
    const exists = await reachable(() => this.client.bucketExists(this.bucket));
    if (!exists) await reachable(() => this.client.makeBucket(this.bucket));
    try {
      // The promise overload is declared after a callback one that answers void.
      const lock = await (this.client.getObjectLockConfig(this.bucket) as unknown as Promise<ObjectLockInfo>);
      return { objectLock: 'objectLockEnabled' in lock && lock.objectLockEnabled === 'Enabled' };
    } catch (error) {
      // The server's answer (no lock configuration, or no object lock at all, as s3rver): not locked.
      // No answer at all is the store being down, which the caller retries.
      if (error instanceof S3Error) return { objectLock: false };
      throw unavailable(error);
    }
  }

  async ping(): Promise<void> {
    await reachable(() => this.client.bucketExists(this.bucket));
  }

  presignPut(key: string, ttlSeconds: number): Promise<string> {
    return reachable(() => this.client.presignedPutObject(this.bucket, key, ttlSeconds));
  }

  presignGet(key: string, ttlSeconds: number, fileName: string, contentType: string): Promise<string> {
    const disposition = `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;
    return reachable(() =>
      this.client.presignedGetObject(this.bucket, key, ttlSeconds, {
        'response-content-disposition': disposition,
        'response-content-type': contentType,
      }),
    );
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await reachable(() => this.client.statObject(this.bucket, key))).size;
    } catch (error) {
      if (MISSING.has((error as { code?: string }).code ?? '')) return null;
      throw error;
    }
  }

  read(key: string): Promise<Readable> {
    return reachable(() => this.client.getObject(this.bucket, key));
  }

  async copy(from: string, to: string): Promise<{ versionId: string | null }> {
    const copied = await reachable(() =>
      this.client.copyObject(
        new CopySourceOptions({ Bucket: this.bucket, Object: from }),
        new CopyDestinationOptions({ Bucket: this.bucket, Object: to }),
      ),
    );
    return { versionId: ('VersionId' in copied && copied.VersionId) || null };
  }

  async retain(key: string, until: Date, versionId: string | null): Promise<void> {
    // Without a version id (an unversioned store) the latest version is meant.
    const retention = { versionId: versionId ?? '', mode: RETENTION_MODES.COMPLIANCE, retainUntilDate: until.toISOString() };
    await reachable(() => this.client.putObjectRetention(this.bucket, key, retention));
  }

  async putFile(key: string, path: string, contentType: string): Promise<void> {
    // Not fPutObject: below its 64 MiB part size the minio client reads the whole file into memory,
    // and above it needs multipart listing, which s3rver lacks. One presigned PUT streamed from disk
    // keeps memory flat at any size up to the S3 limit of 5 GiB for a single PUT.
    const { size } = await stat(path);
    const url = new URL(await this.presignPut(key, 15 * 60));
    await reachable(async () => {
      const response = await new Promise<IncomingMessage>((resolve, reject) => {
        const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
        const request = send(url, { method: 'PUT', headers: { 'Content-Length': size, 'Content-Type': contentType } }, resolve);
        request.on('error', reject);
        pipeline(createReadStream(path), request).catch(reject);
      });
      response.resume();
      if (response.statusCode !== 200) throw new Error(`upload answered HTTP ${response.statusCode}`);
    });
  }

  async remove(key: string): Promise<void> {
    await reachable(() => this.client.removeObject(this.bucket, key));
  }

  async putObject(key: string, body: Buffer, contentType: string): Promise<{ versionId: string | null }> {
    const written = await reachable(() => this.client.putObject(this.bucket, key, body, body.length, { 'Content-Type': contentType }));
    return { versionId: written.versionId ?? null };
  }

  list(prefix: string): Promise<string[]> {
    return reachable(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const keys: string[] = [];
          const stream = this.client.listObjectsV2(this.bucket, prefix, true);
          stream.on('data', (item: { name?: string }) => item.name && keys.push(item.name));
          stream.on('error', reject);
          stream.on('end', () => resolve(keys));
        }),
    );
  }

  async getObject(key: string): Promise<Buffer | null> {
    try {
      const stream = await this.read(key);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    } catch (error) {
      if (MISSING.has((error as { code?: string }).code ?? '')) return null;
      throw unavailable(error);
    }
  }
}
