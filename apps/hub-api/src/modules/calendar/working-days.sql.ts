/*
 * The official working-day calendar in SQL, for statements that count working days over many rows at once
 * (sharing gaps, the supervision overdue list); plain SQL with no imports. One row at a time, the hub asks
 * WorkingCalendar (working-calendar.service.ts), which follows the same held years and the same rule.
 */

/**
 * Working days as ordinals: `ord` is the number of working days up to and including the date (so a
 * weekend or holiday has the ordinal of the working day before it), `ended` the working days that have
 * ended before the date is over. Only the held years (calendar_year/calendar_day, modules/calendar)
 * that reach today's year without a hole are used: a day of a year the hub does not hold is never
 * guessed by the weekday rule. Push days and events on such days are left out of the counts (skipped);
 * `today` (a date parameter, e.g. '$2') must be held, which the caller checks first (CALENDAR_YEAR_MISSING) so a missing year
 * is a clear error rather than an empty list.
 */
export const workingDaysCte = (today: string): string => `
  held AS (
    SELECT y.year FROM calendar_year y
     WHERE y.year <= extract(year FROM ${today}::date)
       AND NOT EXISTS (SELECT 1 FROM generate_series(y.year, extract(year FROM ${today}::date)::int) g (year)
                        WHERE NOT EXISTS (SELECT 1 FROM calendar_year z WHERE z.year = g.year))
  ),
  calendar AS (
    SELECT d::date AS date,
           CASE WHEN c.kind = 'WORKDAY' THEN 1 WHEN c.kind = 'HOLIDAY' THEN 0 WHEN extract(isodow FROM d) < 6 THEN 1 ELSE 0 END AS working
      FROM held h
     CROSS JOIN generate_series(make_date(h.year, 1, 1), make_date(h.year, 12, 31), interval '1 day') d
      LEFT JOIN calendar_day c ON c.date = d::date
  ),
  wd AS (SELECT date, working, sum(working) OVER (ORDER BY date)::int AS ord FROM calendar),
  today AS (SELECT ord - working AS ended FROM wd WHERE date = ${today}::date)`;
