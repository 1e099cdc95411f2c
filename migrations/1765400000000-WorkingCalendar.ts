import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working-day calendar (工作日历, DOMAIN.md "Working days"): the years the hub holds and, per year,
 * the days that differ from the weekday rule (statutory holidays, adjusted working Saturdays and Sundays
 * 调休), each with the notice it came from. A year absent here is not guessed: deadlines that need it
 * are refused (CALENDAR_YEAR_MISSING). Seeded from `chinese-days` after the migrations (schema-owner.ts),
 * changed at run time by administrators; each hub process caches the held years, so both tables notify
 * `hub_change` with `calendar` (migration ChangeNotifications) whoever changes them.
 */
export class WorkingCalendar1765400000000 implements MigrationInterface {
  name = 'WorkingCalendar1765400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_year (
        year integer PRIMARY KEY CHECK (year BETWEEN 1949 AND 2100),
        id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        source varchar(100) NOT NULL,
        notice varchar(300) NOT NULL,
        loaded_at timestamptz NOT NULL,
        loaded_by varchar(200),
        corrected_at timestamptz,
        corrected_by varchar(200)
      )`);
    await q.query(`COMMENT ON TABLE calendar_year IS '工作日历年度: a year the hub holds; loaded_by is null when seeded from the package'`);
    await q.query(`
      CREATE TABLE calendar_day (
        date date PRIMARY KEY,
        year integer NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
        kind varchar(10) NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
        name varchar(100) NOT NULL,
        notice varchar(300) NOT NULL,
        CHECK (year = EXTRACT(YEAR FROM date)),
        CHECK (kind <> 'WORKDAY' OR EXTRACT(ISODOW FROM date) >= 6)
      )`);
    await q.query(`CREATE INDEX calendar_day_year ON calendar_day (year)`);
    await q.query(
      `COMMENT ON TABLE calendar_day IS '工作日历例外日: a statutory holiday or an adjusted working Saturday/Sunday (调休) of a held year'`,
    );
    for (const table of ['calendar_year', 'calendar_day']) {
      await q.query(
        `CREATE TRIGGER ${table}_change_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION hub_notify_change('calendar')`,
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_day`);
    await q.query(`DROP TABLE calendar_year`);
  }
}
