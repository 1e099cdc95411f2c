import { NormativeDocument } from '@hub/shared-schema';
import { sharedRecordFields } from '../records/shared-record.mapper';
import { NormativeDocumentEntity } from './normative-document.entity';

export const toNormativeDocument = (row: NormativeDocumentEntity): NormativeDocument => ({
  ...sharedRecordFields(row, false),
  kind: row.kind,
  title: row.title,
  documentNumber: row.documentNumber,
  issuingBody: row.issuingBody,
  effectiveFrom: row.effectiveFrom,
  repealedOn: row.repealedOn,
  matterCodes: row.matterCodes,
  attachmentRef: row.attachmentRef,
});
