import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';
import { isStrictDate } from './date-time';

/**
 * Rules that keep silently wrong data out: past facts not in the future, nothing before a sane floor,
 * ends not before starts, names that are more than blanks, coordinates on the globe. Each rule passes a
 * value that is not well-formed, so the format's own validator (IsCalendarDate, IsDate …) speaks.
 */

/** No administrative decision of the People's Republic predates its founding: an earlier date is a typo or a filler. */
export const EARLIEST_RECORD_DATE = '1949-10-01';

/** A publisher's clock may run a little ahead of the hub's. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The hub's "now" for validation. Validators run inside class-validator, outside Nest's injector;
 * this is the one clock they read: the hub points it at its Clock (ClockModule), so validators judge
 * dates by the same clock as the rest of the hub; a unit test may replace `now` to pin it.
 */
export const validationClock = { now: (): Date => new Date() };

const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Asia/Shanghai (YYYY-MM-DD), plus `years`: the day dates of the regulation are judged by. */
function shanghaiDate(years = 0): string {
  const today = SHANGHAI_DATE.format(validationClock.now());
  return years === 0 ? today : `${String(Number(today.slice(0, 4)) + years).padStart(4, '0')}${today.slice(4)}`;
}

/** A past fact written YYYY-MM-DD (a decision date): from 1949-10-01 to today in Asia/Shanghai. */
export const IsPastDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isPastDate',
      validator: {
        validate: (value: unknown) => !isStrictDate(value) || (value >= EARLIEST_RECORD_DATE && value <= shanghaiDate()),
        defaultMessage: () =>
          `must be a date from ${EARLIEST_RECORD_DATE} to today (Asia/Shanghai): a decision cannot lie in the future (决定日期不得晚于今日)`,
      },
    },
    options,
  );

/** A date that may lie ahead (a validity's start or end), but not beyond `yearsAhead` years from today, nor before 1949-10-01. */
export const IsPlausibleDate = (yearsAhead: number, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isPlausibleDate',
      constraints: [yearsAhead],
      validator: {
        validate: (value: unknown) => !isStrictDate(value) || (value >= EARLIEST_RECORD_DATE && value <= shanghaiDate(yearsAhead)),
        defaultMessage: () => `must be a date from ${EARLIEST_RECORD_DATE} to at most ${yearsAhead} years from today`,
      },
    },
    options,
  );

const isValidDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
const EARLIEST_INSTANT = Date.parse(`${EARLIEST_RECORD_DATE}T00:00:00+08:00`);

/** A past instant (a complaint received, a reading observed): not after the hub's now (give or take clock skew), not before 1949-10-01. */
export const IsPastDateTime = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isPastDateTime',
      validator: {
        validate: (value: unknown) =>
          !isValidDate(value) ||
          (value.getTime() >= EARLIEST_INSTANT && value.getTime() <= validationClock.now().getTime() + CLOCK_SKEW_MS),
        defaultMessage: () =>
          `must be a time from ${EARLIEST_RECORD_DATE} to now: it records something that has happened (不得晚于当前时间)`,
      },
    },
    options,
  );

function comparable(value: unknown): number | string | null {
  if (isValidDate(value)) return value.getTime();
  if (isStrictDate(value)) return value;
  return null;
}

/**
 * An end not before its start (closedAt >= receivedAt, validTo >= validFrom, a range's to >= from):
 * passes when either is absent or malformed, which other rules report.
 */
export const IsNotBefore = (startProperty: string, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isNotBefore',
      constraints: [startProperty],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const end = comparable(value);
          const start = comparable((args?.object as Record<string, unknown> | undefined)?.[startProperty]);
          return end === null || start === null || typeof end !== typeof start || end >= start;
        },
        defaultMessage: () => `must not be before ${startProperty} (结束不得早于开始)`,
      },
    },
    options,
  );

/** Whitespace (incl. the ideographic space U+3000), control and format characters (zero-width space, joiners, BOM, bidi marks). */
const BLANK = /^[\s\p{Cc}\p{Cf}]*$/u;

/** Not only whitespace or invisible characters: a name (名称) someone can read. */
export const IsNotBlank = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !BLANK.test(value),
        defaultMessage: () => 'must not be blank: whitespace or invisible (zero-width) characters alone are not a name (不得为空白)',
      },
    },
    options,
  );

/** A decimal number of degrees within ±`limit` (latitude 90, longitude 180). */
const IsDegrees = (name: string, limit: number, what: string, options?: ValidationOptions) =>
  ValidateBy(
    {
      name,
      constraints: [limit],
      validator: {
        validate: (value: unknown) => {
          const degrees = typeof value === 'string' ? Number(value) : Number.NaN;
          return Number.isNaN(degrees) || Math.abs(degrees) <= limit;
        },
        defaultMessage: () => `must be a ${what} from -${limit} to ${limit} degrees`,
      },
    },
    options,
  );

/** 纬度 within -90…90. */
export const IsLatitudeInRange = (options?: ValidationOptions) => IsDegrees('isLatitudeInRange', 90, 'latitude (纬度)', options);

/** 经度 within -180…180. */
export const IsLongitudeInRange = (options?: ValidationOptions) => IsDegrees('isLongitudeInRange', 180, 'longitude (经度)', options);

/** A ledger period (2026, 2026-Q1, 2026-03) that has begun, and not before 1949. */
export const IsBegunPeriod = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isBegunPeriod',
      validator: {
        validate: (value: unknown) => {
          const match = typeof value === 'string' ? /^(\d{4})(?:-Q([1-4])|-(\d{2}))?$/.exec(value) : null;
          if (!match) return true;
          const month = match[2] ? (Number(match[2]) - 1) * 3 + 1 : Number(match[3] ?? 1);
          const start = `${match[1]}-${String(month).padStart(2, '0')}-01`;
          return start >= `${EARLIEST_RECORD_DATE.slice(0, 4)}-01-01` && start <= shanghaiDate();
        },
        defaultMessage: () => 'must be a period that has begun (统计期间不得晚于本期)',
      },
    },
    options,
  );
