import { ComplaintRecord } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { maskField, seesPersonalData } from '../personal-data/personal-data';
import { sharedRecordFields } from '../records/shared-record.mapper';
import { ComplaintRecordEntity } from './complaint-record.entity';

/** The publisher (first receiver), the handling unit and supervisors see the reporter; nobody else. */
export const seesReporter = (row: ComplaintRecordEntity, reader: Actor) =>
  seesPersonalData(reader, [row.publisherCode, row.handlingUnitCode]);

export function toComplaintRecord(row: ComplaintRecordEntity, reader: Actor): ComplaintRecord {
  const full = seesReporter(row, reader);
  return {
    ...sharedRecordFields(row, !full),
    channel: row.channel,
    receivedAt: row.receivedAt,
    reporterName: full ? row.reporterName : maskField('reporterName', row.reporterName),
    reporterPhone: full ? row.reporterPhone : maskField('reporterPhone', row.reporterPhone),
    reporterIdNumber: full ? row.reporterIdNumber : maskField('reporterIdNumber', row.reporterIdNumber),
    subjectName: row.subjectName,
    subjectUscc: row.subjectUscc,
    matterCode: row.matterCode,
    townshipCode: row.townshipCode,
    summary: row.summary,
    handlingUnitCode: row.handlingUnitCode,
    status: row.status,
    closedAt: row.closedAt,
  };
}

export const fullyShownComplaints = (rows: ComplaintRecordEntity[], reader: Actor) =>
  rows.filter((r) => (r.reporterName || r.reporterPhone || r.reporterIdNumber) && seesReporter(r, reader)).map((r) => r.id);
