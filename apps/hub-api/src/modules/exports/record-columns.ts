import { LedgerSource, RECORD_EXPORT_HEADERS } from '@hub/shared-schema';

export interface ExportColumn {
  header: string;
  sql: string;
}

const H = RECORD_EXPORT_HEADERS;

/**
 * The columns of a record export, with Chinese headers, per category. Personal data (ID numbers,
 * phones, reporter identities) is left out altogether: exports leave the hub as files, and whoever
 * needs a person's details reads them through the audited queries. The headers are shared with the
 * connector CLI, which reads an export back (libs/shared-schema RECORD_EXPORT_HEADERS).
 */
export const RECORD_COLUMNS: Partial<Record<LedgerSource, ExportColumn[]>> = {
  LICENSING: [
    { header: H.LICENSING.licenceNumber, sql: 'r.licence_number' },
    { header: H.LICENSING.kind, sql: 'r.kind' },
    { header: H.LICENSING.holderName, sql: 'r.holder_name' },
    { header: H.LICENSING.holderUscc, sql: 'r.holder_uscc' },
    { header: H.LICENSING.matterCode, sql: 'r.matter_code' },
    { header: H.LICENSING.scope, sql: 'r.scope' },
    { header: H.LICENSING.townshipCode, sql: 'r.township_code' },
    { header: H.LICENSING.validFrom, sql: `to_char(r.valid_from, 'YYYY-MM-DD')` },
    { header: H.LICENSING.validTo, sql: `to_char(r.valid_to, 'YYYY-MM-DD')` },
    { header: H.LICENSING.status, sql: 'r.status' },
    { header: H.LICENSING.decisionDate, sql: `to_char(r.decision_date, 'YYYY-MM-DD')` },
    { header: H.LICENSING.publisherCode, sql: 'r.publisher_code' },
    { header: H.LICENSING.sourceId, sql: 'r.source_id' },
  ],
  PENALTY: [
    { header: H.PENALTY.decisionNumber, sql: 'r.decision_number' },
    { header: H.PENALTY.measureKind, sql: 'r.measure_kind' },
    { header: H.PENALTY.partyName, sql: 'r.party_name' },
    { header: H.PENALTY.partyUscc, sql: 'r.party_uscc' },
    { header: H.PENALTY.matterCode, sql: 'r.matter_code' },
    { header: H.PENALTY.penaltyKinds, sql: `array_to_string(r.penalty_kinds, '、')` },
    { header: H.PENALTY.fineAmount, sql: 'r.fine_amount::text' },
    { header: H.PENALTY.confiscationAmount, sql: 'r.confiscation_amount::text' },
    { header: H.PENALTY.decisionDate, sql: `to_char(r.decision_date, 'YYYY-MM-DD')` },
    { header: H.PENALTY.executionStatus, sql: 'r.execution_status' },
    { header: H.PENALTY.townshipCode, sql: 'r.township_code' },
    { header: H.PENALTY.sourceId, sql: 'r.source_id' },
  ],
  COMPLAINT: [
    { header: H.COMPLAINT.channel, sql: 'r.channel' },
    { header: H.COMPLAINT.receivedAt, sql: `to_char(r.received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')` },
    { header: H.COMPLAINT.subjectName, sql: 'r.subject_name' },
    { header: H.COMPLAINT.subjectUscc, sql: 'r.subject_uscc' },
    { header: H.COMPLAINT.matterCode, sql: 'r.matter_code' },
    { header: H.COMPLAINT.townshipCode, sql: 'r.township_code' },
    { header: H.COMPLAINT.handlingUnitCode, sql: 'r.handling_unit_code' },
    { header: H.COMPLAINT.status, sql: 'r.status' },
    { header: H.COMPLAINT.closedAt, sql: `to_char(r.closed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')` },
    { header: H.COMPLAINT.publisherCode, sql: 'r.publisher_code' },
    { header: H.COMPLAINT.sourceId, sql: 'r.source_id' },
  ],
  NORMATIVE: [
    { header: H.NORMATIVE.kind, sql: 'r.kind' },
    { header: H.NORMATIVE.title, sql: 'r.title' },
    { header: H.NORMATIVE.documentNumber, sql: 'r.document_number' },
    { header: H.NORMATIVE.issuingBody, sql: 'r.issuing_body' },
    { header: H.NORMATIVE.effectiveFrom, sql: `to_char(r.effective_from, 'YYYY-MM-DD')` },
    { header: H.NORMATIVE.repealedOn, sql: `to_char(r.repealed_on, 'YYYY-MM-DD')` },
    { header: H.NORMATIVE.matterCodes, sql: `array_to_string(r.matter_codes, '、')` },
    { header: H.NORMATIVE.publisherCode, sql: 'r.publisher_code' },
    { header: H.NORMATIVE.sourceId, sql: 'r.source_id' },
  ],
  DEVICE: [
    { header: H.DEVICE.deviceCode, sql: 'r.device_code' },
    { header: H.DEVICE.deviceKind, sql: 'r.device_kind' },
    { header: H.DEVICE.location, sql: 'r.location' },
    { header: H.DEVICE.latitude, sql: 'r.latitude::text' },
    { header: H.DEVICE.longitude, sql: 'r.longitude::text' },
    { header: H.DEVICE.townshipCode, sql: 'r.township_code' },
    { header: H.DEVICE.status, sql: 'r.status' },
    { header: H.DEVICE.publisherCode, sql: 'r.publisher_code' },
    { header: H.DEVICE.sourceId, sql: 'r.source_id' },
  ],
  OTHER: [
    { header: H.OTHER.kindCode, sql: 'r.kind_code' },
    { header: H.OTHER.title, sql: 'r.title' },
    { header: H.OTHER.townshipCode, sql: 'r.township_code' },
    { header: H.OTHER.matterCode, sql: 'r.matter_code' },
    { header: H.OTHER.payload, sql: 'r.payload::text' },
    { header: H.OTHER.publisherCode, sql: 'r.publisher_code' },
    { header: H.OTHER.sourceId, sql: 'r.source_id' },
  ],
};
