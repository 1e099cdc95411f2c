import { SharedRecord } from '@hub/shared-schema';
import { SharedRecordEntity } from './shared-record.entity';

/** The fields every shared record shows, and whether the reader got its personal data masked. */
export function sharedRecordFields(row: SharedRecordEntity, masked: boolean): SharedRecord {
  return {
    id: row.id,
    publisherCode: row.publisherCode,
    sourceId: row.sourceId,
    version: row.version,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    revokedAt: row.revokedAt,
    revokeReason: row.revokeReason,
    masked,
  };
}
