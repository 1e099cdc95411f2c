import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiKeyScope, RecordCategory } from '@hub/shared-schema';
import { createHubApp } from '../../apps/hub-api/src/bootstrap';
import { RequestContext } from '../../apps/hub-api/src/common/context/request-context';
import { loadConfig } from '../../apps/hub-api/src/config/hub-config';
import { CalendarChanges } from '../../apps/hub-api/src/modules/calendar/calendar-changes';
import { CalendarRepository } from '../../apps/hub-api/src/modules/calendar/calendar.repository';
import { TransactionRunner } from '../../apps/hub-api/src/database/transaction-runner';
import { DeadlineSpec, DeadlinesService, DeadlineView } from '../../apps/hub-api/src/modules/deadlines/deadlines.service';
import { withAdminClient } from '../setup/test-postgres';
import { ANHAI, MARKET, QINGYANG } from '../utils/fixtures';
import { hubCliEnv, startTestApp, TestApp } from '../utils/test-app';
import { eventually } from '../utils/wait';

const SUBSCRIBE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;
const EVENTS = `query($id: ID!, $after: String) { events(subscriptionId: $id, after: $after, first: 100) {
  endCursor hasMore nodes { id type subject category source time data } } }`;

/** Monday 2 March 2026, 10:00 in Shanghai: five working days later is Monday 9 March (no holiday between). */
const DISCOVERED = new Date('2026-03-02T02:00:00Z');
const DUE = '2026-03-09T15:59:59.999Z';
/** 00:00 Shanghai on the last working day. */
const REMIND = '2026-03-08T16:00:00.000Z';

/** Sweeps every 20 ms, in batches of 5, so two hubs' sweeps interleave over a few hundred deadlines. */
const FAST_SWEEP = { DEADLINE_SWEEP_MS: '20', DEADLINE_SWEEP_BATCH: '5', LOG_LEVEL: 'silent' };

/** A deadline as the transfer workflow will start one: through the service, in a transaction of the hub's own. */
function openDeadline(app: NestFastifyApplication, clockOf: TestApp, overrides: Partial<DeadlineSpec> = {}): Promise<DeadlineView> {
  const ctx = RequestContext.forSystem(clockOf.clock, 'deadlines-test');
  const spec: DeadlineSpec = {
    itemType: 'transfer',
    itemId: randomUUID(),
    kind: 'SEND',
    clause: '§4(3)3①',
    startedAt: DISCOVERED,
    rule: { workingDays: 5 },
    ownerUnitCode: MARKET,
    unitCodes: [MARKET, QINGYANG],
    category: RecordCategory.OTHER,
    ...overrides,
  };
  return app.get(TransactionRunner).run(() => app.get(DeadlinesService).start(ctx, spec));
}

/** Another hub on the same database and the same clock, sweeping too (a second process of a deployment). */
async function secondHub(hub: TestApp, env: Record<string, string>): Promise<NestFastifyApplication> {
  const app = await createHubApp(
    loadConfig({ ...hubCliEnv(hub), HUB_RUN_MIGRATIONS: 'false', DATABASE_POOL_SIZE: '4', ...FAST_SWEEP, ...env }),
    hub.clock,
  );
  await app.init();
  return app;
}

async function eventsOf(hub: TestApp, subject: string) {
  return hub.sql<{ type: string; audience: string[]; occurred_at: Date; data: Record<string, unknown> }>(
    `SELECT type, audience, occurred_at, data FROM change_event WHERE subject = $1 ORDER BY position`,
    [subject],
  );
}

