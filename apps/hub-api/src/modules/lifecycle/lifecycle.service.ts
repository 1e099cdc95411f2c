import { Injectable } from '@nestjs/common';
import { LifecycleSide, Role } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { RequestContext } from '../../common/context/request-context';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../outbox/outbox.service';
import { ActionRule, DeadlineStart, LifecycleDeclaration, LifecycleInput, LifecycleItem } from './lifecycle-declaration';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { LifecycleErrors } from './lifecycle.errors';
import { LifecycleRepository, LifecycleStepRow } from './lifecycle.repository';

export interface PerformedStep<S extends string> {
  from: S;
  to: S;
  stepId: string;
  side: LifecycleSide;
}

/**
 * Carries out any action of any declared lifecycle, in the mutation's one transaction: the declaration
 * is checked first (state, role and side, the guards), and only then is anything written — the state by
 * compare-and-set, the append-only step, the audit row, the outbox event and the deadlines the action
 * starts, stops or moves. A refusal writes nothing.
 */
@Injectable()
export class LifecycleService {
  constructor(
    private readonly steps: LifecycleRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly deadlines: DeadlinesService,
  ) {}

  /** The actions the caller may take on the item now (state, role and side; guards are not run). */
  allowedActions<S extends string, A extends string, Item extends LifecycleItem<S>, Input extends LifecycleInput>(
    actor: Actor,
    declaration: LifecycleDeclaration<S, A, Item, Input>,
    item: Item,
  ): A[] {
    return (Object.keys(declaration.actions) as A[]).filter((action) => {
      const rule = declaration.actions[action];
      return rule.from.includes(item.state) && sideOf(actor, rule, item) !== null;
    });
  }

  async perform<S extends string, A extends string, Item extends LifecycleItem<S>, Input extends LifecycleInput>(
    ctx: RequestContext,
    declaration: LifecycleDeclaration<S, A, Item, Input>,
    item: Item,
    action: A,
    input: Input,
  ): Promise<PerformedStep<S>> {
    const actor = ctx.authenticatedActor;
    const rule = declaration.actions[action];
    const allowed = this.allowedActions(actor, declaration, item);
    if (!rule.from.includes(item.state)) throw LifecycleErrors.notAllowed(declaration.itemType, item.id, item.state, action, allowed);
    const side = sideOf(actor, rule, item);
    if (side === null) {
      const who = `a ${rule.by.roles.join('/')} of the ${rule.by.sides.join('/')} side`;
      throw LifecycleErrors.notPermitted(declaration.itemType, item.id, item.state, action, allowed, who);
    }
    if (rule.noteRequired && !input.note?.trim()) throw LifecycleErrors.noteRequired(action);
    for (const guard of rule.guards ?? []) {
      const refusal = await guard.check(ctx, item, input);
      if (refusal) throw refusal;
    }

    const at = ctx.now();
    const to = rule.to ?? item.state;
    // Also when the state stays: the compare-and-set orders this action after any concurrent one.
    if (!(await this.steps.compareAndSetState(declaration.table, item.id, item.state, to, at, declaration.stateColumn))) {
      throw LifecycleErrors.changedMeanwhile(declaration.itemType, item.id, item.state);
    }
    const stepId = await this.recordStep(
      ctx,
      declaration.itemType,
      item.id,
      { action, from: item.state, to, side, clause: rule.clause },
      input,
    );
    const after = { ...item, state: to };
    await this.applyDeadlines(ctx, declaration, after, rule, input);
    await this.outbox.appendAt(at, {
      type: `${declaration.itemType}.${action}`,
      category: declaration.events.category,
      subject: item.id,
      sourceUnitCode: actor.unitCode,
      audience: declaration.events.audience(after),
      recipients: declaration.events.audience(after),
      data: { ...declaration.events.data(after), action, fromState: item.state, toState: to, clause: rule.clause, side },
    });
    return { from: item.state, to, stepId, side };
  }

