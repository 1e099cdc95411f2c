import { Readable } from 'node:stream';

/** What evidence, exports and the audit checkpoints need of an object store; MinioObjectStore speaks it to any S3 server. */
export interface ObjectStore {
  /** Creates the bucket if missing; answers whether the bucket can lock objects (MinIO `--with-lock`). */
  prepare(): Promise<{ objectLock: boolean }>;
  ping(): Promise<void>;
  presignPut(key: string, ttlSeconds: number): Promise<string>;
  presignGet(key: string, ttlSeconds: number, fileName: string, contentType: string): Promise<string>;
  /** Size of the object, or null when there is none. */
  size(key: string): Promise<number | null>;
  read(key: string): Promise<Readable>;
  /** Server-side copy, so the bytes never pass through the hub; answers the copy's version where the bucket keeps versions. */
  copy(from: string, to: string): Promise<{ versionId: string | null }>;
  /**
   * Locks the object's version (COMPLIANCE retention) until `until`: set on each confirmed file alone,
   * not as the bucket's default, so pending uploads, rejected files and exports stay removable.
   */
  retain(key: string, until: Date, versionId: string | null): Promise<void>;
  /** Uploads a local file (streamed from disk, never whole in memory). */
  putFile(key: string, path: string, contentType: string): Promise<void>;
  remove(key: string): Promise<void>;
  /** Writes a small object whole (an audit checkpoint); answers its version where the bucket keeps versions. */
  putObject(key: string, body: Buffer, contentType: string): Promise<{ versionId: string | null }>;
  /** Every key under `prefix`, in the store's (lexical) order. */
  list(prefix: string): Promise<string[]>;
  /** A small object whole, or null when there is none. */
  getObject(key: string): Promise<Buffer | null>;
}

export const OBJECT_STORE = Symbol('OBJECT_STORE');