describe('deadlines that mark themselves, two hubs sweeping (e2e)', () => {
  let hub: TestApp;
  let second: NestFastifyApplication;
  const feeds: Record<string, { key: string; id: string }> = {};

  beforeAll(async () => {
    hub = await startTestApp(FAST_SWEEP);
    second = await secondHub(hub, {});
    for (const unit of [MARKET, QINGYANG, ANHAI]) {
      const key = await hub.apiKey(unit, [ApiKeyScope.SUBSCRIBE, ApiKeyScope.READ]);
      const created = await hub.gql(
        SUBSCRIBE,
        { input: { unitCode: unit, name: 'deadlines', delivery: 'PULL', startFrom: 'BEGINNING' } },
        { credential: key },
      );
      expect(created.errors).toBeUndefined();
      feeds[unit] = { key, id: created.data!.createSubscription.subscription.id };
    }
  });
  afterAll(async () => {
    await second.close();
    await hub.close();
  });
  afterEach(() => jest.restoreAllMocks());

  /** The unit's pull feed through GraphQL, as a connector reads it, page by page: the events about `subject`. */
  async function feed(unit: string, subject: string): Promise<any[]> {
    const about: any[] = [];
    for (let after = '0', more = true; more;) {
      const answer = await hub.gql(EVENTS, { id: feeds[unit].id, after }, { credential: feeds[unit].key });
      expect(answer.errors).toBeUndefined();
      const page = answer.data!.events;
      about.push(...page.nodes.filter((e: any) => e.subject === subject));
      [after, more] = [page.endCursor, page.hasMore];
    }
    return about;
  }

  it('reminds one working day before, marks overdue once when passed, and tells both units and no other', async () => {
    hub.clock.set(DISCOVERED);
    const opened = await openDeadline(hub.app, hub);
    expect(opened).toMatchObject({ rule: { workingDays: 5 }, remindedAt: null, overdueAt: null, closedAt: null, outcome: null });
    expect([opened.dueAt.toISOString(), opened.remindAt?.toISOString()]).toEqual([DUE, REMIND]);

    // The reminder comes at the start of the last working day, marked at the Clock's time.
    hub.clock.set(REMIND);
    const [reminded] = await eventually(
      () => hub.sql(`SELECT reminded_at, overdue_at FROM deadline WHERE id = $1`, [opened.id]),
      ([row]) => row.reminded_at !== null,
    );
    expect(reminded).toEqual({ reminded_at: new Date(REMIND), overdue_at: null });

    // A minute past the due time, the mark.
    const past = new Date(Date.parse(DUE) + 60_000);
    hub.clock.set(past);
    const [marked] = await eventually(
      () => hub.sql(`SELECT overdue_at, reminded_at FROM deadline WHERE id = $1`, [opened.id]),
      ([row]) => row.overdue_at !== null,
    );
    expect(marked).toEqual({ overdue_at: past, reminded_at: new Date(REMIND) });

    // Later sweeps of either hub change nothing: a deadline due after it is marked in its turn, and this one still has one mark.
    const later = await openDeadline(second, hub, { rule: { hours: 1 }, startedAt: new Date(past.getTime() - 2 * 3_600_000) });
    await eventually(
      () => hub.sql(`SELECT overdue_at FROM deadline WHERE id = $1`, [later.id]),
      ([row]) => row.overdue_at !== null,
    );
    const events = await eventsOf(hub, opened.itemId);
    expect(events).toEqual([
      {
        type: 'transfer.reminder',
        audience: [MARKET, QINGYANG],
        occurred_at: new Date(REMIND),
        data: { deadlineId: opened.id, kind: 'SEND', clause: '§4(3)3①', dueAt: DUE },
      },
      {
        type: 'transfer.overdue',
        audience: [MARKET, QINGYANG],
        occurred_at: past,
        data: { deadlineId: opened.id, kind: 'SEND', clause: '§4(3)3①', dueAt: DUE },
      },
    ]);

    // Both units read them in their feeds; a third unit's feed has none of them.
    for (const unit of [MARKET, QINGYANG]) {
      expect(await feed(unit, opened.itemId)).toMatchObject([
        { type: 'transfer.reminder', category: 'OTHER', source: `urn:jinjiang-hub:unit:${MARKET}`, data: { kind: 'SEND', dueAt: DUE } },
        { type: 'transfer.overdue', category: 'OTHER', data: { kind: 'SEND', clause: '§4(3)3①', dueAt: DUE } },
      ]);
    }
    expect(await feed(ANHAI, opened.itemId)).toEqual([]);
    // The sentinel's feed entry proves the third unit's feed was read after the marks were written.
    expect((await feed(MARKET, later.itemId)).map((e) => e.type)).toEqual(['transfer.overdue']);
  }, 60_000);

  it('marks each of many deadlines passing at once exactly once, the two hubs sharing the work', async () => {
    hub.clock.set(DISCOVERED);
    const marks = [hub.app, second].map((app) => jest.spyOn(app.get(DeadlinesService), 'sweepOverdue'));
    const count = 300;
    const opened: DeadlineView[] = [];
    // Started in one transaction, as a bulk of transfers would be: they pass together.
    await hub.app.get(TransactionRunner).run(async () => {
      for (let i = 0; i < count; i++) opened.push(await openDeadline(hub.app, hub, { kind: `SEND-${i % 3}`, rule: { hours: 24 } }));
    });
    const past = new Date(DISCOVERED.getTime() + 25 * 3_600_000);
    hub.clock.set(past);
    const ids = opened.map((d) => d.id);
    await eventually(
      () => hub.sql(`SELECT count(*)::int AS n FROM deadline WHERE id = ANY($1) AND overdue_at IS NOT NULL`, [ids]),
      ([{ n }]) => n === count,
    );
    const perDeadline = await hub.sql(
      `SELECT d.id, d.overdue_at, count(e.id)::int AS events
         FROM deadline d LEFT JOIN change_event e ON e.subject = d.item_id AND e.type = 'transfer.overdue'
        WHERE d.id = ANY($1) GROUP BY d.id, d.overdue_at`,
      [ids],
    );
    expect(perDeadline).toHaveLength(count);
    expect(perDeadline.filter((d) => d.events !== 1 || d.overdue_at.getTime() !== past.getTime())).toEqual([]);
    // Every mark was made by one sweep of one hub: the counts the two hubs' batches answered add up to the marks.
    const marked = await Promise.all(
      marks.map(async (spy) => (await Promise.all(spy.mock.results.map((r) => r.value))).reduce((a, b) => a + b, 0)),
    );
    expect(marked[0] + marked[1]).toBe(count);
    expect(marked.map((n) => n > 0)).toEqual([true, true]);
  }, 60_000);

  it('moves an open deadline with its change row and event, and never marks a stopped one', async () => {
    hub.clock.set(DISCOVERED);
    const ctx = RequestContext.forSystem(hub.clock, 'deadlines-test');
    const service = hub.app.get(DeadlinesService);
    const tx = hub.app.get(TransactionRunner);
    const extended = await openDeadline(hub.app, hub);
    const stopped = await openDeadline(hub.app, hub, { itemId: extended.itemId, kind: 'ANSWER', clause: '§4(3)3④' });

    hub.clock.set('2026-03-04T03:00:00Z');
    const moved = await tx.run(() =>
      service.move(ctx, 'transfer', extended.itemId, 'SEND', { workingDays: 10 }, '需补充调查 investigation'),
    );
    // Ten working days from discovery, not from the extension: Monday 16 March.
    expect(moved).toMatchObject({ rule: { workingDays: 10 }, dueAt: new Date('2026-03-16T15:59:59.999Z') });
    expect(moved.remindAt).toEqual(new Date('2026-03-15T16:00:00Z'));
    const closed = await tx.run(() => service.stop(ctx, 'transfer', extended.itemId, 'ANSWER', 'CANCELLED'));
    expect(closed).toMatchObject({ id: stopped.id, closedAt: new Date('2026-03-04T03:00:00Z'), outcome: 'CANCELLED' });
    expect(await tx.run(() => service.stop(ctx, 'transfer', extended.itemId, 'ANSWER', 'MET'))).toBeNull();

    const changes = await hub.sql(
      `SELECT cause, from_rule, to_rule, from_due_at, to_due_at, reason, actor FROM deadline_change WHERE deadline_id = $1`,
      [extended.id],
    );
    expect(changes).toEqual([
      {
        cause: 'EXTENSION',
        from_rule: { workingDays: 5 },
        to_rule: { workingDays: 10 },
        from_due_at: new Date(DUE),
        to_due_at: new Date('2026-03-16T15:59:59.999Z'),
        reason: '需补充调查 investigation',
        actor: 'deadlines-test',
      },
    ]);
    expect((await eventsOf(hub, extended.itemId)).map((e) => [e.type, e.data.fromDueAt, e.data.dueAt])).toEqual([
      ['transfer.deadline_moved', DUE, '2026-03-16T15:59:59.999Z'],
    ]);

    // Past the first due date, before the new one: nothing is marked; past the new one, only the open deadline is.
    hub.clock.set('2026-03-17T00:00:00Z');
    await eventually(
      () => hub.sql(`SELECT overdue_at FROM deadline WHERE id = $1`, [extended.id]),
      ([row]) => row.overdue_at !== null,
    );
    const views = (await service.forItems('transfer', [extended.itemId, randomUUID()])).get(extended.itemId)!;
    expect(views.map((v) => [v.kind, v.outcome, v.overdueAt !== null])).toEqual([
      ['ANSWER', 'CANCELLED', false],
      ['SEND', null, true],
    ]);
    expect(await service.forItem('transfer', randomUUID())).toEqual([]);
  }, 60_000);

  it('recomputes the open working-day deadlines counted over a corrected calendar day, with change rows and events', async () => {
    hub.clock.set(DISCOVERED);
    const covering = await openDeadline(hub.app, hub);
    const later = await openDeadline(hub.app, hub, { startedAt: new Date('2026-03-05T02:00:00Z') });
    const hours = await openDeadline(hub.app, hub, { rule: { hours: 240 } });
    const closed = await openDeadline(hub.app, hub);
    const ctx = RequestContext.forSystem(hub.clock, 'deadlines-test');
    await hub.app.get(TransactionRunner).run(() => hub.app.get(DeadlinesService).stop(ctx, 'transfer', closed.itemId, 'SEND', 'MET'));

    // Wednesday 4 March 2026 declared a holiday, as the administrator's correction writes it and tells the listeners.
    const at = new Date('2026-03-03T01:00:00Z');
    hub.clock.set(at);
    await hub.app.get(TransactionRunner).run(async () => {
      const notice = '临时调整 test correction';
      await hub.app
        .get(CalendarRepository)
        .setDay(2026, '2026-03-04', { date: '2026-03-04', kind: 'HOLIDAY', name: '临时休假', notice }, { at, by: 'admin' });
      await hub.app.get(CalendarChanges).changed(ctx, { from: '2026-03-04', to: '2026-03-04' });
    });

    const rows = await hub.sql(`SELECT id, due_at, remind_at FROM deadline WHERE id = ANY($1)`, [
      [covering.id, later.id, hours.id, closed.id],
    ]);
    const dueOf = (id: string) => rows.find((r) => r.id === id)!.due_at.toISOString();
    // The one counted over 4 March is a working day later (Tuesday 10 March); the others keep their times.
    expect(dueOf(covering.id)).toBe('2026-03-10T15:59:59.999Z');
    expect(rows.find((r) => r.id === covering.id)!.remind_at).toEqual(new Date('2026-03-09T16:00:00Z'));
    expect([dueOf(later.id), dueOf(hours.id), dueOf(closed.id)]).toEqual([
      later.dueAt.toISOString(),
      hours.dueAt.toISOString(),
      closed.dueAt.toISOString(),
    ]);
    const changes = await hub.sql(
      `SELECT deadline_id, cause, from_due_at, to_due_at, reason, changed_at FROM deadline_change WHERE deadline_id = ANY($1)`,
      [[covering.id, later.id, hours.id, closed.id]],
    );
    expect(changes).toEqual([
      {
        deadline_id: covering.id,
        cause: 'CALENDAR',
        from_due_at: new Date(DUE),
        to_due_at: new Date('2026-03-10T15:59:59.999Z'),
        reason: expect.stringContaining('2026-03-04'),
        changed_at: at,
      },
    ]);
    const moved = (await eventsOf(hub, covering.itemId)).filter((e) => e.type === 'transfer.deadline_moved');
    expect(moved).toMatchObject([
      {
        audience: [MARKET, QINGYANG],
        data: { deadlineId: covering.id, fromDueAt: DUE, dueAt: '2026-03-10T15:59:59.999Z', cause: 'CALENDAR' },
      },
    ]);
    for (const unit of [MARKET, QINGYANG])
      expect((await feed(unit, covering.itemId)).map((e) => e.type)).toEqual(['transfer.deadline_moved']);
    expect(await feed(ANHAI, covering.itemId)).toEqual([]);
  }, 60_000);

  it('refuses a second open deadline of the same kind and a rule it cannot count, writing nothing', async () => {
    const first = await openDeadline(hub.app, hub);
    await expect(openDeadline(hub.app, hub, { itemId: first.itemId })).rejects.toMatchObject({ code: 'CONFLICT', field: 'kind' });
    await expect(openDeadline(hub.app, hub, { rule: { workingDays: 0 } })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'rule' });
    await expect(openDeadline(hub.app, hub, { itemType: 'Transfer.x' })).rejects.toMatchObject({ field: 'itemType' });
    // Five working days from 28 December 2026 reach into 2027, which the calendar does not hold: refused, never guessed by weekdays.
    const late = randomUUID();
    await expect(openDeadline(hub.app, hub, { itemId: late, startedAt: new Date('2026-12-28T02:00:00Z') })).rejects.toMatchObject({
      reason: 'CALENDAR_YEAR_MISSING',
      extensions: { year: 2027 },
    });
    const counts = await hub.sql(`SELECT item_id, count(*)::int AS n FROM deadline WHERE item_id = ANY($1) GROUP BY item_id`, [
      [first.itemId, late],
    ]);
    expect(counts).toEqual([{ item_id: first.itemId, n: 1 }]);
  });

  it('keeps the change history append-only for the hub', async () => {
    const opened = await openDeadline(hub.app, hub);
    const ctx = RequestContext.forSystem(hub.clock, 'deadlines-test');
    await hub.app
      .get(TransactionRunner)
      .run(() => hub.app.get(DeadlinesService).move(ctx, 'transfer', opened.itemId, 'SEND', { workingDays: 7 }, 'x'));
    const [{ n }] = await hub.sql(`SELECT count(*)::int AS n FROM deadline_change WHERE deadline_id = $1`, [opened.id]);
    expect(n).toBe(1);
    for (const statement of [`UPDATE deadline_change SET reason = 'x'`, `DELETE FROM deadline_change`]) {
      await expect(withAdminClient((c) => c.query(statement), hub.db.appUrl)).rejects.toThrow(/permission denied/);
    }
  });
});

