import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_REASON_FAMILY, ErrorCode, ErrorReason } from '@hub/shared-schema';
import { GraphQLError } from 'graphql';
import { createErrorFormatter } from '../../graphql/format-error';
import { AssistanceErrors } from '../../modules/assistance/assistance.errors';
import { AuditErrors } from '../../modules/audit/audit.errors';
import { AuthErrors } from '../../modules/auth/auth.errors';
import { CalendarErrors } from '../../modules/calendar/calendar.errors';
import { ComplaintErrors } from '../../modules/complaints/complaints.errors';
import { DeadlineErrors } from '../../modules/deadlines/deadlines.errors';
import { DeviceErrors } from '../../modules/devices/devices.errors';
import { EvidenceErrors } from '../../modules/evidence/evidence.errors';
import { ExportErrors } from '../../modules/exports/exports.errors';
import { LifecycleErrors } from '../../modules/lifecycle/lifecycle.errors';
import { TransferErrors } from '../../modules/transfers/transfers.errors';
import { JointMeetingErrors } from '../../modules/joint-meetings/joint-meetings.errors';
import { IdNumberSearchErrors } from '../../modules/id-number-searches/id-number-searches.errors';
import { MatterErrors } from '../../modules/matters/matters.errors';
import { OtherInfoErrors } from '../../modules/other-info/other-info.errors';
import { PartyErrors } from '../../modules/parties/parties.errors';
import { RecordErrors } from '../../modules/records/records.errors';
import { ReportErrors } from '../../modules/reports/reports.errors';
import { SharingGapErrors } from '../../modules/sharing-gaps/sharing-gaps.errors';
import { StatisticsErrors } from '../../modules/statistics/statistics.errors';
import { SubscriptionErrors } from '../../modules/subscriptions/subscriptions.errors';
import { SupervisionErrors } from '../../modules/supervision/supervision.errors';
import { UnitErrors } from '../../modules/units/units.errors';
import { WebhookErrors } from '../../modules/webhooks/webhooks.errors';
import { DomainError } from './domain-error';

type Constructors = Record<string, (...args: never[]) => DomainError>;
const MODULES: Record<string, Constructors> = {
  AssistanceErrors,
  AuditErrors,
  AuthErrors,
  CalendarErrors,
  ComplaintErrors,
  DeadlineErrors,
  DeviceErrors,
  EvidenceErrors,
  ExportErrors,
  IdNumberSearchErrors,
  JointMeetingErrors,
  LifecycleErrors,
  MatterErrors,
  OtherInfoErrors,
  PartyErrors,
  RecordErrors,
  ReportErrors,
  SharingGapErrors,
  StatisticsErrors,
  SubscriptionErrors,
  SupervisionErrors,
  TransferErrors,
  UnitErrors,
  WebhookErrors,
};

/** Arguments for constructors that take more than text; every other one gets strings. */
const SAMPLE_ARGS: Record<string, unknown[]> = {
  'AuthErrors.roleNotAllowed': ['createUser', ['OFFICER']],
  'SupervisionErrors.rolesOnly': ['requestExport', ['OFFICER']],
  'AuthErrors.unitKindNotAllowed': ['publishPenalty', ['DEPARTMENT'], 'TOWNSHIP'],
  'AuthErrors.loginLocked': ['user name', 900],
  'AuthErrors.loginThrottled': ['address', 1],
  'CalendarErrors.yearMissing': [2027],
  'CalendarErrors.fileInvalid': [3, 'from', 'must be a date YYYY-MM-DD'],
  'EvidenceErrors.fileTooLarge': [1024],
  'IdNumberSearchErrors.quotaExceeded': [20, 'partyIdNumber', new Date('2026-03-01T10:00:00Z')],
  'MatterErrors.importUnreadable': ['CSV', new Error('bad quote')],
  'OtherInfoErrors.badJsonSchema': [new Error('unknown keyword')],
  'StatisticsErrors.allGroupsBy': ['', ['CATEGORY', 'TOWNSHIP'], 'STATUS'],
  'StatisticsErrors.tooManyGroups': [10000],
  'LifecycleErrors.notAllowed': ['transfer', 'x', 'DRAFT', 'approve', ['submit']],
  'LifecycleErrors.notPermitted': ['transfer', 'x', 'SUBMITTED', 'approve', ['withdraw'], 'a LEADER of the SENDER'],
  'LifecycleErrors.changedMeanwhile': ['transfer', 'x', 'DRAFT'],
  'TransferErrors.materialsMissing': [['LETTER']],
  'TransferErrors.extensionTooLate': [new Date('2026-03-01T10:00:00Z')],
  'TransferErrors.extensionBeyondLimit': [10],
  'AssistanceErrors.extensionTooLate': [new Date('2026-03-01T10:00:00Z')],
  'AssistanceErrors.extensionNotLonger': [new Date('2026-03-01T10:00:00Z')],
  'JointMeetingErrors.topicCollectionClosed': [new Date('2026-03-01T10:00:00Z')],
  'JointMeetingErrors.topicCollectionOpen': [new Date('2026-03-01T10:00:00Z')],
  'JointMeetingErrors.notMembers': ['input.memberUnitCodes', ['dept-x']],
  'JointMeetingErrors.notStationed': ['input.memberUnitCodes', ['350582001']],
  'JointMeetingErrors.topicsNotOfMeeting': [['x']],
  'RecordErrors.refused': [{ code: ErrorCode.CONFLICT, field: 'sourceId', message: 'withdrawn' }],
};

/**
 * The reasons clients switch on, with their families: a rename or a family change fails here first.
 * Adding one is fine: add it here, to its module's `<feature>.errors.ts` and to the shared enum.
 */
