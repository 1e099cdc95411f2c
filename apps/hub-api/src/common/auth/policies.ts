import { ApiKeyScope, HUMAN_ROLES, Role, UnitKind } from '@hub/shared-schema';

const EVERY_ROLE = Object.values(Role);
/** Who manages a unit's subscriptions: its systems (API keys with SUBSCRIBE), its leaders, admins. */
const SUBSCRIBERS = [Role.CONNECTOR, Role.LEADER, Role.ADMIN];
const SUBSCRIPTION_READERS = [Role.CONNECTOR, Role.OFFICER, Role.LEADER, Role.ADMIN];
const OWN_SUBSCRIPTION = { resource: 'subscription', idArg: 'id' } as const;
const OWN_EVIDENCE = { resource: 'evidence', idArg: 'id' } as const;
/** The staff and systems of a unit who work its case transfers (§4(3)). */
const TRANSFER_STAFF = [Role.CONNECTOR, Role.OFFICER, Role.LEADER];
const TRANSFER_ACTION = { roles: TRANSFER_STAFF, scope: ApiKeyScope.PUBLISH, auditTarget: 'input.id' } as const;
/** §4(2): the staff and systems of a unit work the complaints it received; COMPLAINT_LIFECYCLE says who takes which action. */
const COMPLAINT_ACTION = TRANSFER_ACTION;

/** How the guard finds the unit an operation acts for. */
export type UnitOf =
  /** a unit code at this path of the arguments, e.g. `input.unitCode` */
  | { arg: string }
  /** the unit owning the resource whose id is at this path, looked up in the UnitOwnershipRegistry */
  | { resource: string; idArg: string };

export interface Policy {
  /** Roles that may call the operation at all. */
  roles: readonly Role[];
  /** The scope an API key (role CONNECTOR) must hold. */
  scope?: ApiKeyScope;
  /** When set, the caller must belong to that unit unless one of its roles is in `anyUnit`. */
  unitOf?: UnitOf;
  /** Roles that act for any unit (default: ADMIN). */
  anyUnit?: readonly Role[];
  /** Kinds of unit whose callers may call it (e.g. only departments publish licences). */
  unitKinds?: readonly UnitKind[];
  /** What the audit row names as the target; defaults to the unit the operation acts for. */
  auditTarget?: string;
}

/**
 * Every operation of the API and who may call it: the one place authorization is decided.
 * A resolver method without a policy here is refused (see AuthGuard), so a new operation cannot be
 * exposed by accident.
 */
