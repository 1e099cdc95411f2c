import { chineseEnum, chineseNames, describedEnum, EnumValue } from '../common/chinese-names';

/**
 * 日类型 what a day of the working calendar (工作日历) is. A day without an exception follows the weekday
 * rule (Monday to Friday work, Saturday and Sunday rest); the State Council's notice of each year makes
 * statutory holidays off and some Saturdays and Sundays working days (调休).
 */
export const CalendarDayKind = chineseEnum('CalendarDayKind', '日类型 kind of day in the working calendar (工作日历)', {
  HOLIDAY: ['法定节假日', 'statutory holiday: not a working day'],
  WORKDAY: ['调休上班日', 'adjusted working day (调休): a Saturday or Sunday that is a working day'],
  ORDINARY: ['普通日', 'no exception: the weekday rule applies (Monday to Friday work, Saturday and Sunday rest)'],
});
export type CalendarDayKind = EnumValue<typeof CalendarDayKind>;
/** 日类型 in words a reader reads. */
export const CALENDAR_DAY_KIND_NAMES = chineseNames(CalendarDayKind);

export const CalendarFileFormat = describedEnum('CalendarFileFormat', '节假日安排文件格式 format of a calendar year file', {
  CSV:
    'UTF-8 text, one line per holiday as the State Council notice lists it: header 节日,放假开始,放假结束,调休上班 ' +
    '(or name,from,to,workdays), then e.g. 春节,2026-02-15,2026-02-23,2026-02-14、2026-02-28',
  JSON: '{"holidays": [{"name": "春节", "from": "2026-02-15", "to": "2026-02-23", "workdays": ["2026-02-14", "2026-02-28"]}]}',
});
export type CalendarFileFormat = EnumValue<typeof CalendarFileFormat>;
