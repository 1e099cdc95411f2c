import { ActorKind, ApiKeyScope, Role, UnitKind } from '@hub/shared-schema';
import { Actor } from '../auth/actor';
import { TestClock } from '../time/clock';
import { RequestContext } from './request-context';

const ACTOR: Actor = {
  kind: ActorKind.USER,
  id: 'u1',
  name: 'clerk',
  unitCode: 'dept-justice',
  unitKind: UnitKind.DEPARTMENT,
  roles: [Role.STATISTICIAN],
  scopes: [] as ApiKeyScope[],
};

describe('RequestContext', () => {
  it("a request's context holds its actor, unit and request id, and its time taken once when it began", () => {
    const clock = new TestClock().set('2026-03-31T15:59:59Z');
    const ctx = RequestContext.forRequest(clock, ACTOR, 'req-1');
    expect(ctx).toMatchObject({ actor: ACTOR, unitCode: 'dept-justice', requestId: 'req-1', system: null, clock });
    expect(ctx.authenticatedActor).toBe(ACTOR);
    clock.advance(5_000);
    expect(ctx.now().toISOString()).toBe('2026-03-31T15:59:59.000Z');
    expect(ctx.today()).toBe('2026-03-31');
  });

  it('a public request has no actor, and asking for an authenticated one is a programming error', () => {
    const ctx = RequestContext.forRequest(new TestClock(), null, null);
    expect(ctx.actor).toBeNull();
    expect(ctx.unitCode).toBeNull();
    expect(() => ctx.authenticatedActor).toThrow(/authenticated caller/);
  });

  it("the hub's own work names itself, has no caller, and reads its clock at each call", () => {
    const clock = new TestClock().set('2026-03-31T15:59:59Z');
    const ctx = RequestContext.forSystem(clock, 'report-scheduler');
    expect(ctx).toMatchObject({ actor: null, requestId: null, system: 'report-scheduler', unitCode: null });
    clock.advance(1_000);
    expect(ctx.now().toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(ctx.today()).toBe('2026-04-01');
  });
});
