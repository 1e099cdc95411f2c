import { Deadline } from '@hub/shared-schema';
import { kindName } from './deadline-names';
import type { DeadlineView } from './deadlines.service';

/** A deadline as the schema shows it (`Deadline`): its kind also by name, the rule as its two optional lengths, `overdue` from the mark. */
export function toDeadlineModel(view: DeadlineView): Deadline {
  return {
    id: view.id,
    kind: view.kind,
    kindName: kindName(view.itemType, view.kind),
    clause: view.clause,
    ownerUnitCode: view.ownerUnitCode,
    startedAt: view.startedAt,
    rule: 'workingDays' in view.rule ? { workingDays: view.rule.workingDays, hours: null } : { workingDays: null, hours: view.rule.hours },
    dueAt: view.dueAt,
    remindAt: view.remindAt,
    remindedAt: view.remindedAt,
    overdue: view.overdueAt !== null,
    overdueAt: view.overdueAt,
    closedAt: view.closedAt,
    outcome: view.outcome,
  };
}
