import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { createHubApp } from '../../apps/hub-api/src/bootstrap';
import { loadConfig } from '../../apps/hub-api/src/config/hub-config';
import { CalendarChange, CalendarChanges } from '../../apps/hub-api/src/modules/calendar/calendar-changes';
import { WorkingCalendar } from '../../apps/hub-api/src/modules/calendar/working-calendar.service';
import { seed } from '../utils/seed';
import { eventually } from '../utils/wait';
import { GraphQLResponse, gqlAt, hubCliEnv, onlyError, startTestApp, TestApp } from '../utils/test-app';

const DEADLINE = `query($start: DateTime!, $n: Int!) { deadline(start: $start, workingDays: $n) {
  startDate dueAt dueDate countedDays { date kind name } skippedDays { date kind name weekday } } }`;
const YEAR = `query($year: Int!) { calendarYear(year: $year) { year source notice loadedBy correctedBy workingDayCount
  exceptions { date kind name notice working weekday } } }`;
const BETWEEN = `query($from: String!, $to: String!) { workingDaysBetween(from: $from, to: $to) }`;
const IMPORT = `mutation($input: ImportCalendarYearInput!) { importCalendarYear(input: $input) { year source notice loadedBy workingDayCount } }`;
const SET_DAY = `mutation($input: SetCalendarDayInput!) { setCalendarDay(input: $input) { year correctedBy exceptions { date kind name } } }`;

/** A 2027 for the tests (no notice for 2027 is in chinese-days 1.5.7): 元旦 1–3 January, 春节 6–14 February, Saturday 20 February worked. */
const FIXTURE_2027 = ['节日,放假开始,放假结束,调休上班', '元旦,2027-01-01,2027-01-03,', '春节,2027-02-06,2027-02-14,2027-02-20'].join('\n');
const FIXTURE_NOTICE = '测试用2027年节假日安排 (test fixture)';

const errorOf = (answer: GraphQLResponse) => onlyError(answer).extensions ?? {};

