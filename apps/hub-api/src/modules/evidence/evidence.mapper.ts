import { CustodyEntry, EvidenceFile, EvidenceOwnerCategory } from '@hub/shared-schema';
import { EvidenceCustodyEntity } from './evidence-custody.entity';
import { EvidenceFileEntity } from './evidence-file.entity';

export function toEvidenceFile(row: EvidenceFileEntity): EvidenceFile {
  return {
    id: row.id,
    ownerCategory: row.ownerCategory as EvidenceOwnerCategory,
    ownerId: row.ownerId,
    fileName: row.fileName,
    contentType: row.contentType,
    size: Number(row.size),
    sha256: row.sha256,
    status: row.status,
    uploaderUnitCode: row.uploaderUnitCode,
    uploadedBy: row.uploadedBy,
    supersedesId: row.supersedesId,
    createdAt: row.createdAt,
    confirmedAt: row.confirmedAt,
  };
}

export function toCustodyEntry(row: EvidenceCustodyEntity): CustodyEntry {
  return { action: row.action, unitCode: row.unitCode, actorName: row.actorName, occurredAt: row.occurredAt, details: row.details };
}