  /**
   * Records the creation of an item the workflow's service just inserted in the initial state: its
   * first step, the audit row, the `<itemType>.created` event and the deadlines creation starts.
   */
  async created<S extends string, A extends string, Item extends LifecycleItem<S>, Input extends LifecycleInput>(
    ctx: RequestContext,
    declaration: LifecycleDeclaration<S, A, Item, Input>,
    item: Item,
    input: Input,
    side: LifecycleSide,
  ): Promise<void> {
    const actor = ctx.authenticatedActor;
    const at = ctx.now();
    const step = { action: 'create', from: declaration.initial, to: declaration.initial, side, clause: declaration.created.clause };
    await this.recordStep(ctx, declaration.itemType, item.id, step, input);
    for (const start of declaration.created.deadlines ?? []) await this.startDeadline(ctx, declaration, item, start, input);
    await this.outbox.appendAt(at, {
      type: `${declaration.itemType}.created`,
      category: declaration.events.category,
      subject: item.id,
      sourceUnitCode: actor.unitCode,
      audience: declaration.events.audience(item),
      recipients: declaration.events.audience(item),
      data: { ...declaration.events.data(item), action: 'create', toState: declaration.initial, clause: declaration.created.clause, side },
    });
  }

  /** The append-only step and its audit row, by the context's actor at the context's time. */
  private async recordStep(
    ctx: RequestContext,
    itemType: string,
    itemId: string,
    step: { action: string; from: string; to: string; side: LifecycleSide; clause: string },
    input: LifecycleInput,
  ): Promise<string> {
    const actor = ctx.authenticatedActor;
    const stepId = await this.steps.insertStep({
      itemType,
      itemId,
      action: step.action,
      fromState: step.from,
      toState: step.to,
      actorKind: actor.kind,
      actorId: actor.id,
      actorName: actor.name,
      unitCode: actor.unitCode,
      roles: actor.roles,
      side: step.side,
      note: input.note?.trim() || null,
      attachmentIds: [...(input.attachmentIds ?? [])],
      occurredAt: ctx.now(),
    });
    await this.audit.record(ctx, {
      operation: `${itemType}.transition`,
      target: itemId,
      outcome: 'OK',
      details: { ...step, stepId },
    });
    return stepId;
  }

  stepsOf(itemType: string, itemIds: string[]): Promise<LifecycleStepRow[]> {
    return this.steps.stepsOf(itemType, itemIds);
  }

  private async applyDeadlines<S extends string, A extends string, Item extends LifecycleItem<S>, Input extends LifecycleInput>(
    ctx: RequestContext,
    declaration: LifecycleDeclaration<S, A, Item, Input>,
    item: Item,
    rule: ActionRule<S, Item, Input>,
    input: Input,
  ): Promise<void> {
    const effects = rule.deadlines;
    if (!effects) return;
    for (const stop of effects.stop ?? []) await this.deadlines.stop(ctx, declaration.itemType, item.id, stop.kind, stop.outcome);
    for (const move of effects.move ?? []) {
      await this.deadlines.move(ctx, declaration.itemType, item.id, move.kind, move.rule(item, input), move.reason(input));
    }
    for (const start of effects.start ?? []) await this.startDeadline(ctx, declaration, item, start, input);
  }

  private async startDeadline<S extends string, A extends string, Item extends LifecycleItem<S>, Input extends LifecycleInput>(
    ctx: RequestContext,
    declaration: LifecycleDeclaration<S, A, Item, Input>,
    item: Item,
    start: DeadlineStart<Item, Input>,
    input: Input,
  ): Promise<void> {
    const ownerUnitCode = start.owner(item, input);
    // A declaration naming a side its item does not have is a bug in the declaration, not the caller's mistake.
    if (!ownerUnitCode) throw new Error(`${declaration.itemType} ${item.id}: no unit owns its ${start.kind} deadline`);
    await this.deadlines.start(ctx, {
      itemType: declaration.itemType,
      ownerUnitCode,
      itemId: item.id,
      kind: start.kind,
      clause: start.clause,
      startedAt: start.startedAt(ctx, item, input),
      rule: start.rule(item, input),
      unitCodes: declaration.events.audience(item),
      category: declaration.events.category,
    });
  }
}

/** The side of the item the actor takes the action from, or null when its role or unit does not fit. */
function sideOf<S extends string, Item extends LifecycleItem<S>, Input>(
  actor: Actor,
  rule: ActionRule<S, Item, Input>,
  item: Item,
): LifecycleSide | null {
  if (!actor.roles.some((role) => rule.by.roles.includes(role))) return null;
  for (const side of rule.by.sides) {
    if (side === LifecycleSide.SUPERVISOR ? actor.roles.includes(Role.SUPERVISOR) : item.sides[side]?.includes(actor.unitCode)) {
      return side;
    }
  }
  return null;
}