const STABLE: Record<ErrorReason, ErrorCode> = {
  EVIDENCE_NOT_HANDLING_UNIT: 'FORBIDDEN',
  EVIDENCE_NOT_UPLOADED: 'BAD_USER_INPUT',
  EVIDENCE_UPLOAD_MISMATCH: 'BAD_USER_INPUT',
  EVIDENCE_NOT_PENDING: 'CONFLICT',
  EVIDENCE_NOT_CONFIRMED: 'CONFLICT',
  EVIDENCE_ALREADY_DELETED: 'CONFLICT',
  EVIDENCE_KEPT_FOR_GOOD: 'CONFLICT',
  EVIDENCE_UNDER_RETENTION: 'CONFLICT',
  EVIDENCE_CHANGED_MEANWHILE: 'CONFLICT',
  RECORD_OTHER_PUBLISHER: 'FORBIDDEN',
  AUTH_UNIT_DEACTIVATED: 'UNAUTHENTICATED',
  AUTH_OPERATION_CLOSED: 'FORBIDDEN',
  AUTH_ROLE_NOT_ALLOWED: 'FORBIDDEN',
  AUTH_SCOPE_MISSING: 'FORBIDDEN',
  AUTH_UNIT_KIND_NOT_ALLOWED: 'FORBIDDEN',
  AUTH_OTHER_UNIT: 'FORBIDDEN',
  EXPORT_NOT_READY: 'CONFLICT',
  SUBSCRIPTION_WRONG_DELIVERY: 'BAD_USER_INPUT',
  UNIT_DEACTIVATED: 'BAD_USER_INPUT',
  ID_NUMBER_SEARCH_QUOTA_EXCEEDED: 'RATE_LIMITED',
  TRANSITION_NOT_ALLOWED: 'CONFLICT',
  ACTION_NOT_PERMITTED: 'FORBIDDEN',
  ONWARD_TRANSFER_FORBIDDEN: 'CONFLICT',
  EXTENSION_TOO_LATE: 'CONFLICT',
  EXTENSION_BEYOND_LIMIT: 'BAD_USER_INPUT',
  TRANSFER_MATERIALS_MISSING: 'CONFLICT',
  CLOSED_BEFORE_DEVOLUTION: 'CONFLICT',
  STOP_AND_SECURE_FIRST: 'BAD_USER_INPUT',
  REFUSAL_GROUND_REQUIRED: 'BAD_USER_INPUT',
  REFUSAL_GROUND_UNKNOWN: 'BAD_USER_INPUT',
  ON_SITE_NOT_REQUESTED: 'CONFLICT',
  EXTENSION_NOT_LONGER: 'BAD_USER_INPUT',
  DOCUMENTS_MISSING: 'CONFLICT',
  COMPLAINT_STATUS_OWNED_BY_WORKFLOW: 'CONFLICT',
  CALENDAR_YEAR_MISSING: 'CONFLICT',
  CALENDAR_FILE_UNREADABLE: 'BAD_USER_INPUT',
  CALENDAR_FILE_INVALID: 'BAD_USER_INPUT',
  TOPIC_COLLECTION_CLOSED: 'CONFLICT',
  TOPIC_COLLECTION_OPEN: 'CONFLICT',
  MEETING_NOT_YET: 'CONFLICT',
  NOT_A_MEMBER: 'BAD_USER_INPUT',
  DUE_DATE_NOT_AHEAD: 'BAD_USER_INPUT',
  SHARING_GAP_UNKNOWN: 'NOT_FOUND',
  SHARING_GAP_ALREADY_EXPLAINED: 'CONFLICT',
};

/** Families whose refusals always name the argument at fault. */
const WITH_FIELD: ReadonlySet<string> = new Set([ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT, ErrorCode.NOT_FOUND]);

const format = createErrorFormatter({ error: () => undefined });
const cases = Object.entries(MODULES).flatMap(([module, constructors]) =>
  Object.entries(constructors).map(([name, make]) => {
    const key = `${module}.${name}`;
    const args = SAMPLE_ARGS[key] ?? Array.from({ length: make.length }, () => 'x');
    return { key, error: (make as (...a: unknown[]) => DomainError)(...args) };
  }),
);

describe('module errors', () => {
  it('each reason keeps its family', () => {
    expect(ERROR_REASON_FAMILY).toEqual(STABLE);
  });

  it.each(cases)('$key is answered with its family code, its reason and its field', ({ error }) => {
    expect(error).toBeInstanceOf(DomainError);
    const formatted = format(
      { message: 'm', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError('m', { originalError: error, path: ['x'] }),
    );
    expect(formatted.message).toBe(error.message);
    expect(formatted.extensions?.code).toBe(error.code);
    if (error.reason) {
      expect(ERROR_REASON_FAMILY[error.reason]).toBe(error.code);
      expect(formatted.extensions?.reason).toBe(error.reason);
    } else {
      // Without a specific reason an error is one of its family's plain cases (a NOT_FOUND by its field).
      expect(formatted.extensions).not.toHaveProperty('reason');
    }
    if (WITH_FIELD.has(error.code)) {
      expect(typeof formatted.extensions?.field).toBe('string');
      expect(formatted.extensions?.field).not.toBe('');
    }
  });

  it('docs/errors.md lists every reason with its family, and no other', () => {
    const doc = readFileSync(join(__dirname, '../../../../../docs/errors.md'), 'utf8');
    const rows = Object.fromEntries([...doc.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*([A-Z_]+)\s*\|/gm)].map((m) => [m[1], m[2]]));
    expect(rows).toEqual(STABLE);
  });

  it('every declared reason is raised by some module error', () => {
    const raised = new Set(cases.map(({ error }) => error.reason));
    expect(Object.keys(STABLE).filter((reason) => !raised.has(reason as ErrorReason))).toEqual([]);
  });
});
