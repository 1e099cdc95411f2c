import {
  COMPLAINT_CHANNEL_NAMES,
  COMPLAINT_STATUS_NAMES,
  ComplaintRecordInput,
  ComplaintStatus,
  ErrorCode,
  RECORD_EXPORT_HEADERS,
  RecordCategory,
  StatisticsSource,
} from '@hub/shared-schema';
import { CategorySql, matterDimension, shanghaiDate, shanghaiTimeCell, townshipCell, unitDimension } from '../records/category-sql';
import { problemOf, RecordCategoryDefinition } from '../records/record-category';
import { ComplaintRecordEntity } from './complaint-record.entity';
import { ComplaintErrors } from './complaints.errors';

export const CLOSED_STATUSES: readonly ComplaintStatus[] = [ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED];

const H = RECORD_EXPORT_HEADERS.COMPLAINT;
const HANDLING_DAYS = `extract(epoch FROM r.closed_at - r.received_at) / 86400`;

/** §4(1)6 complaints in SQL: what statistics and record exports read (records/category-sql.ts). */
export const COMPLAINTS_SQL: CategorySql = {
  source: StatisticsSource.COMPLAINT,
  category: RecordCategory.COMPLAINT,
  table: 'complaint_record',
  date: shanghaiDate('r.received_at'),
  dimensions: {
    TOWNSHIP: unitDimension('r.township_code'),
    UNIT: unitDimension('r.publisher_code'),
    MATTER: matterDimension('r.matter_code'),
    STATUS: { sql: 'r.status', names: COMPLAINT_STATUS_NAMES },
    CHANNEL: { sql: 'r.channel', names: COMPLAINT_CHANNEL_NAMES },
    HANDLING_UNIT: unitDimension('r.handling_unit_code'),
  },
  // Open complaints have no closing time: the aggregates skip them.
  measures: {
    MEDIAN_HANDLING_DAYS: `round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${HANDLING_DAYS}))::numeric, 2)`,
    AVERAGE_HANDLING_DAYS: `round(avg(${HANDLING_DAYS})::numeric, 2)`,
  },
  exportColumns: [
    { header: H.channel, sql: 'r.channel', names: COMPLAINT_CHANNEL_NAMES },
    { header: H.receivedAt, ...shanghaiTimeCell('r.received_at') },
    { header: H.subjectName, sql: 'r.subject_name' },
    { header: H.subjectUscc, sql: 'r.subject_uscc' },
    { header: H.matterCode, sql: 'r.matter_code' },
    { header: H.townshipCode, ...townshipCell },
    { header: H.handlingUnitCode, sql: 'r.handling_unit_code' },
    { header: H.status, sql: 'r.status', names: COMPLAINT_STATUS_NAMES },
    { header: H.closedAt, ...shanghaiTimeCell('r.closed_at') },
    { header: H.publisherCode, sql: 'r.publisher_code' },
    { header: H.sourceId, sql: 'r.source_id' },
  ],
};

/** §4(1)6 the shared record of reports and complaints; the reporter's identity is confidential (§5(1)). */
export const COMPLAINTS = {
  category: RecordCategory.COMPLAINT,
  eventPrefix: 'complaint',
  sql: COMPLAINTS_SQL,
  entity: ComplaintRecordEntity,
  inputClass: ComplaintRecordInput,
  // §4(2), §5(1): who reported is shown in full only to the owning unit (its first receiver, the publisher)
  // and supervisors; not to the unit a complaint is transferred to (§5(1): personal information learnt is
  // kept confidential, and the case transfer carries the facts, not the reporter). No handling units here.
  personalFields: ['reporterName', 'reporterPhone', 'reporterIdNumber'] as const,
  check(input, { matters, unitCodes, actor }) {
    if (input.matterCode && !matters.has(input.matterCode)) {
      return { code: ErrorCode.NOT_FOUND, field: 'matterCode', message: `devolved matter ${input.matterCode} is not in the catalog` };
    }
    if (input.handlingUnitCode && !unitCodes.has(input.handlingUnitCode)) {
      return { code: ErrorCode.NOT_FOUND, field: 'handlingUnitCode', message: `unit ${input.handlingUnitCode} not found` };
    }
    if (input.closedAt && !CLOSED_STATUSES.includes(input.status)) {
      return { code: ErrorCode.BAD_USER_INPUT, field: 'closedAt', message: 'only an answered or closed record has a closing time' };
    }
    // §4(2): the first receiver handles it until it hands it off, which is the workflow's transfer.
    if (input.handlingUnitCode && input.handlingUnitCode !== actor.unitCode) {
      return problemOf(
        ComplaintErrors.ownedByWorkflow(
          'handlingUnitCode',
          `承办单位只能是首问单位 a complaint is handled by its first receiver ${actor.unitCode}`,
        ),
      );
    }
    return null;
  },
  // §4(2): a new complaint enters the workflow as RECEIVED; a revision keeps what the workflow set.
  reconcile(columns, current) {
    if (!current) {
      if (columns.status !== ComplaintStatus.RECEIVED) {
        return {
          problem: problemOf(
            ComplaintErrors.ownedByWorkflow('status', `新受理的举报投诉状态为已受理 a new complaint is RECEIVED, not ${columns.status}`),
          ),
        };
      }
      return { columns };
    }
    if (columns.status !== current.status) {
      return {
        problem: problemOf(
          ComplaintErrors.ownedByWorkflow('status', `状态为${current.status}，不能推送为${columns.status} it is ${current.status}`),
        ),
      };
    }
    if ((columns.closedAt?.getTime() ?? null) !== (current.closedAt?.getTime() ?? null)) {
      return {
        problem: problemOf(ComplaintErrors.ownedByWorkflow('closedAt', "办结时间由办理流程记录 the closing time is the workflow's")),
      };
    }
    return {
      columns: {
        ...columns,
        handlingUnitCode: current.handlingUnitCode,
        outcome: current.outcome,
        outcomeNote: current.outcomeNote,
        penaltyId: current.penaltyId,
        transferId: current.transferId,
        duplicateOf: current.duplicateOf,
      },
    };
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
    // The workflow's own (complaint.lifecycle.ts): nothing yet for a new complaint; a revision keeps them (reconcile).
    outcome: null,
    outcomeNote: null,
    penaltyId: null,
    transferId: null,
    duplicateOf: null,
  }),
  eventKeys: (c) => ({ townshipCode: c.townshipCode, matterCode: c.matterCode, partyKey: c.subjectUscc }),
} satisfies RecordCategoryDefinition<ComplaintRecordInput, ComplaintRecordEntity>;
