import { ErrorCode } from '../error-codes';

/**
 * Specific refusals a client must tell apart (where it would act differently, not merely mend the field
 * named in `extensions.field`), in GraphQL `extensions.reason` beside the family code in
 * `extensions.code` (e.g. `{ code: 'CONFLICT', reason: 'EVIDENCE_UNDER_RETENTION', field: 'id' }`), in
 * the manner of twenty's `ApiKeyExceptionCode`. Each module declares its own; the family never changes
 * for a reason, so a client may switch on either. Never rename a value: clients branch on them.
 */
export const EvidenceErrorCode = {
  /** Only the units handling the owning record attach, read or verify its evidence. */
  EVIDENCE_NOT_HANDLING_UNIT: 'EVIDENCE_NOT_HANDLING_UNIT',
  /** confirmEvidenceUpload before anything was PUT to the upload URL. */
  EVIDENCE_NOT_UPLOADED: 'EVIDENCE_NOT_UPLOADED',
  /** The uploaded object's size or hash differs from the declared one: it was removed. */
  EVIDENCE_UPLOAD_MISMATCH: 'EVIDENCE_UPLOAD_MISMATCH',
  /** Confirming a file that is not PENDING. */
  EVIDENCE_NOT_PENDING: 'EVIDENCE_NOT_PENDING',
  /** Downloading or verifying a file that is not CONFIRMED. */
  EVIDENCE_NOT_CONFIRMED: 'EVIDENCE_NOT_CONFIRMED',
  EVIDENCE_ALREADY_DELETED: 'EVIDENCE_ALREADY_DELETED',
  /** Evidence of a penalty (or another protected owner) is kept for good. */
  EVIDENCE_KEPT_FOR_GOOD: 'EVIDENCE_KEPT_FOR_GOOD',
  /** The store keeps confirmed files under retention (object lock). */
  EVIDENCE_UNDER_RETENTION: 'EVIDENCE_UNDER_RETENTION',
  /** A concurrent change won: read the file again. */
  EVIDENCE_CHANGED_MEANWHILE: 'EVIDENCE_CHANGED_MEANWHILE',
} as const;
export type EvidenceErrorCode = (typeof EvidenceErrorCode)[keyof typeof EvidenceErrorCode];

export const RecordErrorCode = {
  /** reinstateRecord for a record of another unit. */
  RECORD_OTHER_PUBLISHER: 'RECORD_OTHER_PUBLISHER',
} as const;
export type RecordErrorCode = (typeof RecordErrorCode)[keyof typeof RecordErrorCode];

export const AuthErrorCode = {
  /** login: the user's unit is deactivated (a wrong name or password has no reason: it is the family's plain case). */
  AUTH_UNIT_DEACTIVATED: 'AUTH_UNIT_DEACTIVATED',
  /** The operation has no access policy, or is not a GraphQL route. */
  AUTH_OPERATION_CLOSED: 'AUTH_OPERATION_CLOSED',
  /** The caller's roles do not include one the operation is open to. */
  AUTH_ROLE_NOT_ALLOWED: 'AUTH_ROLE_NOT_ALLOWED',
  /** The API key lacks the operation's scope. */
  AUTH_SCOPE_MISSING: 'AUTH_SCOPE_MISSING',
  /** The operation is for units of another kind. */
  AUTH_UNIT_KIND_NOT_ALLOWED: 'AUTH_UNIT_KIND_NOT_ALLOWED',
  /** The caller may act only for its own unit. */
  AUTH_OTHER_UNIT: 'AUTH_OTHER_UNIT',
} as const;
export type AuthErrorCode = (typeof AuthErrorCode)[keyof typeof AuthErrorCode];

export const ExportErrorCode = {
  /** exportDownloadUrl before the job is DONE. */
  EXPORT_NOT_READY: 'EXPORT_NOT_READY',
} as const;
export type ExportErrorCode = (typeof ExportErrorCode)[keyof typeof ExportErrorCode];

export const SubscriptionErrorCode = {
  /** A webhook operation on a PULL subscription, or a pull acknowledgement on a WEBHOOK one. */
  SUBSCRIPTION_WRONG_DELIVERY: 'SUBSCRIPTION_WRONG_DELIVERY',
} as const;
export type SubscriptionErrorCode = (typeof SubscriptionErrorCode)[keyof typeof SubscriptionErrorCode];

export const UnitErrorCode = {
  /** A deactivated unit named where an active one is needed (new credentials, new data). */
  UNIT_DEACTIVATED: 'UNIT_DEACTIVATED',
} as const;
export type UnitErrorCode = (typeof UnitErrorCode)[keyof typeof UnitErrorCode];

export const IdNumberSearchErrorCode = {
  /** The caller's hourly quota of searches by resident ID number is used up (`resetsAt`). */
  ID_NUMBER_SEARCH_QUOTA_EXCEEDED: 'ID_NUMBER_SEARCH_QUOTA_EXCEEDED',
} as const;
export type IdNumberSearchErrorCode = (typeof IdNumberSearchErrorCode)[keyof typeof IdNumberSearchErrorCode];

