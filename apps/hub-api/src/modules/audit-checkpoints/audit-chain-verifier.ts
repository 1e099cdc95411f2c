import { createPublicKey, KeyObject } from 'node:crypto';
import { AuditChainReport } from '@hub/shared-schema';
import { HubConfig } from '../../config/hub-config';
import { AuditService } from '../audit/audit.service';
import { AuditCheckpointStore } from './audit-checkpoint-store';

/** The key checkpoints are verified with: the one given, else the one derived from the signing key. */
export function verifyingKey(config: HubConfig): KeyObject | null {
  return config.audit.publicKey ?? (config.audit.signingKey ? createPublicKey(config.audit.signingKey) : null);
}

/**
 * `auditChainStatus` and `npm run audit:verify`: the chain recomputed in Node and held against every
 * checkpoint in the object store. A store that cannot be reached answers UNAVAILABLE rather than a
 * verdict that silently skipped the checkpoints.
 */
export class AuditChainVerifier {
  constructor(
    private readonly audit: AuditService,
    private readonly checkpoints: AuditCheckpointStore,
    private readonly publicKey: KeyObject | null,
  ) {}

  async verify(): Promise<AuditChainReport> {
    const loaded = this.publicKey ? await this.checkpoints.load(this.publicKey) : { claims: [], unsigned: [] };
    return this.audit.verifyChain(loaded);
  }
}
