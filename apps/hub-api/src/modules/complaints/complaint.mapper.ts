import { ComplaintRecord } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { personalRecordMapper } from '../records/shared-record.mapper';
import { ComplaintRecordEntity } from './complaint-record.entity';
import { COMPLAINTS } from './complaints.category';

/** The reporter's identity (COMPLAINTS.personalFields), masked for whoever does not see the reporter. */
const REPORTER = personalRecordMapper(COMPLAINTS);

/** The owning unit (the first receiver, its publisher) and supervisors see the reporter; nobody else (§4(2), §5(1)). */
export const seesReporter = REPORTER.seesInFull;

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
    outcome: row.outcome,
    outcomeNote: row.outcomeNote,
    penaltyId: row.penaltyId,
    transferId: row.transferId,
    duplicateOf: row.duplicateOf,
  };
}

export const fullyShownComplaints = REPORTER.fullyShown;
