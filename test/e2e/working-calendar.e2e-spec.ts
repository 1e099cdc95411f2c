import { CalendarErrorCode } from '@hub/shared-schema';
import { migrateAndSeedAt } from '../../apps/hub-api/src/database/schema-owner';
import { WorkingCalendar } from '../../apps/hub-api/src/modules/calendar/working-calendar.service';
import { startTestApp, TestApp } from '../utils/test-app';

/**
 * The WorkingCalendar other modules inject, on the calendar the hub seeded from chinese-days (the
 * template database was migrated and seeded by the real migration CLI). Exact dates checked against the
 * notices (see working-days.spec.ts).
 */
describe('the working calendar on the seeded database (e2e)', () => {
  let hub: TestApp;
  let calendar: WorkingCalendar;

  beforeAll(async () => {
    hub = await startTestApp({ HUB_DELIVERY_WORKER: 'false' });
    calendar = hub.app.get(WorkingCalendar);
  });
  afterAll(() => hub.close());

  it('holds every year of chinese-days 1.5.7, each with its notice, and no 2027', async () => {
    const years = await hub.sql(`SELECT year, source, notice, loaded_by FROM calendar_year ORDER BY year`);
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(years.every((y) => y.source === 'chinese-days 1.5.7' && y.loaded_by === null)).toBe(true);
    expect(years.find((y) => y.year === 2025)!.notice).toContain('国办发明电〔2024〕12号');
    const [{ n }] = await hub.sql(`SELECT count(*)::int AS n FROM calendar_day WHERE year = 2026 AND kind = 'WORKDAY'`);
    expect(n).toBe(6);
  });

  it('ends a deadline at 23:59:59.999 Shanghai time of the n-th working day, the start day not counted', async () => {
    // 2026-02-12 23:30 Shanghai: the Thursday before the 2026 Spring Festival.
    const due = await calendar.addWorkingDays(new Date('2026-02-12T15:30:00Z'), 5);
    expect(due.toISOString()).toBe('2026-02-26T15:59:59.999Z');
    // Half an hour later it is Friday 13 February in Shanghai: the adjusted Saturday 14 February is the first day.
    expect((await calendar.addWorkingDays(new Date('2026-02-12T16:30:00Z'), 1)).toISOString()).toBe('2026-02-14T15:59:59.999Z');
    expect((await calendar.addWorkingDays(new Date('2025-09-26T02:00:00Z'), 5)).toISOString()).toBe('2025-10-10T15:59:59.999Z');
    expect((await calendar.addWorkingDays(new Date('2025-12-30T02:00:00Z'), 5)).toISOString()).toBe('2026-01-07T15:59:59.999Z');
  });

  it('refuses a deadline that needs 2027 with CALENDAR_YEAR_MISSING, naming the year', async () => {
    await expect(calendar.addWorkingDays(new Date('2026-12-28T02:00:00Z'), 5)).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: CalendarErrorCode.CALENDAR_YEAR_MISSING,
      extensions: { year: 2027 },
    });
    await expect(calendar.isWorkingDay('2027-01-04')).rejects.toMatchObject({ extensions: { year: 2027 } });
    await expect(calendar.workingDaysBetween('2026-12-01', '2027-01-10')).rejects.toMatchObject({ extensions: { year: 2027 } });
  });

  it('answers working days between dates and single days', async () => {
    expect(await calendar.workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6);
    expect(await calendar.isWorkingDay('2026-01-04')).toBe(true); // Sunday, adjusted working day
    expect(await calendar.isWorkingDay('2026-10-05')).toBe(false); // Monday, National Day
    expect(await calendar.isWorkingDay('2026-03-07')).toBe(false); // an ordinary Saturday
  });

  it('seeds again without touching what an administrator loaded or corrected', async () => {
    // 2024 as if seeded by an older package that had a day wrong, 2023 the same but corrected by an admin since.
    await hub.sql(`UPDATE calendar_year SET source = 'chinese-days 1.5.6' WHERE year IN (2023, 2024)`);
    await hub.sql(`UPDATE calendar_year SET corrected_at = now(), corrected_by = 'admin' WHERE year = 2023`);
    await hub.sql(`DELETE FROM calendar_day WHERE date IN ('2024-10-01', '2023-10-02')`);
    // 2022 imported by an administrator from a notice of their own.
    await hub.sql(`UPDATE calendar_year SET source = 'import', loaded_by = 'admin' WHERE year = 2022`);
    await hub.sql(`DELETE FROM calendar_day WHERE date = '2022-10-03'`);

    await migrateAndSeedAt(hub.db.url);
    await migrateAndSeedAt(hub.db.url);

    const days = async (date: string) => (await hub.sql(`SELECT kind FROM calendar_day WHERE date = $1`, [date])).length;
    expect(await days('2024-10-01')).toBe(1); // refreshed from the pinned package
    expect((await hub.sql(`SELECT source FROM calendar_year WHERE year = 2024`))[0].source).toBe('chinese-days 1.5.7');
    expect(await days('2023-10-02')).toBe(0); // the admin's correction stays
    expect(await days('2022-10-03')).toBe(0); // the admin's import stays
    const [{ n }] = await hub.sql(`SELECT count(*)::int AS n FROM calendar_year`);
    expect(n).toBe(23);
  });
});