export const POLICIES = {
  'viewer.read': { roles: EVERY_ROLE },
  'units.read': { roles: EVERY_ROLE, scope: ApiKeyScope.READ },
  'unit.create': { roles: [Role.ADMIN], auditTarget: 'input.code' },
  'unit.setActive': { roles: [Role.ADMIN], auditTarget: 'input.unitCode' },
  // §4(3)1: each unit names its own contact person (and division) for transfers.
  'unit.updateContact': {
    roles: [Role.CONNECTOR, Role.LEADER, Role.ADMIN],
    scope: ApiKeyScope.UNIT_PROFILE,
    unitOf: { arg: 'input.unitCode' },
  },
  'apiKey.list': { roles: [Role.LEADER, Role.ADMIN], unitOf: { arg: 'unitCode' } },
  'apiKey.issue': { roles: [Role.LEADER, Role.ADMIN], unitOf: { arg: 'input.unitCode' } },
  'apiKey.revoke': {
    roles: [Role.LEADER, Role.ADMIN],
    unitOf: { resource: 'apiKey', idArg: 'id' },
    auditTarget: 'id',
  },
  'user.create': { roles: [Role.ADMIN], auditTarget: 'input.username' },
  'user.list': { roles: [Role.LEADER, Role.ADMIN], unitOf: { arg: 'unitCode' } },
  // The lifecycle of a person's account is the administrator's; each step ends its tokens at once
  // (a deactivated officer loses access now, not when the token expires).
  'user.setActive': { roles: [Role.ADMIN], auditTarget: 'input.userId' },
  'user.resetPassword': { roles: [Role.ADMIN], auditTarget: 'input.userId' },
  // Anyone who logs in changes their own password, proving the current one (API keys have none).
  'user.changeOwnPassword': { roles: HUMAN_ROLES },
  // §4(4)1②, §6(3): supervisors read who did what and when; the audit trail is their record.
  'audit.read': { roles: [Role.SUPERVISOR, Role.ADMIN] },
  // §4(1): shared information is readable by every unit; personal data in it is masked per reader.
  'records.read': { roles: EVERY_ROLE, scope: ApiKeyScope.READ },
  // §3(1): the devolved matter catalog is the city's list, kept by the administrator.
  'matter.save': { roles: [Role.ADMIN], auditTarget: 'input.code' },
  'matter.import': { roles: [Role.ADMIN], auditTarget: 'format' },
  // §4(1)2: departments publish their own licensing decisions.
  'licensing.publish': { roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER], scope: ApiKeyScope.PUBLISH, unitKinds: [UnitKind.DEPARTMENT] },
  // §4(1)3: towns and subdistricts publish their own penalties.
  'penalty.publish': {
    roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER],
    scope: ApiKeyScope.PUBLISH,
    unitKinds: [UnitKind.TOWN, UnitKind.SUBDISTRICT],
  },
  // §4(1)1: departments publish the normative documents and benchmarks of their matters.
  'normative.publish': { roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER], scope: ApiKeyScope.PUBLISH, unitKinds: [UnitKind.DEPARTMENT] },
  // §4(1)5, §4(1)6: any unit publishes its own devices and the complaints it received.
  'complaint.publish': { roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER], scope: ApiKeyScope.PUBLISH },
  'device.publish': { roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER], scope: ApiKeyScope.PUBLISH },
  // §4(1)4, §4(1)7: any unit publishes its own ledgers and other enforcement information.
  'ledger.publish': { roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER, Role.STATISTICIAN], scope: ApiKeyScope.PUBLISH },
  'otherInfo.publish': { roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER], scope: ApiKeyScope.PUBLISH },
  // §4(1)7: which other information is shared is declared centrally, one schema per kind.
  'otherInfoKind.save': { roles: [Role.ADMIN], auditTarget: 'input.code' },
  // §4(1)5: a device's data comes from the unit that set it up, and no one else.
  'device.publishReadings': {
    roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER],
    scope: ApiKeyScope.PUBLISH,
    unitOf: { resource: 'record', idArg: 'deviceId' },
    anyUnit: [],
    auditTarget: 'deviceId',
  },
  // A record is withdrawn (撤回) only by the unit that published it (§4(1): each unit shares its own).
  'record.revoke': {
    roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER],
    scope: ApiKeyScope.PUBLISH,
    unitOf: { resource: 'record', idArg: 'id' },
    anyUnit: [],
    auditTarget: 'id',
  },
  // §4(1): each unit answers for what it shares, so only the publisher brings its withdrawn record back
  // (by id, or its own sourceId, which the service looks up in the caller's unit); no one, admins
  // included, reinstates another unit's.
  'record.reinstate': {
    roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER],
    scope: ApiKeyScope.PUBLISH,
    unitOf: { resource: 'record', idArg: 'id' },
    anyUnit: [],
    auditTarget: 'id',
  },
  // §4(1) (互通信息): a unit manages its own subscriptions and reads its own feed; events reach a reader
  // masked as a query would mask them (see EventPresenter), so the feed needs no wider rule.
  // Events reach a subscription with its unit's rights (personal data included for its own records),
  // so no one, admins included, creates or redirects another unit's subscription.
  'subscription.create': { roles: SUBSCRIBERS, scope: ApiKeyScope.SUBSCRIBE, unitOf: { arg: 'input.unitCode' }, anyUnit: [] },
  'subscription.update': {
    roles: SUBSCRIBERS,
    scope: ApiKeyScope.SUBSCRIBE,
    unitOf: { resource: 'subscription', idArg: 'input.id' },
    anyUnit: [],
  },
  'subscription.delete': { roles: SUBSCRIBERS, scope: ApiKeyScope.SUBSCRIBE, unitOf: OWN_SUBSCRIPTION },
  'subscription.rotateSecret': { roles: SUBSCRIBERS, scope: ApiKeyScope.SUBSCRIBE, unitOf: OWN_SUBSCRIPTION, anyUnit: [] },
  'subscription.replay': { roles: SUBSCRIBERS, scope: ApiKeyScope.SUBSCRIBE, unitOf: OWN_SUBSCRIPTION },
  'subscription.list': { roles: SUBSCRIPTION_READERS, scope: ApiKeyScope.SUBSCRIBE, unitOf: { arg: 'unitCode' } },
  'subscription.read': { roles: SUBSCRIPTION_READERS, scope: ApiKeyScope.SUBSCRIBE, unitOf: OWN_SUBSCRIPTION },
  'deadLetters.redeliver': { roles: SUBSCRIBERS, scope: ApiKeyScope.SUBSCRIBE, unitOf: OWN_SUBSCRIPTION },
  'events.read': {
    roles: SUBSCRIPTION_READERS,
    scope: ApiKeyScope.SUBSCRIBE,
    unitOf: { resource: 'subscription', idArg: 'subscriptionId' },
  },
  'events.acknowledge': {
    roles: SUBSCRIBERS,
    scope: ApiKeyScope.SUBSCRIBE,
    unitOf: { resource: 'subscription', idArg: 'subscriptionId' },
  },
  // §4(3)4 (a case's evidence goes with it), §5(1) (material learnt stays confidential): a record's or
  // a transfer's evidence is attached by the units handling it, read by them and by supervisors
  // (EvidenceService asks EvidenceOwners who they are); uploading is publishing.
  'evidence.requestUpload': {
    roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER],
    scope: ApiKeyScope.PUBLISH,
    auditTarget: 'input.ownerId',
  },
  'evidence.confirm': { roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER], scope: ApiKeyScope.PUBLISH, unitOf: OWN_EVIDENCE, anyUnit: [] },
  'evidence.delete': { roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER], scope: ApiKeyScope.PUBLISH, unitOf: OWN_EVIDENCE, anyUnit: [] },
  'evidence.read': { roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER, Role.SUPERVISOR], scope: ApiKeyScope.READ },
  'evidence.verify': { roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER, Role.SUPERVISOR], scope: ApiKeyScope.READ, auditTarget: 'id' },
  // §4(1)4: aggregates hold no personal data, so every role that reads shared information may ask.
  'statistics.read': { roles: EVERY_ROLE, scope: ApiKeyScope.READ },
  // Exports carry no personal data (RECORD_COLUMNS); a job and its file are its unit's.
  'export.request': { roles: EVERY_ROLE, scope: ApiKeyScope.READ, auditTarget: 'input.format' },
  'export.read': { roles: EVERY_ROLE, scope: ApiKeyScope.READ, unitOf: { resource: 'exportJob', idArg: 'id' } },
  // A saved report belongs to the unit that saved it: only it lists, receives and deletes it.
  'report.save': { roles: EVERY_ROLE, scope: ApiKeyScope.READ, auditTarget: 'input.name' },
  'report.list': { roles: EVERY_ROLE, scope: ApiKeyScope.READ },
  'report.delete': { roles: EVERY_ROLE, scope: ApiKeyScope.READ, unitOf: { resource: 'savedReport', idArg: 'id' } },
  // DOMAIN.md "Working days": every deadline of the regulation is counted on the one calendar, which
  // anyone signed in may read; the State Council's notice is loaded by the administrator, without a release.
  'calendar.read': { roles: EVERY_ROLE, scope: ApiKeyScope.READ },
  'calendar.importYear': { roles: [Role.ADMIN], auditTarget: 'input.year' },
  'calendar.setDay': { roles: [Role.ADMIN], auditTarget: 'input.date' },
  // Live console: whatever the caller could query, as it happens.
  'events.live': { roles: EVERY_ROLE, scope: ApiKeyScope.READ },
  // §4(3): a unit drafts and works its transfers through its staff and systems; who may take each action
  // (role AND side of the transfer: a LEADER of the sending unit approves) is TRANSFER_LIFECYCLE's to say,
  // so these rows open the operations to the staff and the declaration decides, with TRANSITION_NOT_ALLOWED
  // or ACTION_NOT_PERMITTED when it refuses.
  'transfer.create': { roles: TRANSFER_STAFF, scope: ApiKeyScope.PUBLISH, auditTarget: 'input.matterCode' },
  'transfer.requestMaterialUpload': { roles: TRANSFER_STAFF, scope: ApiKeyScope.PUBLISH, auditTarget: 'input.transferId' },
  'transfer.submit': TRANSFER_ACTION,
  'transfer.approve': TRANSFER_ACTION,
  'transfer.reject': TRANSFER_ACTION,
  'transfer.extend': TRANSFER_ACTION,
  'transfer.send': TRANSFER_ACTION,
  'transfer.accept': TRANSFER_ACTION,
  'transfer.decline': TRANSFER_ACTION,
  'transfer.escalate': TRANSFER_ACTION,
  'transfer.assign': TRANSFER_ACTION,
  'transfer.reportResult': TRANSFER_ACTION,
  'transfer.close': TRANSFER_ACTION,
  'transfer.withdraw': TRANSFER_ACTION,
  // A transfer is read by the units handling it (TransfersService checks) and by supervisors (§4(4), §6(3)),
  // its personal data masked as in the shared records.
  'transfer.read': { roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER, Role.SUPERVISOR], scope: ApiKeyScope.READ },
  // 待办: a unit's worklist across the workflows (each item opened through its own read, checked there).
  'inbox.read': { roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER], scope: ApiKeyScope.READ },
  // §4(2) 首问负责制: the owning unit's staff and systems take the actions (COMPLAINT_LIFECYCLE decides, with
  // TRANSITION_NOT_ALLOWED or ACTION_NOT_PERMITTED); the periods per channel are local policy set by admins.
  'complaint.startCheck': COMPLAINT_ACTION,
  'complaint.redirect': COMPLAINT_ACTION,
  'complaint.answer': COMPLAINT_ACTION,
  'complaint.file': COMPLAINT_ACTION,
  'complaint.close': COMPLAINT_ACTION,
  'complaint.transfer': COMPLAINT_ACTION,
  'complaint.readDeadlines': { roles: EVERY_ROLE, scope: ApiKeyScope.READ },
  'complaint.setDeadlines': { roles: [Role.ADMIN], auditTarget: 'channel' },
  // §4(5) 不得以罚代刑: the flags are for the supervisors.
  'criminalReferralFlags.read': { roles: [Role.SUPERVISOR, Role.ADMIN] },
  // §5: a unit asks another for assistance through its staff and systems; who may take each action (the
  // requested unit answers, the requesting unit closes) is the kind's lifecycle's to say (assistance.lifecycle.ts).
  'assistance.create': { roles: TRANSFER_STAFF, scope: ApiKeyScope.PUBLISH, auditTarget: 'input.requestedUnitCode' },
  'assistance.recordOnSite': TRANSFER_ACTION,
  'assistance.extend': TRANSFER_ACTION,
  'assistance.answer': TRANSFER_ACTION,
  'assistance.provide': TRANSFER_ACTION,
  'assistance.refuse': TRANSFER_ACTION,
  'assistance.supplyLedger': TRANSFER_ACTION,
  'assistance.accept': TRANSFER_ACTION,
  'assistance.recordDispatch': TRANSFER_ACTION,
  'assistance.courtAnswer': TRANSFER_ACTION,
  'assistance.close': TRANSFER_ACTION,
  'assistance.withdraw': TRANSFER_ACTION,
  // A request is read by its two units (AssistanceService checks) and by supervisors (§6(3): refusing to assist).
  'assistance.read': { roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER, Role.SUPERVISOR], scope: ApiKeyScope.READ },
  // §5(1): the legal grounds a refusal may name, kept by admins; every unit reads the list.
  'refusalGround.read': { roles: EVERY_ROLE, scope: ApiKeyScope.READ },
  'refusalGround.create': { roles: [Role.ADMIN], auditTarget: 'input.code' },
  'refusalGround.setActive': { roles: [Role.ADMIN], auditTarget: 'input.code' },
  // §6(3), §4(4)1②: overdue items, timeliness per unit and the league table are for the supervisors (the
  // joint-meeting office); exports and saved reports of them check the same roles (supervision.errors.ts).
  'supervision.read': { roles: [Role.SUPERVISOR, Role.ADMIN] },
  // §4(4): joint meetings are read by their office, their members and supervisors (JointMeetingsService checks which).
  'jointMeeting.read': { roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER, Role.SUPERVISOR, Role.ADMIN], scope: ApiKeyScope.READ },
  // §4(4)3②: a town sets up its own joint meeting with its stationed agencies; admins for any town.
  'jointMeeting.createTownBody': { roles: [Role.LEADER, Role.ADMIN], unitOf: { arg: 'input.townCode' } },
  // Members are data the admins keep (a town's leaders their town's: the service checks).
  'jointMeeting.changeMembers': { roles: [Role.LEADER, Role.ADMIN], auditTarget: 'input.bodyId' },
  // The office schedules, holds, minutes and cancels; the convener (a LEADER of the office) approves the agenda; members
  // submit topics: who takes which step on which meeting is JOINT_MEETING_LIFECYCLE's to say.
  'jointMeeting.schedule': { roles: [Role.OFFICER, Role.LEADER, Role.SUPERVISOR], auditTarget: 'input.bodyId' },
  'jointMeeting.submitTopic': { roles: TRANSFER_STAFF, scope: ApiKeyScope.PUBLISH, auditTarget: 'input.meetingId' },
  'jointMeeting.approveAgenda': { roles: [Role.LEADER], auditTarget: 'input.id' },
  'jointMeeting.hold': { roles: [Role.OFFICER, Role.LEADER, Role.SUPERVISOR], auditTarget: 'input.id' },
  'jointMeeting.cancel': { roles: [Role.OFFICER, Role.LEADER], auditTarget: 'input.id' },
  'jointMeeting.recordMinutes': { roles: [Role.OFFICER, Role.LEADER, Role.SUPERVISOR], auditTarget: 'input.id' },
  // §4(4)2②: the assigned unit reports; the office confirms or sends back (ACTION_ITEM_LIFECYCLE).
  'actionItem.reportDone': TRANSFER_ACTION,
  'actionItem.confirm': { roles: [Role.OFFICER, Role.LEADER, Role.SUPERVISOR], auditTarget: 'input.id' },
  'actionItem.sendBack': { roles: [Role.OFFICER, Role.LEADER, Role.SUPERVISOR], auditTarget: 'input.id' },
  // §6(3), §4(4)1②: the sharing gaps are the supervisors'; they explain them, each explanation audited.
  'sharingGap.read': { roles: [Role.SUPERVISOR, Role.ADMIN] },
  'sharingGap.explain': { roles: [Role.SUPERVISOR, Role.ADMIN], auditTarget: 'input.gapId' },
} as const satisfies Record<string, Policy>;

export type OperationName = keyof typeof POLICIES;

export function policyFor(operation: OperationName): Policy {
  return POLICIES[operation];
}

/** Reads `a.b.c` out of resolver arguments. */
export function argAt(args: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => {
    return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }, args);
}

export function isOperation(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(POLICIES, name);
}

/** The argument path the audit row names as target: explicit, else the unit or resource acted on. */
export function auditTargetPath(policy: Policy): string | undefined {
  if (policy.auditTarget) return policy.auditTarget;
  if (!policy.unitOf) return undefined;
  return 'arg' in policy.unitOf ? policy.unitOf.arg : policy.unitOf.idArg;
}

/** An argument as text for comparisons and audit rows: strings and numbers only. */
export function argText(args: Record<string, unknown>, path: string): string | null {
  const value = argAt(args, path);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}
