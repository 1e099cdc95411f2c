import type { Actor } from '../auth/actor';
import type { Clock } from '../time/clock';
import { shanghaiToday } from '../time/shanghai-date';

/**
 * Who is acting, for which unit, under which request id, and when: passed first to every service
 * method that needs to know (in the manner of Vendure's RequestContext). Built once per GraphQL
 * request by the AuthGuard (`@Ctx() ctx` in a resolver), or by a worker for its own work
 * (`RequestContext.forSystem(clock, 'report-scheduler')`).
 *
 * A request's `now()` is taken once, when the context is built: every row one mutation writes carries
 * the same time, as PostgreSQL's `now()` (the transaction's start) did. A system context has no such
 * unit of work and reads its clock at each call.
 */
export class RequestContext {
  private constructor(
    /** The authenticated caller; null on public operations and for the hub's own work. */
    readonly actor: Actor | null,
    /** The request id (x-request-id); null for the hub's own work. */
    readonly requestId: string | null,
    readonly clock: Clock,
    /** What is acting when no caller is: `report-scheduler`, `export-worker` … (null for a request). */
    readonly system: string | null,
    private readonly frozenAt: Date | null,
  ) {}

  /** A GraphQL request's context: its actor (once authenticated) and request id, its time taken now. */
  static forRequest(clock: Clock, actor: Actor | null, requestId: string | null): RequestContext {
    return new RequestContext(actor, requestId, clock, null, clock.now());
  }

  /** The hub's own work (a worker, a scheduler): no caller, no request id, the clock read at each call. */
  static forSystem(clock: Clock, system: string): RequestContext {
    return new RequestContext(null, null, clock, system, null);
  }

  /** The unit the caller acts for; null when there is no caller. */
  get unitCode(): string | null {
    return this.actor?.unitCode ?? null;
  }

  /** The caller, for operations only open to authenticated callers (the guard has refused the rest). */
  get authenticatedActor(): Actor {
    if (!this.actor) throw new Error('this operation needs an authenticated caller, and the context has none');
    return this.actor;
  }

  /** The request's time (taken once when it began), or the clock's now for the hub's own work. */
  now(): Date {
    return this.frozenAt ?? this.clock.now();
  }

  /** Today in Asia/Shanghai as YYYY-MM-DD, by `now()`. */
  today(): string {
    return shanghaiToday(this.now());
  }
}
