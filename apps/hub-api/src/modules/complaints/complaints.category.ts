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
import { RecordCategoryDefinition } from '../records/record-category';
import { ComplaintRecordEntity } from './complaint-record.entity';

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
  // §4(2), §5(1): who reported is shown in full only to the handling unit and supervisors.
  personalFields: ['reporterName', 'reporterPhone', 'reporterIdNumber'] as const,
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
} satisfies RecordCategoryDefinition<ComplaintRecordInput, ComplaintRecordEntity>;
