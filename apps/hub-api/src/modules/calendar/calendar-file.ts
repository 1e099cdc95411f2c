import { CalendarDayKind, CalendarFileFormat, isStrictDate, textProblem } from '@hub/shared-schema';
import { parse } from 'csv-parse/sync';
import { addDays, isoWeekday } from '../../common/time/shanghai-date';
import { CalendarErrors } from './calendar.errors';
import { CalendarException, yearOf } from './working-days';

/**
 * A year's file in the form of the State Council notice (国务院办公厅关于YYYY年部分节假日安排的通知): per
 * holiday its name, the range it is off (放假) and the weekend days worked instead (调休上班). Defined in
 * docs/calendar.md; every problem is refused naming the line and column, before anything is written.
 */
export interface HolidayEntry {
  /** The CSV line (the header is line 1), or the entry's number in the JSON list (from 1). */
  line: number;
  name: unknown;
  from: unknown;
  to: unknown;
  workdays: unknown;
}

/** CSV headers (the notice's Chinese words, or the JSON keys) → the entry's field. */
const HEADERS: Record<string, keyof Omit<HolidayEntry, 'line'>> = {
  节日: 'name',
  节假日: 'name',
  name: 'name',
  放假开始: 'from',
  开始日期: 'from',
  from: 'from',
  放假结束: 'to',
  结束日期: 'to',
  to: 'to',
  调休上班: 'workdays',
  调休上班日: 'workdays',
  上班: 'workdays',
  workdays: 'workdays',
};

/** The column a CSV user sees for a field (the JSON key otherwise). */
const COLUMN_NAMES: Record<keyof Omit<HolidayEntry, 'line'>, string> = {
  name: '节日',
  from: '放假开始',
  to: '放假结束',
  workdays: '调休上班',
};

/** A holiday is at most a few days off (春节 9 in 2026): a longer range is a typo in a date. */
const LONGEST_HOLIDAY_DAYS = 31;
const LONGEST_NAME = 100;

function readCsv(content: string): HolidayEntry[] {
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(content.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as typeof rows;
  } catch (error) {
    throw CalendarErrors.fileUnreadable('CSV', error instanceof Error ? error.message : String(error));
  }
  const [header, ...body] = rows;
  const fields = (header?.record ?? []).map((h) => HEADERS[h] ?? null);
  for (const required of ['name', 'from'] as const) {
    if (!fields.includes(required)) {
      throw CalendarErrors.fileUnreadable('CSV', `the header row names no ${COLUMN_NAMES[required]} (${required}) column`);
    }
  }
  return body.map(({ record, info }) => {
    const entry: HolidayEntry = { line: info.lines, name: '', from: '', to: '', workdays: '' };
    fields.forEach((field, i) => {
      if (field) entry[field] = record[i] ?? '';
    });
    return entry;
  });
}

function readJson(content: string): HolidayEntry[] {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch (error) {
    throw CalendarErrors.fileUnreadable('JSON', error instanceof Error ? error.message : String(error));
  }
  const holidays = (document as { holidays?: unknown } | null)?.holidays;
  if (!Array.isArray(holidays)) throw CalendarErrors.fileUnreadable('JSON', 'expected an object with a "holidays" list');
  return holidays.map((item: unknown, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item))
      throw CalendarErrors.fileInvalid(i + 1, `holidays[${i}]`, 'must be an object');
    const { name, from, to, workdays } = item as Record<string, unknown>;
    return { line: i + 1, name, from, to, workdays: workdays ?? [] };
  });
}

/** The entries of the file, as written (checked by `yearOfNotice`). */
export function readCalendarFile(format: CalendarFileFormat, content: string): HolidayEntry[] {
  return format === CalendarFileFormat.CSV ? readCsv(content) : readJson(content);
}

/**
 * The year's exceptions from its entries: every day of each holiday's range (a weekend day inside a
 * range too, so the range reads as the notice has it) and each adjusted working day, named for its
 * holiday. Refuses the first wrong entry: a date that is not a real YYYY-MM-DD of `year`, a range ending
 * before it starts or longer than a month, a day in two holidays, a working day on a weekday or inside a
 * holiday, a blank name.
 */
export function yearOfNotice(year: number, entries: HolidayEntry[], notice: string, format: CalendarFileFormat): CalendarException[] {
  if (!entries.length) throw CalendarErrors.fileUnreadable(format, 'it lists no holiday');
  const csv = format === CalendarFileFormat.CSV;
  const column = (entry: HolidayEntry, field: keyof typeof COLUMN_NAMES) =>
    csv ? COLUMN_NAMES[field] : `holidays[${entry.line - 1}].${field}`;
  const invalid = (entry: HolidayEntry, field: keyof typeof COLUMN_NAMES, problem: string) =>
    CalendarErrors.fileInvalid(entry.line, column(entry, field), problem);
  const dateOf = (entry: HolidayEntry, field: keyof typeof COLUMN_NAMES, value: unknown): string => {
    if (!isStrictDate(value)) throw invalid(entry, field, `“${String(value)}” is not a date YYYY-MM-DD (日期格式应为YYYY-MM-DD)`);
    if (yearOf(value) !== year) throw invalid(entry, field, `${value} is not in ${year} (不在${year}年内)`);
    return value;
  };

  const days = new Map<string, CalendarException>();
  const workdays: Array<{ entry: HolidayEntry; date: string; name: string }> = [];
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? entry.name.trim() : '';
    if (!name || /^[\s\p{Cc}\p{Cf}]*$/u.test(name)) throw invalid(entry, 'name', 'names no holiday (节日名称不能为空)');
    if (name.length > LONGEST_NAME || textProblem(name))
      throw invalid(entry, 'name', `must be readable text of at most ${LONGEST_NAME} characters`);
    const from = dateOf(entry, 'from', entry.from);
    const to = entry.to === '' || entry.to === undefined || entry.to === null ? from : dateOf(entry, 'to', entry.to);
    if (to < from) throw invalid(entry, 'to', `${to} is before ${from} (结束日期早于开始日期)`);
    if (addDays(from, LONGEST_HOLIDAY_DAYS) <= to)
      throw invalid(entry, 'to', `a holiday of more than ${LONGEST_HOLIDAY_DAYS} days is a typo`);
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const taken = days.get(date);
      if (taken) throw invalid(entry, 'from', `${date} is already a day of ${taken.name} (与${taken.name}重叠)`);
      days.set(date, { date, kind: CalendarDayKind.HOLIDAY, name, notice });
    }
    const listed = Array.isArray(entry.workdays)
      ? entry.workdays
      : typeof entry.workdays === 'string'
        ? entry.workdays.split(/[、,，;；\s]+/).filter(Boolean)
        : [entry.workdays];
    for (const value of listed) workdays.push({ entry, date: dateOf(entry, 'workdays', value), name });
  }
  // §4(3)3 counts working days by the notice: an adjusted working day (调休上班) is a Saturday or Sunday worked instead.
  for (const { entry, date, name } of workdays) {
    if (isoWeekday(date) < 6) throw invalid(entry, 'workdays', `${date} is not a Saturday or Sunday (调休上班日应为周六或周日)`);
    const taken = days.get(date);
    if (taken)
      throw invalid(
        entry,
        'workdays',
        `${date} is already ${taken.kind === CalendarDayKind.HOLIDAY ? 'a day off' : 'listed'} of ${taken.name}`,
      );
    days.set(date, { date, kind: CalendarDayKind.WORKDAY, name, notice });
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}
