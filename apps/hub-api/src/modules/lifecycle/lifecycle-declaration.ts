import { LifecycleSide, RecordCategory, Role } from '@hub/shared-schema';
import { RequestContext } from '../../common/context/request-context';
import { DomainError } from '../../common/errors/domain-error';
import { DeadlineRule } from '../deadlines/deadlines.service';

/**
 * A workflow's lifecycle, declared in one typed file (modelled on the MoJ correspondence tool's
 * `config/state_machine`: per state and role the permitted events, their predicates and their
 * after-transition hooks — typed here, so the compiler and one test per declaration check it).
 * LifecycleService carries out any action of any declaration; the workflow's own service only
 * prepares the item and the input.
 */

/** An item of a workflow as the lifecycle sees it: its state and the units standing on each side. */
export interface LifecycleItem<S extends string> {
  id: string;
  state: S;
  /** The units on each side (the city government only once escalated). SUPERVISOR needs no unit: the role is the side. */
  sides: Partial<Record<LifecycleSide, readonly string[]>>;
}

/** What every action takes beside its own fields: the note (reason) and evidence files named with the step. */
export interface LifecycleInput {
  note?: string | null;
  attachmentIds?: readonly string[] | null;
}

/** A deadline's owner: the (first) unit standing on this side of the item. */
export const unitOn =
  (side: LifecycleSide) =>
  (item: LifecycleItem<string>): string | undefined =>
    item.sides[side]?.[0];

/** A named predicate: null lets the action through, a domain error refuses it (nothing written). */
export interface Guard<Item, Input> {
  name: string;
  clause: string;
  check(ctx: RequestContext, item: Item, input: Input): Promise<DomainError | null> | DomainError | null;
}

export interface DeadlineStart<Item, Input> {
  kind: string;
  clause: string;
  /** The unit whose act it waits for: the deadline's 责任单位, held accountable when it passes (§6(3)). */
  owner(item: Item, input: Input): string | undefined;
  /** The triggering event the deadline counts from (discovery, receipt …). */
  startedAt(ctx: RequestContext, item: Item, input: Input): Date;
  rule(item: Item, input: Input): DeadlineRule;
}

export interface DeadlineStop {
  kind: string;
  outcome: 'MET' | 'CANCELLED';
}

export interface DeadlineMove<Item, Input> {
  kind: string;
  rule(item: Item, input: Input): DeadlineRule;
  reason(input: Input): string;
}

export interface ActionRule<S extends string, Item, Input> {
  /** 中文 name of the action, for the diagram and the steps. */
  label: string;
  /** The clause of the regulation the rule carries out. */
  clause: string;
  from: readonly S[];
  /** The state after the action; absent: the action keeps the state (an extension, a note). */
  to?: S;
  /** Who may take it: one of these roles, standing on one of these sides of the item. */
  by: { roles: readonly Role[]; sides: readonly LifecycleSide[] };
  /** A note (reason) is required, e.g. for a rejection. */
  noteRequired?: boolean;
  guards?: readonly Guard<Item, Input>[];
  deadlines?: {
    start?: readonly DeadlineStart<Item, Input>[];
    stop?: readonly DeadlineStop[];
    move?: readonly DeadlineMove<Item, Input>[];
  };
}

export interface LifecycleDeclaration<S extends string, A extends string, Item extends LifecycleItem<S>, Input extends LifecycleInput> {
  /** The item type: deadlines' itemType, the event prefix (`transfer.approve`) and the step rows' item_type. */
  itemType: string;
  /** The table whose `state` column the service compares and sets. */
  table: string;
  /** The state column when it is not `state` (complaint_record's `status`, the shared record's own column). */
  stateColumn?: string;
  title: string;
  initial: S;
  final: readonly S[];
  states: Record<S, string>;
  actions: Record<A, ActionRule<S, Item, Input>>;
  /** What creating an item starts (its `created` step, event and deadlines); the item is created in `initial`. */
  created: { label: string; clause: string; deadlines?: readonly DeadlineStart<Item, Input>[] };
  /** The §4(1) category its events and deadlines carry, and who receives them. */
  events: {
    category: RecordCategory;
    /** The units that alone may receive the item's events (supervisors read every event). */
    audience(item: Item): string[];
    /** The payload every permitted reader sees (no personal data). */
    data(item: Item): Record<string, unknown>;
    /** The unit whose act the event reports, when the actor has none (the hub's own work). */
    sourceUnitCode(item: Item): string;
  };
}

/** Any declaration, for code that handles declarations generically (the diagram, the graph checks). */
export type AnyDeclaration = LifecycleDeclaration<string, string, LifecycleItem<string>, LifecycleInput>;

/** The typed declaration as written, checked by the compiler against its states and actions. */
export function declareLifecycle<S extends string, A extends string, Item extends LifecycleItem<S>, Input extends LifecycleInput>(
  declaration: LifecycleDeclaration<S, A, Item, Input>,
): LifecycleDeclaration<S, A, Item, Input> {
  return declaration;
}
