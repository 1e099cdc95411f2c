import { KeyObject } from 'node:crypto';
import { CheckpointClaim, CheckpointIssue } from '../audit/audit-chain';
import { ChainHead } from '../audit/audit.repository';
import { ObjectStore } from '../../object-store/object-store';
import { checkpointKey, checkpointPrefix, readCheckpoint, signCheckpoint } from './audit-checkpoint';

/**
 * Signed checkpoints of the audit chain in the evidence bucket, outside the database. Where the bucket
 * locks objects (MinIO `--with-lock`), each is kept under COMPLIANCE retention for
 * EVIDENCE_RETENTION_DAYS, as a confirmed evidence file is, so not even the store's owner can remove one.
 */
export class AuditCheckpointStore {
  constructor(
    private readonly store: ObjectStore,
    private readonly objectLock: () => Promise<boolean>,
    private readonly retentionDays: number,
  ) {}

  async write(head: ChainHead, at: Date, signingKey: KeyObject): Promise<string> {
    const key = checkpointKey(checkpointPrefix(signingKey), head, at);
    const { versionId } = await this.store.putObject(key, signCheckpoint(head, at, signingKey), 'application/json');
    if (await this.objectLock()) await this.store.retain(key, new Date(at.getTime() + this.retentionDays * 86_400_000), versionId);
    return key;
  }

  /** Every checkpoint under the key's folder: the validly signed ones as claims, the others as issues. */
  async load(publicKey: KeyObject): Promise<{ claims: CheckpointClaim[]; unsigned: CheckpointIssue[] }> {
    const claims: CheckpointClaim[] = [];
    const unsigned: CheckpointIssue[] = [];
    for (const key of await this.store.list(checkpointPrefix(publicKey))) {
      const body = await this.store.getObject(key);
      if (body === null) continue; // removed between listing and reading
      const read = readCheckpoint(key, body, publicKey);
      if ('claim' in read) claims.push(read.claim);
      else unsigned.push(read.issue);
    }
    return { claims, unsigned };
  }
}