export const LifecycleErrorCode = {
  /** The action is not open from the item's current state (or the state changed meanwhile): `extensions.state`, `extensions.allowedActions`. */
  TRANSITION_NOT_ALLOWED: 'TRANSITION_NOT_ALLOWED',
  /** The caller's role or side of the item may not take the action: `extensions.state`, `extensions.allowedActions`. */
  ACTION_NOT_PERMITTED: 'ACTION_NOT_PERMITTED',
} as const;
export type LifecycleErrorCode = (typeof LifecycleErrorCode)[keyof typeof LifecycleErrorCode];

export const TransferErrorCode = {
  /** §4(3)3④: the receiver of a case may not transfer it onward; escalation to the city government is its way out. */
  ONWARD_TRANSFER_FORBIDDEN: 'ONWARD_TRANSFER_FORBIDDEN',
  /** §4(3)3②: an extension is announced before the sending deadline passes. */
  EXTENSION_TOO_LATE: 'EXTENSION_TOO_LATE',
  /** §4(3)3②: sending is never extended past 10 working days from discovery. */
  EXTENSION_BEYOND_LIMIT: 'EXTENSION_BEYOND_LIMIT',
  /** §4(3)4: sending without the transfer letter, the source material or the evidence (`extensions.missing`). */
  TRANSFER_MATERIALS_MISSING: 'TRANSFER_MATERIALS_MISSING',
  /** §4(3)2①: a case closed before its matter was devolved stays archived with the department. */
  CLOSED_BEFORE_DEVOLUTION: 'CLOSED_BEFORE_DEVOLUTION',
  /** §4(3) preamble: a sender without the penalty power first stops the violation and secures the evidence. */
  STOP_AND_SECURE_FIRST: 'STOP_AND_SECURE_FIRST',
} as const;
export type TransferErrorCode = (typeof TransferErrorCode)[keyof typeof TransferErrorCode];
export const AssistanceErrorCode = {
  /** §5(1): a refusal names a legal ground from the admins' list (`extensions.field` input.groundCode). */
  REFUSAL_GROUND_REQUIRED: 'REFUSAL_GROUND_REQUIRED',
  /** §5(1): the ground named is not on the list, or retired. */
  REFUSAL_GROUND_UNKNOWN: 'REFUSAL_GROUND_UNKNOWN',
  /** §5(2): someone on site is recorded only for an urgent or evidence-at-risk request. */
  ON_SITE_NOT_REQUESTED: 'ON_SITE_NOT_REQUESTED',
  /** §5(2): an extension names a date after the current due date. */
  EXTENSION_NOT_LONGER: 'EXTENSION_NOT_LONGER',
  /** §5(1): providing documents needs at least one confirmed file uploaded by the requested unit. */
  DOCUMENTS_MISSING: 'DOCUMENTS_MISSING',
} as const;
export type AssistanceErrorCode = (typeof AssistanceErrorCode)[keyof typeof AssistanceErrorCode];
export const ComplaintErrorCode = {
  /**
   * §4(2): the handling workflow owns a complaint's status, closing time and handling unit (`extensions.field`):
   * a unit's system publishes a new complaint as RECEIVED and changes it only by the workflow's actions.
   */
  COMPLAINT_STATUS_OWNED_BY_WORKFLOW: 'COMPLAINT_STATUS_OWNED_BY_WORKFLOW',
} as const;
export type ComplaintErrorCode = (typeof ComplaintErrorCode)[keyof typeof ComplaintErrorCode];
export const CalendarErrorCode = {
  /**
   * A working-day count needs a year the calendar does not hold (`extensions.year`): an administrator
   * imports that year's notice (importCalendarYear); the hub never guesses it by the weekday rule.
   */
  CALENDAR_YEAR_MISSING: 'CALENDAR_YEAR_MISSING',
  /** importCalendarYear: the file is not CSV or JSON of the documented form (a header or key is missing). */
  CALENDAR_FILE_UNREADABLE: 'CALENDAR_FILE_UNREADABLE',
  /** importCalendarYear: a line of the file is wrong (`extensions.line`, `extensions.column`); nothing was written. */
  CALENDAR_FILE_INVALID: 'CALENDAR_FILE_INVALID',
} as const;
export type CalendarErrorCode = (typeof CalendarErrorCode)[keyof typeof CalendarErrorCode];
export const JointMeetingErrorCode = {
  /** §4(4)2①: a routine meeting's topics are due by the end of the 5th working day before it (`extensions.field` input.meetingId, `topicsDueAt`). */
  TOPIC_COLLECTION_CLOSED: 'TOPIC_COLLECTION_CLOSED',
  /** §4(4)2①: the convener approves a routine meeting's agenda once its topics are due, not while members may still submit. */
  TOPIC_COLLECTION_OPEN: 'TOPIC_COLLECTION_OPEN',
  /** A meeting is recorded as held on or after its day. */
  MEETING_NOT_YET: 'MEETING_NOT_YET',
  /** The units named are not members of the joint meeting (`extensions.field` names the list). */
  NOT_A_MEMBER: 'NOT_A_MEMBER',
  /** An action item's due date (or a meeting's topics' due time) is not after today. */
  DUE_DATE_NOT_AHEAD: 'DUE_DATE_NOT_AHEAD',
} as const;
export type JointMeetingErrorCode = (typeof JointMeetingErrorCode)[keyof typeof JointMeetingErrorCode];
export const SharingGapErrorCode = {
  /** explainSharingGap: no gap of that id is open now (never was, or it mended itself): `extensions.field` input.gapId. */
  SHARING_GAP_UNKNOWN: 'SHARING_GAP_UNKNOWN',
  /** explainSharingGap: the gap already has an explanation; it is kept as written (audited). */
  SHARING_GAP_ALREADY_EXPLAINED: 'SHARING_GAP_ALREADY_EXPLAINED',
} as const;
export type SharingGapErrorCode = (typeof SharingGapErrorCode)[keyof typeof SharingGapErrorCode];