describe('the working calendar through GraphQL (e2e)', () => {
  let hub: TestApp;
  let second: NestFastifyApplication; // another hub process on the same database
  let secondUrl: string;
  let admin: string;
  let officer: string;
  /** Each range a listener heard, and whether its first day was a working day as the listener saw it (null: year missing). */
  const heard: Array<CalendarChange & { firstDayWorking: boolean | null }> = [];

  beforeAll(async () => {
    hub = await startTestApp({ HUB_DELIVERY_WORKER: 'false' });
    second = await createHubApp(
      loadConfig({
        ...hubCliEnv(hub),
        HUB_RUN_MIGRATIONS: 'false',
        HUB_DELIVERY_WORKER: 'false',
        LOG_LEVEL: 'silent',
        DATABASE_POOL_SIZE: '4',
      }),
    );
    await second.listen({ port: 0, host: '127.0.0.1' });
    const address = second.getHttpServer().address();
    secondUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    admin = await seed.admin(hub);
    officer = await seed.user(hub, [Role.OFFICER], '350582001');
    // What a deadlines module does: hear the changed range inside the admin's transaction, reading the new calendar.
    const calendar = hub.app.get(WorkingCalendar);
    hub.app.get(CalendarChanges).onChange(async (_ctx, change) => {
      heard.push({ ...change, firstDayWorking: await calendar.isWorkingDay(change.from).catch(() => null) });
    });
  });
  afterAll(async () => {
    await second.close();
    await hub.close();
  });

  it('shows the arithmetic of a deadline across the 2026 Spring Festival, adjusted Saturdays included', async () => {
    const answer = await hub.gql(DEADLINE, { start: '2026-02-12T02:00:00Z', n: 5 }, { credential: officer });
    expect(answer.errors).toBeUndefined();
    const deadline = answer.data!.deadline;
    expect(deadline).toMatchObject({ startDate: '2026-02-12', dueDate: '2026-02-26', dueAt: '2026-02-26T15:59:59.999Z' });
    expect(deadline.countedDays.map((d: { date: string }) => d.date)).toEqual([
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
    ]);
    expect(deadline.countedDays[1]).toEqual({ date: '2026-02-14', kind: 'WORKDAY', name: '春节' });
    expect(deadline.skippedDays).toHaveLength(9);
    expect(deadline.skippedDays[0]).toEqual({ date: '2026-02-15', kind: 'HOLIDAY', name: '春节', weekday: 7 });
    // The 2025 National Day: Sunday 28 September and Saturday 11 October are working days.
    const national = (await hub.gql(DEADLINE, { start: '2025-10-09T01:00:00Z', n: 2 }, { credential: officer })).data!.deadline;
    expect(national.dueDate).toBe('2025-10-11');
  });

  it('refuses a deadline that needs 2027, naming the year, in every process', async () => {
    for (const url of [hub.url, secondUrl]) {
      const refused = await gqlAt(url, DEADLINE, { start: '2026-12-28T02:00:00Z', n: 5 }, { credential: officer });
      expect(refused.data).toBeNull();
      expect(errorOf(refused)).toEqual({ code: 'CONFLICT', reason: 'CALENDAR_YEAR_MISSING', year: 2027, field: 'workingDays' });
    }
    expect(errorOf(await hub.gql(BETWEEN, { from: '2026-12-01', to: '2027-01-10' }, { credential: officer }))).toMatchObject({
      reason: 'CALENDAR_YEAR_MISSING',
      year: 2027,
    });
    expect((await hub.gql(YEAR, { year: 2027 }, { credential: officer })).data!.calendarYear).toBeNull();
  });

  it('shows a held year with its source, notice and exceptions, and counts working days between dates', async () => {
    const year = (await hub.gql(YEAR, { year: 2025 }, { credential: officer })).data!.calendarYear;
    expect(year).toMatchObject({ year: 2025, source: 'chinese-days 1.5.7', loadedBy: null, workingDayCount: 248 });
    expect(year.notice).toContain('国办发明电〔2024〕12号');
    expect(year.exceptions.filter((d: { kind: string }) => d.kind === 'WORKDAY').map((d: { date: string }) => d.date)).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ]);
    expect(year.exceptions[0]).toEqual({
      date: '2025-01-01',
      kind: 'HOLIDAY',
      name: '元旦',
      notice: year.notice,
      working: false,
      weekday: 3,
    });
    expect((await hub.gql(BETWEEN, { from: '2026-02-13', to: '2026-02-28' }, { credential: officer })).data!.workingDaysBetween).toBe(6);
  });

  it('lets only administrators change the calendar', async () => {
    const input = { year: 2027, format: 'CSV', content: FIXTURE_2027, notice: FIXTURE_NOTICE };
    expect(errorOf(await hub.gql(IMPORT, { input }, { credential: officer })).code).toBe('FORBIDDEN');
    const day = { date: '2026-03-02', kind: 'HOLIDAY', name: '测试', notice: FIXTURE_NOTICE };
    expect(errorOf(await hub.gql(SET_DAY, { input: day }, { credential: officer })).code).toBe('FORBIDDEN');
    expect(await hub.sql(`SELECT 1 FROM calendar_year WHERE year = 2027`)).toHaveLength(0);
  });

  it('refuses a bad file naming its line and column, writing nothing', async () => {
    const events = async () => (await hub.sql(`SELECT count(*)::int AS n FROM change_event WHERE type = 'calendar.changed'`))[0].n;
    const before = await events();
    const bad = `${FIXTURE_2027}\n国庆节,2027-10-01,2027-10-07,2027-10-08`; // a Friday is no adjusted working day
    const refused = await hub.gql(
      IMPORT,
      { input: { year: 2027, format: 'CSV', content: bad, notice: FIXTURE_NOTICE } },
      { credential: admin },
    );
    expect(errorOf(refused)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'CALENDAR_FILE_INVALID',
      field: 'input.content',
      line: 4,
      column: '调休上班',
    });
    const json = await hub.gql(
      IMPORT,
      { input: { year: 2027, format: 'JSON', content: '{"holidays": [', notice: FIXTURE_NOTICE } },
      { credential: admin },
    );
    expect(errorOf(json)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CALENDAR_FILE_UNREADABLE', field: 'input.content' });
    expect(await hub.sql(`SELECT 1 FROM calendar_year WHERE year = 2027`)).toHaveLength(0);
    expect(await events()).toBe(before);
    const [audit] = await hub.sql(
      `SELECT outcome, target FROM audit_entry WHERE operation = 'calendar.importYear' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ outcome: 'BAD_USER_INPUT', target: '2027' });
  });

  it('imports 2027: audited, published, heard by the listeners, and answered by a second process without a restart', async () => {
    heard.length = 0;
    const imported = await hub.gql(
      IMPORT,
      { input: { year: 2027, format: 'CSV', content: FIXTURE_2027, notice: FIXTURE_NOTICE } },
      { credential: admin },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importCalendarYear).toMatchObject({ year: 2027, source: 'import', notice: FIXTURE_NOTICE });
    expect(imported.data!.importCalendarYear.loadedBy).toMatch(/^user-/);
    // The listener read the new rows inside the transaction: 1 January 2027 is a holiday, not a missing year.
    expect(heard).toEqual([{ from: '2027-01-01', to: '2027-12-31', firstDayWorking: false }]);

    const [event] = await hub.sql(
      `SELECT category, source_unit_code, audience, data FROM change_event WHERE type = 'calendar.changed' ORDER BY position DESC LIMIT 1`,
    );
    expect(event).toMatchObject({ category: 'OTHER', source_unit_code: 'joint-meeting-office', audience: null });
    expect(event.data).toMatchObject({ year: 2027, how: 'added', from: '2027-01-01', to: '2027-12-31', notice: FIXTURE_NOTICE });
    expect(event.data.changes).toContainEqual({ date: '2027-02-20', before: null, after: { kind: 'WORKDAY', name: '春节' } });
    const [audit] = await hub.sql(
      `SELECT outcome, target FROM audit_entry WHERE operation = 'calendar.importYear' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ outcome: 'OK', target: '2027' });

    // 29–31 December 2026, then 元旦 2027 (1–3 January), then Monday 4 and Tuesday 5 January.
    const due = async (url: string) =>
      (await gqlAt(url, DEADLINE, { start: '2026-12-28T02:00:00Z', n: 5 }, { credential: officer })).data?.deadline?.dueAt ?? null;
    expect(await due(hub.url)).toBe('2027-01-05T15:59:59.999Z'); // the process that imported: at once
    expect(
      await eventually(
        () => due(secondUrl),
        (dueAt) => dueAt !== null,
        5_000,
      ),
    ).toBe('2027-01-05T15:59:59.999Z');
  });

  it("tells every unit through its feed: a town's pull subscription reads calendar.changed", async () => {
    const town = await hub.apiKey('350582101', [ApiKeyScope.SUBSCRIBE]);
    const created = await hub.gql(
      `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`,
      { input: { unitCode: '350582101', name: 'calendar', delivery: 'PULL', startFrom: 'BEGINNING', categories: ['OTHER'] } },
      { credential: town },
    );
    expect(created.errors).toBeUndefined();
    const feed = await hub.gql(
      `query($id: ID!) { events(subscriptionId: $id, after: "0", first: 100) { nodes { type category data } } }`,
      { id: created.data!.createSubscription.subscription.id },
      { credential: town },
    );
    expect(feed.errors).toBeUndefined();
    const calendarEvents = feed.data!.events.nodes.filter((e: { type: string }) => e.type === 'calendar.changed');
    expect(calendarEvents).toHaveLength(1);
    expect(calendarEvents[0]).toMatchObject({ category: 'OTHER', data: { year: 2027, how: 'added', notice: FIXTURE_NOTICE } });
  });

  it('corrects one day: the deadline moves in both processes, the listeners hear the day, and ORDINARY undoes it', async () => {
    heard.length = 0;
    const due = async (url: string) =>
      (await gqlAt(url, DEADLINE, { start: '2026-02-27T02:00:00Z', n: 1 }, { credential: officer })).data!.deadline.dueDate as string;
    expect(await due(secondUrl)).toBe('2026-02-28'); // the adjusted Saturday
    const set = (input: Record<string, unknown>) => hub.gql(SET_DAY, { input: { notice: '更正 (test)', ...input } }, { credential: admin });

    const corrected = await set({ date: '2026-02-28', kind: 'HOLIDAY', name: '春节' });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.setCalendarDay.exceptions).toContainEqual({ date: '2026-02-28', kind: 'HOLIDAY', name: '春节' });
    expect(corrected.data!.setCalendarDay.correctedBy).toMatch(/^user-/);
    expect(heard).toEqual([{ from: '2026-02-28', to: '2026-02-28', firstDayWorking: false }]); // the new holiday, not the old working Saturday
    expect(await due(hub.url)).toBe('2026-03-02');
    expect(
      await eventually(
        () => due(secondUrl),
        (date) => date === '2026-03-02',
        5_000,
      ),
    ).toBe('2026-03-02');

    expect((await set({ date: '2026-02-28', kind: 'ORDINARY' })).errors).toBeUndefined();
    expect(await hub.sql(`SELECT 1 FROM calendar_day WHERE date = '2026-02-28'`)).toHaveLength(0);
    expect(await due(hub.url)).toBe('2026-03-02'); // an ordinary Saturday
    expect((await set({ date: '2026-02-28', kind: 'WORKDAY', name: '春节' })).errors).toBeUndefined();
    expect(
      await eventually(
        () => due(secondUrl),
        (date) => date === '2026-02-28',
        5_000,
      ),
    ).toBe('2026-02-28');
    const [event] = await hub.sql(`SELECT data FROM change_event WHERE type = 'calendar.changed' ORDER BY position DESC LIMIT 1`);
    expect(event.data).toMatchObject({
      year: 2026,
      how: 'corrected',
      changes: [{ date: '2026-02-28', before: null, after: { kind: 'WORKDAY', name: '春节' } }],
    });
  });

  it('replaces a held year whole: the listeners hear only the days whose kind changed', async () => {
    heard.length = 0;
    // The 2026 notice as a file, without the adjusted Saturday 9 May (names written as the notice writes them: 清明节 …).
    const csv = [
      '节日,放假开始,放假结束,调休上班',
      '元旦,2026-01-01,2026-01-03,2026-01-04',
      '春节,2026-02-15,2026-02-23,2026-02-14、2026-02-28',
      '清明节,2026-04-04,2026-04-06,',
      '劳动节,2026-05-01,2026-05-05,',
      '端午节,2026-06-19,2026-06-21,',
      '中秋节,2026-09-25,2026-09-27,',
      '国庆节,2026-10-01,2026-10-07,2026-09-20、2026-10-10',
    ].join('\n');
    const replaced = await hub.gql(
      IMPORT,
      { input: { year: 2026, format: 'CSV', content: csv, notice: '更正 (test)' } },
      { credential: admin },
    );
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data!.importCalendarYear).toMatchObject({ year: 2026, source: 'import', workingDayCount: 247 });
    expect(heard).toEqual([{ from: '2026-05-09', to: '2026-05-09', firstDayWorking: false }]);
    const [event] = await hub.sql(`SELECT data FROM change_event WHERE type = 'calendar.changed' ORDER BY position DESC LIMIT 1`);
    expect(event.data).toMatchObject({ year: 2026, how: 'replaced', from: '2026-05-09', to: '2026-05-09' });
    expect(event.data.changes).toContainEqual({ date: '2026-05-09', before: { kind: 'WORKDAY', name: '劳动节' }, after: null });
    expect(event.data.changes).toContainEqual({
      date: '2026-04-04',
      before: { kind: 'HOLIDAY', name: '清明' },
      after: { kind: 'HOLIDAY', name: '清明节' },
    });
    const due = async () =>
      (await gqlAt(secondUrl, DEADLINE, { start: '2026-05-08T02:00:00Z', n: 1 }, { credential: officer })).data!.deadline.dueDate;
    expect(await eventually(due, (date) => date === '2026-05-11', 5_000)).toBe('2026-05-11');
  });

  it('refuses a working day on a weekday, a nameless holiday, and a day of a year not held', async () => {
    const set = (input: Record<string, unknown>) => hub.gql(SET_DAY, { input: { notice: '更正 (test)', ...input } }, { credential: admin });
    expect(errorOf(await set({ date: '2026-03-03', kind: 'WORKDAY', name: '春节' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.kind',
    });
    expect(errorOf(await set({ date: '2026-03-03', kind: 'HOLIDAY' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(errorOf(await set({ date: '2028-01-03', kind: 'HOLIDAY', name: '测试' }))).toEqual({
      code: 'CONFLICT',
      reason: 'CALENDAR_YEAR_MISSING',
      year: 2028,
      field: 'input.date',
    });
    expect(await hub.sql(`SELECT 1 FROM calendar_day WHERE date = '2026-03-03'`)).toHaveLength(0);
  });

  it('rolls the change back when a listener fails: nothing written, nothing published', async () => {
    let failing = true;
    hub.app.get(CalendarChanges).onChange(async () => {
      if (failing) throw new Error('a listener failed');
    });
    const events = async () => (await hub.sql(`SELECT count(*)::int AS n FROM change_event WHERE type = 'calendar.changed'`))[0].n;
    const before = await events();
    const answer = await hub.gql(
      SET_DAY,
      { input: { date: '2026-03-04', kind: 'HOLIDAY', name: '测试', notice: '更正 (test)' } },
      { credential: admin },
    );
    expect(errorOf(answer).code).toBe('INTERNAL_SERVER_ERROR');
    failing = false;
    expect(await hub.sql(`SELECT 1 FROM calendar_day WHERE date = '2026-03-04'`)).toHaveLength(0);
    expect(await events()).toBe(before);
    expect((await hub.gql(DEADLINE, { start: '2026-03-03T02:00:00Z', n: 1 }, { credential: officer })).data!.deadline.dueDate).toBe(
      '2026-03-04',
    );
  });
});
