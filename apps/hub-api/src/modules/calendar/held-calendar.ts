import { Injectable } from '@nestjs/common';
import { NotifiedCache } from '../../common/cache/notified-cache';
import { ChangeNotifications } from '../../database/change-notifications';
import { TransactionRunner } from '../../database/transaction-runner';
import { CalendarRepository } from './calendar.repository';
import { HeldYear, HeldYears } from './working-days';

/**
 * The held years in memory: every deadline reads them, an administrator changes them a few times a year.
 * Any change to the calendar tables, in any process (a mutation, the seed, plain SQL), empties the cache
 * through the `calendar` change notification, so every process answers by the calendar as committed.
 */
@Injectable()
export class HeldCalendar {
  private readonly byYear: NotifiedCache<HeldYear>;

  constructor(
    private readonly calendar: CalendarRepository,
    private readonly tx: TransactionRunner,
    private readonly changes: ChangeNotifications,
  ) {
    this.byYear = new NotifiedCache({ feed: changes, topic: 'calendar', max: 200, ttlMs: 10 * 60_000 });
  }

  /** The held years among `years` (a year absent from the answer is not held). */
  async years(years: number[]): Promise<HeldYears> {
    const keys = [...new Set(years)].map(String);
    const load = async (missing: string[]) =>
      new Map((await this.calendar.loadYears(missing.map(Number))).map((year) => [String(year.year), year]));
    // The CalendarChanges listeners recompute deadlines inside the admin's transaction, over the new rows.
    const found = this.calendar.writtenInThisTransaction ? await load(keys) : await this.byYear.getMany(keys, load);
    return new Map([...found.values()].map((year) => [year.year, year]));
  }

  /** Every change to the calendar calls this in its transaction. */
  written(): void {
    // This process's cache drops on commit; other processes' on PostgreSQL's notification.
    this.tx.afterCommit(() => this.changes.changedHere('calendar'));
  }
}