export type ErrorReason =
  | EvidenceErrorCode
  | RecordErrorCode
  | AuthErrorCode
  | ExportErrorCode
  | SubscriptionErrorCode
  | UnitErrorCode
  | IdNumberSearchErrorCode
  | LifecycleErrorCode
  | TransferErrorCode
  | AssistanceErrorCode
  | ComplaintErrorCode
  | CalendarErrorCode
  | JointMeetingErrorCode
  | SharingGapErrorCode;

const { BAD_USER_INPUT, CONFLICT, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED } = ErrorCode;

/** The family (`extensions.code`) each specific reason is answered under; the compiler checks every reason has one. */
export const ERROR_REASON_FAMILY: Readonly<Record<ErrorReason, ErrorCode>> = {
  EVIDENCE_NOT_HANDLING_UNIT: FORBIDDEN,
  EVIDENCE_NOT_UPLOADED: BAD_USER_INPUT,
  EVIDENCE_UPLOAD_MISMATCH: BAD_USER_INPUT,
  EVIDENCE_NOT_PENDING: CONFLICT,
  EVIDENCE_NOT_CONFIRMED: CONFLICT,
  EVIDENCE_ALREADY_DELETED: CONFLICT,
  EVIDENCE_KEPT_FOR_GOOD: CONFLICT,
  EVIDENCE_UNDER_RETENTION: CONFLICT,
  EVIDENCE_CHANGED_MEANWHILE: CONFLICT,
  RECORD_OTHER_PUBLISHER: FORBIDDEN,
  AUTH_UNIT_DEACTIVATED: UNAUTHENTICATED,
  AUTH_OPERATION_CLOSED: FORBIDDEN,
  AUTH_ROLE_NOT_ALLOWED: FORBIDDEN,
  AUTH_SCOPE_MISSING: FORBIDDEN,
  AUTH_UNIT_KIND_NOT_ALLOWED: FORBIDDEN,
  AUTH_OTHER_UNIT: FORBIDDEN,
  EXPORT_NOT_READY: CONFLICT,
  SUBSCRIPTION_WRONG_DELIVERY: BAD_USER_INPUT,
  UNIT_DEACTIVATED: BAD_USER_INPUT,
  ID_NUMBER_SEARCH_QUOTA_EXCEEDED: RATE_LIMITED,
  TRANSITION_NOT_ALLOWED: CONFLICT,
  ACTION_NOT_PERMITTED: FORBIDDEN,
  ONWARD_TRANSFER_FORBIDDEN: CONFLICT,
  EXTENSION_TOO_LATE: CONFLICT,
  EXTENSION_BEYOND_LIMIT: BAD_USER_INPUT,
  TRANSFER_MATERIALS_MISSING: CONFLICT,
  CLOSED_BEFORE_DEVOLUTION: CONFLICT,
  STOP_AND_SECURE_FIRST: BAD_USER_INPUT,
  REFUSAL_GROUND_REQUIRED: BAD_USER_INPUT,
  REFUSAL_GROUND_UNKNOWN: BAD_USER_INPUT,
  ON_SITE_NOT_REQUESTED: CONFLICT,
  EXTENSION_NOT_LONGER: BAD_USER_INPUT,
  DOCUMENTS_MISSING: CONFLICT,
  COMPLAINT_STATUS_OWNED_BY_WORKFLOW: CONFLICT,
  CALENDAR_YEAR_MISSING: CONFLICT,
  CALENDAR_FILE_UNREADABLE: BAD_USER_INPUT,
  CALENDAR_FILE_INVALID: BAD_USER_INPUT,
  TOPIC_COLLECTION_CLOSED: CONFLICT,
  TOPIC_COLLECTION_OPEN: CONFLICT,
  MEETING_NOT_YET: CONFLICT,
  NOT_A_MEMBER: BAD_USER_INPUT,
  DUE_DATE_NOT_AHEAD: BAD_USER_INPUT,
  SHARING_GAP_UNKNOWN: ErrorCode.NOT_FOUND,
  SHARING_GAP_ALREADY_EXPLAINED: CONFLICT,
};
