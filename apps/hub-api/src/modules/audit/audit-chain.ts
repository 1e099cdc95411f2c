import { AuditCheckpointProblem } from '@hub/shared-schema';
import { ChainRow } from './audit.repository';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainVerdict {
  intact: boolean;
  checked: number;
  firstBrokenId: string | null;
  reason: string | null;
}

/**
 * Walks rows in id order. A row is broken when its stored hash differs from the one recomputed from
 * its content (the row was altered) or its prev_hash is not the previous row's hash (a row was
 * removed, inserted or re-hashed).
 */
export class ChainWalker {
  private previousHash = GENESIS_HASH;
  checked = 0;
  broken: { id: string; reason: string } | null = null;

  accept(rows: ChainRow[]): void {
    for (const row of rows) {
      if (this.broken) return;
      this.checked++;
      if (row.hash !== row.expectedHash) {
        this.broken = { id: row.id, reason: 'content does not match its hash: the row was altered' };
      } else if (row.prevHash !== this.previousHash) {
        this.broken = { id: row.id, reason: 'prev_hash does not match the previous row: rows were removed or inserted' };
      }
      this.previousHash = row.hash;
    }
  }

  verdict(): ChainVerdict {
    return {
      intact: this.broken === null,
      checked: this.checked,
      firstBrokenId: this.broken?.id ?? null,
      reason: this.broken?.reason ?? null,
    };
  }
}

/** What a validly signed checkpoint says the chain was when it was written. */
export interface CheckpointClaim {
  key: string;
  lastId: string;
  hash: string;
  count: number;
  recordedAt: Date;
}

export interface CheckpointIssue {
  key: string;
  lastId: string | null;
  recordedAt: Date | null;
  problem: AuditCheckpointProblem;
  detail: string;
}

/**
 * Holds the chain, walked in id order, against every checkpoint: the row a checkpoint ended at must
 * still be there with the hash it had and as many rows leading up to it. Rows deleted at the end, or
 * a chain rewritten and re-hashed (whatever function computed the hashes), no longer match the
 * checkpoints written before, which the database's owner cannot reach.
 */
export class CheckpointMatcher {
  private readonly claims: CheckpointClaim[];
  private next = 0;
  private rows = 0;
  readonly issues: CheckpointIssue[] = [];

  constructor(claims: CheckpointClaim[]) {
    this.claims = [...claims].sort((a, b) => {
      const byId = BigInt(a.lastId) - BigInt(b.lastId);
      return byId === 0n ? a.recordedAt.getTime() - b.recordedAt.getTime() : byId < 0n ? -1 : 1;
    });
  }

  see(id: string, hash: string): void {
    this.rows++;
    const current = BigInt(id);
    while (this.next < this.claims.length && BigInt(this.claims[this.next].lastId) <= current) {
      const claim = this.claims[this.next++];
      if (BigInt(claim.lastId) < current) {
        this.report(
          claim,
          AuditCheckpointProblem.LAST_ROW_MISSING,
          `row ${claim.lastId} it ended at is no longer in the chain: rows were removed`,
        );
      } else if (claim.hash !== hash) {
        this.report(
          claim,
          AuditCheckpointProblem.HASH_DIFFERS,
          `row ${id} now has hash ${hash}, the checkpoint recorded ${claim.hash}: the chain was rewritten`,
        );
      } else if (claim.count !== this.rows) {
        this.report(
          claim,
          AuditCheckpointProblem.COUNT_DIFFERS,
          `${this.rows} row(s) now lead up to row ${id}, the checkpoint recorded ${claim.count}: rows were removed or inserted`,
        );
      }
    }
  }

  /** After the last row: checkpoints beyond it recorded rows that are gone. */
  finish(): CheckpointIssue[] {
    for (const claim of this.claims.slice(this.next)) {
      this.report(
        claim,
        AuditCheckpointProblem.LAST_ROW_MISSING,
        `row ${claim.lastId} it ended at is no longer in the chain: the newest rows were removed`,
      );
    }
    this.next = this.claims.length;
    return this.issues;
  }

  private report(claim: CheckpointClaim, problem: AuditCheckpointProblem, detail: string): void {
    this.issues.push({ key: claim.key, lastId: claim.lastId, recordedAt: claim.recordedAt, problem, detail });
  }
}
