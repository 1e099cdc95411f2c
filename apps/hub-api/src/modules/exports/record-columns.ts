import {
  COMPLAINT_CHANNEL_NAMES,
  COMPLAINT_STATUS_NAMES,
  DEVICE_KIND_NAMES,
  DEVICE_STATUS_NAMES,
  EXECUTION_STATUS_NAMES,
  JINJIANG_TOWNSHIP_NAMES,
  StatisticsSource,
  LICENCE_STATUS_NAMES,
  RECORD_EXPORT_HEADERS,
  LICENSING_KIND_NAMES,
  MEASURE_KIND_NAMES,
  NORMATIVE_KIND_NAMES,
} from '@hub/shared-schema';
import { licenceStatusSql } from '../licensing/licence-status';
import { SHANGHAI_TODAY } from '../statistics/statistics-sources';
import { CellKind } from './sheet-columns';

export interface ExportColumn {
  header: string;
  sql: string;
  /** Text unless said otherwise (see CellKind). */
  kind?: CellKind;
  /** A code column shown by its Chinese name (status, kind, the town's name); an unknown code stays as it is. */
  names?: Readonly<Record<string, string>>;
}

const DATE = (column: string) => ({ sql: `to_char(${column}, 'YYYY-MM-DD')`, kind: 'date' as const });
const SHANGHAI_TIME = (column: string) => ({
  sql: `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')`,
  kind: 'datetime' as const,
});
const H = RECORD_EXPORT_HEADERS;
const TOWNSHIP = { sql: 'r.township_code', names: JINJIANG_TOWNSHIP_NAMES };

/**
 * The columns of a record export, with Chinese headers, per category. Personal data (ID numbers,
 * phones, reporter identities) is left out altogether: exports leave the hub as files, and whoever
 * needs a person's details reads them through the audited queries.
 */
export const RECORD_COLUMNS: Partial<Record<StatisticsSource, ExportColumn[]>> = {
  LICENSING: [
    { header: H.LICENSING.licenceNumber, sql: 'r.licence_number' },
    { header: H.LICENSING.kind, sql: 'r.kind', names: LICENSING_KIND_NAMES },
    { header: H.LICENSING.holderName, sql: 'r.holder_name' },
    { header: H.LICENSING.holderUscc, sql: 'r.holder_uscc' },
    { header: H.LICENSING.matterCode, sql: 'r.matter_code' },
    { header: H.LICENSING.scope, sql: 'r.scope' },
    { header: H.LICENSING.townshipCode, ...TOWNSHIP },
    { header: H.LICENSING.validFrom, ...DATE('r.valid_from') },
    { header: H.LICENSING.validTo, ...DATE('r.valid_to') },
    // As the record queries and ledgers read it (licence-status.ts): withdrawn, expired derived.
    { header: H.LICENSING.status, sql: licenceStatusSql('r', SHANGHAI_TODAY), names: LICENCE_STATUS_NAMES },
    { header: H.LICENSING.decisionDate, ...DATE('r.decision_date') },
    { header: H.LICENSING.publisherCode, sql: 'r.publisher_code' },
    { header: H.LICENSING.sourceId, sql: 'r.source_id' },
  ],
  PENALTY: [
    { header: H.PENALTY.decisionNumber, sql: 'r.decision_number' },
    { header: H.PENALTY.measureKind, sql: 'r.measure_kind', names: MEASURE_KIND_NAMES },
    { header: H.PENALTY.partyName, sql: 'r.party_name' },
    { header: H.PENALTY.partyUscc, sql: 'r.party_uscc' },
    { header: H.PENALTY.matterCode, sql: 'r.matter_code' },
    { header: H.PENALTY.penaltyKinds, sql: `array_to_string(r.penalty_kinds, '、')` },
    { header: H.PENALTY.fineAmount, sql: 'r.fine_amount::text', kind: 'amount' },
    { header: H.PENALTY.confiscationAmount, sql: 'r.confiscation_amount::text', kind: 'amount' },
    { header: H.PENALTY.decisionDate, ...DATE('r.decision_date') },
    { header: H.PENALTY.executionStatus, sql: 'r.execution_status', names: EXECUTION_STATUS_NAMES },
    { header: H.PENALTY.townshipCode, ...TOWNSHIP },
    { header: H.PENALTY.sourceId, sql: 'r.source_id' },
  ],
  COMPLAINT: [
    { header: H.COMPLAINT.channel, sql: 'r.channel', names: COMPLAINT_CHANNEL_NAMES },
    { header: H.COMPLAINT.receivedAt, ...SHANGHAI_TIME('r.received_at') },
    { header: H.COMPLAINT.subjectName, sql: 'r.subject_name' },
    { header: H.COMPLAINT.subjectUscc, sql: 'r.subject_uscc' },
    { header: H.COMPLAINT.matterCode, sql: 'r.matter_code' },
    { header: H.COMPLAINT.townshipCode, ...TOWNSHIP },
    { header: H.COMPLAINT.handlingUnitCode, sql: 'r.handling_unit_code' },
    { header: H.COMPLAINT.status, sql: 'r.status', names: COMPLAINT_STATUS_NAMES },
    { header: H.COMPLAINT.closedAt, ...SHANGHAI_TIME('r.closed_at') },
    { header: H.COMPLAINT.publisherCode, sql: 'r.publisher_code' },
    { header: H.COMPLAINT.sourceId, sql: 'r.source_id' },
  ],
  NORMATIVE: [
    { header: H.NORMATIVE.kind, sql: 'r.kind', names: NORMATIVE_KIND_NAMES },
    { header: H.NORMATIVE.title, sql: 'r.title' },
    { header: H.NORMATIVE.documentNumber, sql: 'r.document_number' },
    { header: H.NORMATIVE.issuingBody, sql: 'r.issuing_body' },
    { header: H.NORMATIVE.effectiveFrom, ...DATE('r.effective_from') },
    { header: H.NORMATIVE.repealedOn, ...DATE('r.repealed_on') },
    { header: H.NORMATIVE.matterCodes, sql: `array_to_string(r.matter_codes, '、')` },
    { header: H.NORMATIVE.publisherCode, sql: 'r.publisher_code' },
    { header: H.NORMATIVE.sourceId, sql: 'r.source_id' },
  ],
  DEVICE: [
    { header: H.DEVICE.deviceCode, sql: 'r.device_code' },
    { header: H.DEVICE.deviceKind, sql: 'r.device_kind', names: DEVICE_KIND_NAMES },
    { header: H.DEVICE.location, sql: 'r.location' },
    { header: H.DEVICE.latitude, sql: 'r.latitude::text', kind: 'coordinate' },
    { header: H.DEVICE.longitude, sql: 'r.longitude::text', kind: 'coordinate' },
    { header: H.DEVICE.townshipCode, ...TOWNSHIP },
    { header: H.DEVICE.status, sql: 'r.status', names: DEVICE_STATUS_NAMES },
    { header: H.DEVICE.publisherCode, sql: 'r.publisher_code' },
    { header: H.DEVICE.sourceId, sql: 'r.source_id' },
  ],
  OTHER: [
    { header: H.OTHER.kindCode, sql: 'r.kind_code' },
    { header: H.OTHER.title, sql: 'r.title' },
    { header: H.OTHER.townshipCode, ...TOWNSHIP },
    { header: H.OTHER.matterCode, sql: 'r.matter_code' },
    { header: H.OTHER.payload, sql: 'r.payload::text' },
    { header: H.OTHER.publisherCode, sql: 'r.publisher_code' },
    { header: H.OTHER.sourceId, sql: 'r.source_id' },
  ],
};
