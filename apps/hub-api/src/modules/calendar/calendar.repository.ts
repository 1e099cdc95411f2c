import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/time/clock';
import { TransactionRunner } from '../../database/transaction-runner';
import type { ReferenceCalendarYear } from './reference-calendar';
import { CalendarException, HeldYear } from './working-days';

interface YearRow {
  year: number;
  id: string;
  source: string;
  notice: string;
  loaded_at: Date;
  loaded_by: string | null;
  corrected_at: Date | null;
  corrected_by: string | null;
  days: CalendarException[];
}

/** Who changed the calendar and when, as the year's row records it. */
export interface CalendarWrite {
  at: Date;
  by: string;
}

/** The year as stored, without its days: what a replacement writes. */
export type YearHeader = Pick<HeldYear, 'year' | 'source' | 'notice'>;

/** `calendar_year` and `calendar_day`: the years the hub holds and their exceptions to the weekday rule. */
@Injectable()
export class CalendarRepository {
  /** Transactions that have written the calendar: they must read their own rows, not the committed ones in memory. */
  private readonly writers = new WeakSet<object>();

  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Whether the open transaction has written the calendar (its reads must then see its own rows). */
  get writtenInThisTransaction(): boolean {
    return this.tx.inTransaction && this.writers.has(this.tx.manager);
  }

  /** The held years among `years`, each with its exceptions; years not held are absent. */
  async loadYears(years: number[]): Promise<HeldYear[]> {
    if (!years.length) return [];
    const rows: YearRow[] = await this.tx.manager.query(
      `SELECT y.year, y.id, y.source, y.notice, y.loaded_at, y.loaded_by, y.corrected_at, y.corrected_by,
              coalesce(jsonb_agg(jsonb_build_object('date', d.date::text, 'kind', d.kind, 'name', d.name, 'notice', d.notice)
                                 ORDER BY d.date) FILTER (WHERE d.date IS NOT NULL), '[]') AS days
         FROM calendar_year y LEFT JOIN calendar_day d ON d.year = y.year
        WHERE y.year = ANY($1::int[])
        GROUP BY y.year`,
      [years],
    );
    return rows.map((row) => ({
      year: row.year,
      id: row.id,
      source: row.source,
      notice: row.notice,
      loadedAt: row.loaded_at,
      loadedBy: row.loaded_by,
      correctedAt: row.corrected_at,
      correctedBy: row.corrected_by,
      exceptions: new Map(row.days.map((day) => [day.date, day])),
    }));
  }

  /**
   * Idempotent seeding from the package: a year not held yet is inserted with its days. A year already
   * held is refreshed only when it came from another version of the package and no administrator has
   * loaded or corrected it since; an imported or corrected year is never overwritten.
   */
  async seed(years: ReferenceCalendarYear[]): Promise<void> {
    await this.tx.run(async () => {
      await this.lockForChange();
      for (const year of years) {
        const written: unknown[] = await this.tx.manager.query(
          `INSERT INTO calendar_year (year, source, notice, loaded_at) VALUES ($1, $2, $3, $4::timestamptz)
           ON CONFLICT (year) DO UPDATE SET source = EXCLUDED.source, notice = EXCLUDED.notice, loaded_at = EXCLUDED.loaded_at
            WHERE calendar_year.source LIKE 'chinese-days %' AND calendar_year.source <> EXCLUDED.source
              AND calendar_year.loaded_by IS NULL AND calendar_year.corrected_at IS NULL
           RETURNING year`,
          [year.year, year.source, year.notice, this.clock.now()],
        );
        if (written.length) await this.replaceDays(year.year, year.exceptions);
      }
    });
  }

  /**
   * Serializes administrators' changes for the rest of the transaction, so each reads the year as the
   * one before it left it (the change it reports and hands to the listeners is then exact).
   */
  async lockForChange(): Promise<void> {
    await this.tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['calendar']);
  }

  /** Replaces a year (or adds it) with `exceptions`, loaded by an administrator; its id stays. */
  async replaceYear(header: YearHeader, exceptions: CalendarException[], write: CalendarWrite): Promise<void> {
    this.writers.add(this.tx.manager);
    await this.tx.manager.query(
      `INSERT INTO calendar_year (year, source, notice, loaded_at, loaded_by) VALUES ($1, $2, $3, $4::timestamptz, $5)
       ON CONFLICT (year) DO UPDATE SET source = EXCLUDED.source, notice = EXCLUDED.notice, loaded_at = EXCLUDED.loaded_at,
         loaded_by = EXCLUDED.loaded_by, corrected_at = NULL, corrected_by = NULL`,
      [header.year, header.source, header.notice, write.at, write.by],
    );
    await this.replaceDays(header.year, exceptions);
  }

  /** Sets one day's exception (`null`: the weekday rule again) and records the correction on its year. */
  async setDay(year: number, date: string, exception: CalendarException | null, write: CalendarWrite): Promise<void> {
    this.writers.add(this.tx.manager);
    if (exception) {
      await this.tx.manager.query(
        `INSERT INTO calendar_day (date, year, kind, name, notice) VALUES ($1::date, $2, $3, $4, $5)
         ON CONFLICT (date) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, notice = EXCLUDED.notice`,
        [date, year, exception.kind, exception.name, exception.notice],
      );
    } else {
      await this.tx.manager.query(`DELETE FROM calendar_day WHERE date = $1::date`, [date]);
    }
    await this.tx.manager.query(`UPDATE calendar_year SET corrected_at = $2::timestamptz, corrected_by = $3 WHERE year = $1`, [
      year,
      write.at,
      write.by,
    ]);
  }

  private async replaceDays(year: number, exceptions: CalendarException[]): Promise<void> {
    await this.tx.manager.query(`DELETE FROM calendar_day WHERE year = $1`, [year]);
    if (!exceptions.length) return;
    await this.tx.manager.query(
      `INSERT INTO calendar_day (date, year, kind, name, notice)
       SELECT d.date, $1, d.kind, d.name, d.notice
         FROM unnest($2::date[], $3::varchar[], $4::varchar[], $5::varchar[]) AS d (date, kind, name, notice)`,
      [year, exceptions.map((e) => e.date), exceptions.map((e) => e.kind), exceptions.map((e) => e.name), exceptions.map((e) => e.notice)],
    );
  }
}
