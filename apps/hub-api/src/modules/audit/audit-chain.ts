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
