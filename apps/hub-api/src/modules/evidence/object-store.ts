import { Readable } from 'node:stream';

/** What the evidence module needs of an object store; MinioObjectStore speaks it to any S3 server. */
export interface ObjectStore {
  /** Creates the bucket if missing; answers whether the bucket can lock objects (MinIO `--with-lock`). */
  prepare(): Promise<{ objectLock: boolean }>;
  ping(): Promise<void>;
  presignPut(key: string, ttlSeconds: number): Promise<string>;
  presignGet(key: string, ttlSeconds: number, fileName: string, contentType: string): Promise<string>;
  /** Size of the object, or null when there is none. */
  size(key: string): Promise<number | null>;
  read(key: string): Promise<Readable>;
  /** Server-side copy, so the bytes never pass through the hub; with `retainUntil`, the copy is locked (COMPLIANCE) until then. */
  copy(from: string, to: string, retainUntil?: Date): Promise<void>;
  /** Uploads a local file (streamed from disk, never whole in memory). */
  putFile(key: string, path: string, contentType: string): Promise<void>;
  remove(key: string): Promise<void>;
}

export const OBJECT_STORE = Symbol('OBJECT_STORE');