describe('deadlines after a restart (e2e)', () => {
  let hub: TestApp;

  beforeAll(async () => {
    // This hub sweeps nothing: the sweeping hub below is the one stopped and started again.
    hub = await startTestApp({ HUB_DELIVERY_WORKER: 'false' });
  });
  afterAll(() => hub.close());

  it('catches up the marks and reminders that fell due while no hub was sweeping', async () => {
    hub.clock.set(DISCOVERED);
    let sweeping = await secondHub(hub, {});
    const overdue = await openDeadline(hub.app, hub);
    const reminder = await openDeadline(hub.app, hub, { rule: { workingDays: 6 } });
    await sweeping.close();

    // Down over the reminder time and due time of the first, the reminder time of the second.
    hub.clock.set('2026-03-10T01:00:00Z');
    const whileDown = await hub.sql(`SELECT reminded_at, overdue_at FROM deadline WHERE id = ANY($1)`, [[overdue.id, reminder.id]]);
    expect(whileDown).toEqual([
      { reminded_at: null, overdue_at: null },
      { reminded_at: null, overdue_at: null },
    ]);

    sweeping = await secondHub(hub, {});
    try {
      const caughtUp = await eventually(
        () => hub.sql(`SELECT id, reminded_at, overdue_at FROM deadline WHERE id = ANY($1) ORDER BY due_at`, [[overdue.id, reminder.id]]),
        (rows) => rows[0].overdue_at !== null && rows[1].reminded_at !== null,
      );
      const now = new Date('2026-03-10T01:00:00Z');
      // The passed one gets its mark (its reminder, now pointless, is not sent late); the other its reminder.
      expect(caughtUp).toEqual([
        { id: overdue.id, reminded_at: null, overdue_at: now },
        { id: reminder.id, reminded_at: now, overdue_at: null },
      ]);
      expect((await eventsOf(hub, overdue.itemId)).map((e) => e.type)).toEqual(['transfer.overdue']);
      expect((await eventsOf(hub, reminder.itemId)).map((e) => e.type)).toEqual(['transfer.reminder']);
    } finally {
      await sweeping.close();
    }
  }, 60_000);
});
