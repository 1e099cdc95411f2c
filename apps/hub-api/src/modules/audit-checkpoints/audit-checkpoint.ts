import { KeyObject, sign, verify } from 'node:crypto';
import { AuditCheckpointProblem } from '@hub/shared-schema';
import { keyFingerprint } from '../../common/crypto/ed25519-keys';
import { CheckpointClaim, CheckpointIssue } from '../audit/audit-chain';
import { ChainHead } from '../audit/audit.repository';

export const CHECKPOINT_FORMAT = 'hub-audit-checkpoint/1';

/** What the hub signs: the chain's head, where it came from and when. */
interface CheckpointPayload {
  format: typeof CHECKPOINT_FORMAT;
  database: string;
  lastId: string;
  hash: string;
  count: number;
  at: string;
}

/**
 * Checkpoints live under one folder per signing key, so hubs with different keys (every test
 * database, or two deployments sharing a bucket) never read each other's, and a checkpoint there that
 * the key did not sign is tampering by definition.
 */
export function checkpointPrefix(key: KeyObject): string {
  return `audit-checkpoints/${keyFingerprint(key)}/`;
}

/** Named by the row it ends at (zero-padded, so the store lists them in chain order) and its time. */
export function checkpointKey(prefix: string, head: ChainHead, at: Date): string {
  return `${prefix}${head.lastId.padStart(20, '0')}-${at.toISOString().replace(/[-:.]/g, '')}.json`;
}

/**
 * The object written: the payload as the exact JSON text that was signed (so no re-serialisation can
 * change what is verified) and its Ed25519 signature.
 */
export function signCheckpoint(head: ChainHead, at: Date, signingKey: KeyObject): Buffer {
  const payload: CheckpointPayload = {
    format: CHECKPOINT_FORMAT,
    database: head.database,
    lastId: head.lastId,
    hash: head.hash,
    count: head.count,
    at: at.toISOString(),
  };
  const text = JSON.stringify(payload);
  const signature = sign(null, Buffer.from(text, 'utf8'), signingKey).toString('base64');
  return Buffer.from(`${JSON.stringify({ payload: text, signature })}\n`, 'utf8');
}

function isPayload(value: unknown): value is CheckpointPayload {
  const p = value as Partial<CheckpointPayload> | null;
  return (
    !!p &&
    p.format === CHECKPOINT_FORMAT &&
    typeof p.lastId === 'string' &&
    /^\d{1,19}$/.test(p.lastId) &&
    typeof p.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(p.hash) &&
    Number.isSafeInteger(p.count) &&
    typeof p.at === 'string' &&
    !Number.isNaN(Date.parse(p.at))
  );
}

/** A checkpoint object read back: its claim when the signature holds, otherwise the tampering it is. */
export function readCheckpoint(key: string, body: Buffer, publicKey: KeyObject): { claim: CheckpointClaim } | { issue: CheckpointIssue } {
  let payloadText: string | null = null;
  let signature: Buffer | null = null;
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { payload?: unknown; signature?: unknown };
    if (typeof parsed.payload === 'string' && typeof parsed.signature === 'string') {
      payloadText = parsed.payload;
      signature = Buffer.from(parsed.signature, 'base64');
    }
  } catch {
    // not JSON: reported below
  }
  let payload: unknown;
  try {
    payload = payloadText === null ? null : JSON.parse(payloadText);
  } catch {
    payload = null;
  }
  const claimed = isPayload(payload) ? payload : null;
  const signed = payloadText !== null && signature !== null && verify(null, Buffer.from(payloadText, 'utf8'), publicKey, signature);
  if (!signed || !claimed) {
    return {
      issue: {
        key,
        lastId: claimed?.lastId ?? null,
        recordedAt: claimed ? new Date(claimed.at) : null,
        problem: AuditCheckpointProblem.SIGNATURE_INVALID,
        detail: signed
          ? 'signed, but not a checkpoint this hub can read'
          : "the signature does not verify with the hub's public key: the checkpoint was forged or altered",
      },
    };
  }
  return { claim: { key, lastId: claimed.lastId, hash: claimed.hash, count: claimed.count, recordedAt: new Date(claimed.at) } };
}
