import { CalendarErrorCode, CalendarFileFormat } from '@hub/shared-schema';
import { DomainError } from '../../common/errors/domain-error';
import { readCalendarFile, yearOfNotice } from './calendar-file';

const NOTICE = '国务院办公厅关于2026年部分节假日安排的通知';
const year = (format: CalendarFileFormat, content: string, y = 2026) => yearOfNotice(y, readCalendarFile(format, content), NOTICE, format);

/** The refusal `work` throws. */
function refusal(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** 2026 as the notice of 4 November 2025 writes it. */
const CSV_2026 = [
  '节日,放假开始,放假结束,调休上班',
  '元旦,2026-01-01,2026-01-03,2026-01-04',
  '春节,2026-02-15,2026-02-23,2026-02-14、2026-02-28',
  '清明节,2026-04-04,2026-04-06,',
  '劳动节,2026-05-01,2026-05-05,2026-05-09',
  '端午节,2026-06-19,2026-06-21,',
  '中秋节,2026-09-25,2026-09-27,',
  '国庆节,2026-10-01,2026-10-07,2026-09-20、2026-10-10',
].join('\r\n');

describe('a calendar year file in the form of the notice', () => {
  it('reads the CSV: each holiday range day by day, the adjusted working days with their holiday', () => {
    const days = year(CalendarFileFormat.CSV, `\uFEFF${CSV_2026}\r\n`);
    expect(days.filter((d) => d.kind === 'WORKDAY').map((d) => [d.date, d.name])).toEqual([
      ['2026-01-04', '元旦'],
      ['2026-02-14', '春节'],
      ['2026-02-28', '春节'],
      ['2026-05-09', '劳动节'],
      ['2026-09-20', '国庆节'],
      ['2026-10-10', '国庆节'],
    ]);
    expect(days.filter((d) => d.kind === 'HOLIDAY')).toHaveLength(33);
    expect(days.every((d) => d.notice === NOTICE)).toBe(true);
  });

  it('reads the JSON form and English headers alike', () => {
    const json = JSON.stringify({
      holidays: [
        { name: '元旦', from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
        { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
      ],
    });
    expect(year(CalendarFileFormat.JSON, json).map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
      '2026-06-19',
      '2026-06-20',
      '2026-06-21',
    ]);
    expect(year(CalendarFileFormat.CSV, 'name,from,to,workdays\n元旦,2026-01-01,,')).toEqual([
      { date: '2026-01-01', kind: 'HOLIDAY', name: '元旦', notice: NOTICE },
    ]);
  });

  it.each([
    ['a date that does not exist', '节日,放假开始,放假结束\n春节,2026-02-30,2026-03-01', 2, '放假开始'],
    ['a date of another year', '节日,放假开始,放假结束\n元旦,2026-01-01,2026-01-01\n春节,2027-02-06,2027-02-13', 3, '放假开始'],
    ['a range ending before it starts', '节日,放假开始,放假结束\n春节,2026-02-23,2026-02-15', 2, '放假结束'],
    ['a range of months', '节日,放假开始,放假结束\n春节,2026-02-15,2026-05-23', 2, '放假结束'],
    ['two holidays on one day', '节日,放假开始,放假结束\n中秋节,2026-09-25,2026-10-01\n国庆节,2026-10-01,2026-10-07', 3, '放假开始'],
    ['a working day on a weekday', '节日,放假开始,放假结束,调休上班\n春节,2026-02-15,2026-02-23,2026-02-13', 2, '调休上班'],
    ['a working day inside a holiday', '节日,放假开始,放假结束,调休上班\n春节,2026-02-15,2026-02-23,2026-02-21', 2, '调休上班'],
    ['a blank name', '节日,放假开始,放假结束\n\u3000,2026-02-15,2026-02-23', 2, '节日'],
  ])('refuses %s, naming its line and column', (_what, content, line, column) => {
    const error = refusal(() => year(CalendarFileFormat.CSV, content));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: CalendarErrorCode.CALENDAR_FILE_INVALID, field: 'input.content' });
    expect(error.extensions).toEqual({ line, column });
  });

  it('counts CSV lines as an editor does, blank lines included', () => {
    const error = refusal(() => year(CalendarFileFormat.CSV, '节日,放假开始\n\n元旦,2026-01-01\n\n春节,2026-13-01'));
    expect(error.extensions).toEqual({ line: 5, column: '放假开始' });
  });

  it('names the JSON entry and key at fault', () => {
    const json = JSON.stringify({
      holidays: [
        { name: '元旦', from: '2026-01-01' },
        { name: '春节', from: '2026-02-15', workdays: ['2026-02-16'] },
      ],
    });
    expect(refusal(() => year(CalendarFileFormat.JSON, json)).extensions).toEqual({ line: 2, column: 'holidays[1].workdays' });
  });

  it.each([
    [CalendarFileFormat.CSV, '放假开始\n2026-01-01'],
    [CalendarFileFormat.CSV, '节日,放假开始\n"春节,2026-02-15'],
    [CalendarFileFormat.CSV, '节日,放假开始'],
    [CalendarFileFormat.JSON, '{"holidays": '],
    [CalendarFileFormat.JSON, '[{"name": "春节"}]'],
  ])('refuses a %s file that is not of the form as unreadable', (format, content) => {
    expect(refusal(() => year(format, content))).toMatchObject({
      reason: CalendarErrorCode.CALENDAR_FILE_UNREADABLE,
      field: 'input.content',
    });
  });
});
