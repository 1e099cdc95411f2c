import { EvidenceIntegrity, EvidenceVerification } from '@hub/shared-schema';
import { EvidenceFileEntity } from './evidence-file.entity';
import { EvidenceRepository } from './evidence.repository';
import { hashObject } from '../../object-store/object-hash';
import { ObjectStore } from '../../object-store/object-store';

/**
 * Re-hashes stored evidence and compares it with what was confirmed, recording each result in the
 * file's custody trail. Shared by `verifyEvidence` (one file, e.g. on receiving a transfer) and
 * `npm run evidence:verify` (every confirmed file).
 */
export class EvidenceVerifier {
  constructor(
    private readonly store: ObjectStore,
    private readonly evidence: EvidenceRepository,
  ) {}

  async verify(file: EvidenceFileEntity, by: { unitCode: string | null; actorName: string }): Promise<EvidenceVerification> {
    const found = await hashObject(this.store, file.objectKey);
    const integrity = !found
      ? EvidenceIntegrity.MISSING
      : found.sha256 === file.sha256 && found.size === Number(file.size)
        ? EvidenceIntegrity.INTACT
        : EvidenceIntegrity.ALTERED;
    await this.evidence.custody({
      evidenceId: file.id,
      action: `VERIFIED_${integrity}`,
      ...by,
      details: found ? { sha256: found.sha256, size: found.size } : null,
    });
    return {
      evidenceId: file.id,
      integrity,
      expectedSha256: file.sha256,
      foundSha256: found?.sha256 ?? null,
      foundSize: found?.size ?? null,
    };
  }

  /** Every confirmed file, a slice at a time; `report` hears each result. */
  async verifyAll(report: (file: EvidenceFileEntity, result: EvidenceVerification) => void): Promise<Record<EvidenceIntegrity, number>> {
    const counts = { [EvidenceIntegrity.INTACT]: 0, [EvidenceIntegrity.ALTERED]: 0, [EvidenceIntegrity.MISSING]: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const slice = await this.evidence.confirmedSlice(after, 200);
      for (const file of slice) {
        const result = await this.verify(file, { unitCode: null, actorName: 'evidence:verify' });
        counts[result.integrity]++;
        report(file, result);
      }
      if (slice.length < 200) return counts;
      after = slice[slice.length - 1].id;
    }
  }
}
