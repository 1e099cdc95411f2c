import { ComplaintRecordInput, ComplaintStatus, ErrorCode, RecordCategory } from '@hub/shared-schema';
import { RecordCategoryDefinition } from '../records/record-category';
import { ComplaintRecordEntity } from './complaint-record.entity';

export const CLOSED_STATUSES: readonly ComplaintStatus[] = [ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED];

/** §4(1)6 the shared record of reports and complaints; the reporter's identity is confidential (§5(1)). */
export const COMPLAINTS: RecordCategoryDefinition<ComplaintRecordInput, ComplaintRecordEntity> = {
  category: RecordCategory.COMPLAINT,
  eventPrefix: 'complaint',
  entity: ComplaintRecordEntity,
  inputClass: ComplaintRecordInput,
  // §4(2), §5(1): who reported is shown in full only to the handling unit and supervisors.
  personalFields: ['reporterName', 'reporterPhone', 'reporterIdNumber'],
  handlingUnitsOf: (row) => [row.handlingUnitCode],
  check(input, { matters, unitCodes }) {
    if (input.matterCode && !matters.has(input.matterCode)) {
      return { code: ErrorCode.NOT_FOUND, field: 'matterCode', message: `devolved matter ${input.matterCode} is not in the catalog` };
    }
    if (input.handlingUnitCode && !unitCodes.has(input.handlingUnitCode)) {
      return { code: ErrorCode.NOT_FOUND, field: 'handlingUnitCode', message: `unit ${input.handlingUnitCode} not found` };
    }
    if (input.closedAt && !CLOSED_STATUSES.includes(input.status)) {
      return { code: ErrorCode.BAD_USER_INPUT, field: 'closedAt', message: 'only an answered or closed record has a closing time' };
    }
    return null;
  },
  toColumns: (input, { actor }) => ({
    channel: input.channel,
    receivedAt: input.receivedAt,
    reporterName: input.reporterName ?? null,
    reporterPhone: input.reporterPhone ?? null,
    reporterIdNumber: input.reporterIdNumber ?? null,
    subjectName: input.subjectName ?? null,
    subjectUscc: input.subjectUscc ?? null,
    matterCode: input.matterCode ?? null,
    townshipCode: input.townshipCode ?? null,
    summary: input.summary,
    // §4(2) first-receiver responsibility: the receiving unit handles it unless it says otherwise.
    handlingUnitCode: input.handlingUnitCode ?? actor.unitCode,
    status: input.status,
    closedAt: input.closedAt ?? null,
  }),
  eventKeys: (c) => ({ townshipCode: c.townshipCode, matterCode: c.matterCode, partyKey: c.subjectUscc }),
};
