import { CalendarErrorCode, ErrorCode } from '@hub/shared-schema';
import { DomainError, InputError } from '../../common/errors/domain-error';

const E = CalendarErrorCode;

/**
 * A count of working days needs `year`, which the calendar does not hold. Never answered with a weekday
 * guess (DOMAIN.md "Working days"): an administrator imports the year's notice first. `field` names the
 * argument whose date reaches into the year when the operation has one (the hub's own counts: `year`).
 */
export const calendarYearMissing = (year: number, field = 'year') =>
  new DomainError(
    ErrorCode.CONFLICT,
    `工作日历缺少${year}年：请管理员先导入该年度节假日安排 the working calendar holds no ${year}: an administrator imports that year's notice first (importCalendarYear)`,
    field,
    { year },
    E.CALENDAR_YEAR_MISSING,
  );

/** The refusals of the working calendar (工作日历). */
export const CalendarErrors = {
  yearMissing: calendarYearMissing,
  fileUnreadable: (format: string, problem: string) =>
    new InputError('input.content', `文件无法读取 cannot be read as ${format}: ${problem}`, E.CALENDAR_FILE_UNREADABLE),
  /** The first wrong line of an imported file: `line` as an editor counts it (the CSV header is line 1), `column` its field. */
  fileInvalid: (line: number, column: string, problem: string) =>
    new DomainError(
      ErrorCode.BAD_USER_INPUT,
      `input.content: 第${line}行“${column}”有误 line ${line}, ${column}: ${problem}; nothing was written`,
      'input.content',
      { line, column },
      E.CALENDAR_FILE_INVALID,
    ),
  workdayNotWeekend: (date: string) =>
    new InputError(
      'input.kind',
      `${date} 不是周六或周日，不能设为调休上班日 is not a Saturday or Sunday: only a weekend day is an adjusted working day`,
    ),
  nameRequired: () => new InputError('input.name', '节假日或调休上班日须写明所属节日 a holiday or adjusted working day names its holiday'),
};
