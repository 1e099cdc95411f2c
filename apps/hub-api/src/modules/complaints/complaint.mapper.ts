import { ComplaintRecord } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { seesPersonalData } from '../personal-data/personal-data';
import { personalRecordMapper } from '../records/shared-record.mapper';
import { ComplaintRecordEntity } from './complaint-record.entity';

/** The publisher (first receiver), the handling unit and supervisors see the reporter; nobody else. */
export const seesReporter = (row: ComplaintRecordEntity, reader: Actor) =>
  seesPersonalData(reader, [row.publisherCode, row.handlingUnitCode]);

/** The reporter's identity (name, phone, ID number), masked for whoever does not see the reporter. */
const REPORTER = personalRecordMapper(seesReporter, ['reporterName', 'reporterPhone', 'reporterIdNumber']);

export function toComplaintRecord(row: ComplaintRecordEntity, reader: Actor): ComplaintRecord {
  return {
    ...REPORTER.envelope(row, reader),
    channel: row.channel,
    receivedAt: row.receivedAt,
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

export const fullyShownComplaints = REPORTER.fullyShown;
