import { LifecycleSide, LifecycleStep, Role } from '@hub/shared-schema';
import { LifecycleStepRow } from './lifecycle.repository';

/** A step of any declared workflow as the schema shows it (`LifecycleStep`). */
export function toLifecycleStep(row: LifecycleStepRow): LifecycleStep {
  return {
    id: row.id,
    action: row.action,
    fromState: row.fromState,
    toState: row.toState,
    actorName: row.actorName,
    unitCode: row.unitCode,
    roles: row.roles as Role[],
    side: row.side as LifecycleSide,
    occurredAt: row.occurredAt,
    note: row.note,
    attachmentIds: row.attachmentIds,
  };
}
