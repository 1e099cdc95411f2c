import { ApiKeyScope, Role, UnitKind } from '@hub/shared-schema';

const EVERY_ROLE = Object.values(Role);

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
  'audit.read': { roles: [Role.SUPERVISOR, Role.ADMIN] },
  // §4(1): shared information is readable by every unit; personal data in it is masked per reader.
  'records.read': { roles: EVERY_ROLE, scope: ApiKeyScope.READ },
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
  'otherInfoKind.save': { roles: [Role.ADMIN], auditTarget: 'input.code' },
  'device.publishReadings': {
    roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER],
    scope: ApiKeyScope.PUBLISH,
    unitOf: { resource: 'record', idArg: 'deviceId' },
    anyUnit: [],
    auditTarget: 'deviceId',
  },
  'record.revoke': {
    roles: [Role.CONNECTOR, Role.OFFICER, Role.LEADER],
    scope: ApiKeyScope.PUBLISH,
    unitOf: { resource: 'record', idArg: 'id' },
    anyUnit: [],
    auditTarget: 'id',
  },
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
