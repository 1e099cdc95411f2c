import { Injectable } from '@nestjs/common';
import {
  CalendarDayKind,
  CalendarYear,
  ImportCalendarYearInput,
  RecordCategory,
  SetCalendarDayInput,
  WorkingDeadline,
} from '@hub/shared-schema';
import { RequestContext } from '../../common/context/request-context';
import { isoWeekday } from '../../common/time/shanghai-date';
import { OutboxService } from '../outbox/outbox.service';
import { CalendarChange, CalendarChanges } from './calendar-changes';
import { readCalendarFile, yearOfNotice } from './calendar-file';
import { CalendarErrors, calendarYearMissing } from './calendar.errors';
import { CalendarRepository } from './calendar.repository';
import { HeldCalendar } from './held-calendar';
import { WorkingCalendar } from './working-calendar.service';
import { calendarDay, CalendarException, HeldYear, workingDayCount, yearOf } from './working-days';

/** The event every change of the calendar publishes (category OTHER, every unit may read it). */
export const CALENDAR_CHANGED_EVENT = 'calendar.changed';

/** What one day was and became, as the event tells it. */
interface DayChange {
  date: string;
  before: { kind: string; name: string } | null;
  after: { kind: string; name: string } | null;
}

/** The source a year imported by an administrator records. */
const IMPORT_SOURCE = 'import';

function toCalendarYear(year: HeldYear): CalendarYear {
  const years = new Map([[year.year, year]]);
  return {
    year: year.year,
    source: year.source,
    notice: year.notice,
    loadedAt: year.loadedAt,
    loadedBy: year.loadedBy,
    correctedAt: year.correctedAt,
    correctedBy: year.correctedBy,
    workingDayCount: workingDayCount(year),
    exceptions: [...year.exceptions.keys()].sort().map((date) => calendarDay(date, years)),
  };
}

/** The days whose kind or name differ between two versions of a year (a day absent follows the weekday rule). */
function dayChanges(before: ReadonlyMap<string, CalendarException>, after: ReadonlyMap<string, CalendarException>): DayChange[] {
  const dates = [...new Set([...before.keys(), ...after.keys()])].sort();
  const view = (e: CalendarException | undefined) => (e ? { kind: e.kind, name: e.name } : null);
  return dates
    .map((date) => ({ date, before: view(before.get(date)), after: view(after.get(date)) }))
    .filter((c) => c.before?.kind !== c.after?.kind || c.before?.name !== c.after?.name);
}

/**
 * The working calendar as administrators keep it and clients read it: a year imported from the State
 * Council's notice, a day corrected, each change audited (the mutation's audit row), published as
 * `calendar.changed`, and handed to the CalendarChanges listeners in the same transaction so deadlines
 * counted over the changed days are recomputed (issue #15 §1).
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly calendar: CalendarRepository,
    private readonly held: HeldCalendar,
    private readonly working: WorkingCalendar,
    private readonly changes: CalendarChanges,
    private readonly outbox: OutboxService,
  ) {}

  async year(year: number): Promise<CalendarYear | null> {
    const held = (await this.held.years([year])).get(year);
    return held ? toCalendarYear(held) : null;
  }

  workingDaysBetween(from: string, to: string): Promise<number> {
    return this.working.workingDaysBetween(from, to, 'to');
  }

  async deadline(start: Date, workingDays: number): Promise<WorkingDeadline> {
    const count = await this.working.deadline(start, workingDays, 'workingDays');
    return {
      start,
      startDate: count.startDate,
      workingDays,
      dueAt: count.dueAt,
      dueDate: count.dueDate,
      countedDays: count.counted,
      skippedDays: count.skipped,
    };
  }

  /** Replaces (or adds) a year from the notice's file; a bad file is refused whole before anything is written. */
  async importYear(ctx: RequestContext, input: ImportCalendarYearInput): Promise<CalendarYear> {
    const notice = input.notice.trim();
    const exceptions = yearOfNotice(input.year, readCalendarFile(input.format, input.content), notice, input.format);
    await this.calendar.lockForChange();
    const before = (await this.calendar.loadYears([input.year]))[0] ?? null;
    await this.calendar.replaceYear({ year: input.year, source: IMPORT_SOURCE, notice }, exceptions, this.write(ctx));
    const changed = dayChanges(before?.exceptions ?? new Map(), new Map(exceptions.map((e) => [e.date, e])));
    // A year not held before changes every one of its days from unknown to known.
    const range = before ? this.rangeOf(changed) : { from: `${input.year}-01-01`, to: `${input.year}-12-31` };
    return this.changedYear(ctx, input.year, range, changed, before ? 'replaced' : 'added');
  }

  /** One day of a held year: a holiday, an adjusted working weekend day, or back to the weekday rule. */
  async setDay(ctx: RequestContext, input: SetCalendarDayInput): Promise<CalendarYear> {
    const year = yearOf(input.date);
    await this.calendar.lockForChange();
    const before = (await this.calendar.loadYears([year]))[0];
    // A day alone would leave the rest of its year to the weekday rule: the year is imported first.
    if (!before) throw calendarYearMissing(year, 'input.date');
    const name = input.name?.trim() || null;
    let exception: CalendarException | null = null;
    if (input.kind !== CalendarDayKind.ORDINARY) {
      if (!name) throw CalendarErrors.nameRequired();
      if (input.kind === CalendarDayKind.WORKDAY && isoWeekday(input.date) < 6) throw CalendarErrors.workdayNotWeekend(input.date);
      exception = { date: input.date, kind: input.kind, name, notice: input.notice.trim() };
    }
    await this.calendar.setDay(year, input.date, exception, this.write(ctx));
    const after = new Map(before.exceptions);
    if (exception) after.set(input.date, exception);
    else after.delete(input.date);
    const changed = dayChanges(before.exceptions, after);
    return this.changedYear(ctx, year, this.rangeOf(changed), changed, 'corrected');
  }

  private write(ctx: RequestContext) {
    return { at: ctx.now(), by: ctx.authenticatedActor.name };
  }

  /** The dates whose kind changed, first to last; null when only names changed (no count can differ). */
  private rangeOf(changed: DayChange[]): CalendarChange | null {
    const dates = changed.filter((c) => c.before?.kind !== c.after?.kind).map((c) => c.date);
    return dates.length ? { from: dates[0], to: dates[dates.length - 1] } : null;
  }

  private async changedYear(
    ctx: RequestContext,
    year: number,
    range: CalendarChange | null,
    changed: DayChange[],
    how: 'added' | 'replaced' | 'corrected',
  ): Promise<CalendarYear> {
    this.held.written();
    const now = (await this.calendar.loadYears([year]))[0];
    if (range) await this.changes.changed(ctx, range);
    await this.outbox.appendAt(ctx.now(), {
      type: CALENDAR_CHANGED_EVENT,
      // 其他执法信息 (§4(1)7): the calendar every unit's deadlines are counted on.
      category: RecordCategory.OTHER,
      subject: now.id,
      sourceUnitCode: ctx.authenticatedActor.unitCode,
      data: {
        title: `工作日历变更 working calendar ${how}: ${year}`,
        year,
        how,
        source: now.source,
        notice: now.notice,
        from: range?.from ?? null,
        to: range?.to ?? null,
        changes: changed,
        changedBy: ctx.authenticatedActor.name,
      },
    });
    return toCalendarYear(now);
  }
}
