import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../validation/decorators';
import { IsNotBlank } from '../validation/plausibility';
import { CalendarDayKind, CalendarFileFormat } from './enums';

/** The years a calendar may hold: the founding of the People's Republic to the end of the century. */
export const CALENDAR_FIRST_YEAR = 1949;
export const CALENDAR_LAST_YEAR = 2100;

@InputType({ description: '导入日历年度 a year of the working calendar from the State Council notice (admin)' })
export class ImportCalendarYearInput {
  @Field(() => Int)
  @IsInt()
  @Min(CALENDAR_FIRST_YEAR)
  @Max(CALENDAR_LAST_YEAR)
  year!: number;

  @Field(() => CalendarFileFormat)
  @IsEnum(CalendarFileFormat)
  format!: CalendarFileFormat;

  @Field({
    description:
      '节假日安排 the notice as a file: every holiday with its name, its range and its adjusted working days (调休上班). ' +
      'CSV: header 节日,放假开始,放假结束,调休上班 (or name,from,to,workdays), one line per holiday, several working ' +
      'days separated by 、 , ; or spaces. JSON: {"holidays": [{"name", "from", "to", "workdays": [..]}]}. Dates YYYY-MM-DD ' +
      'in the year; a working day must be a Saturday or Sunday outside every holiday. A bad file is refused whole ' +
      '(CALENDAR_FILE_UNREADABLE, or CALENDAR_FILE_INVALID with extensions.line and extensions.column) and nothing is ' +
      'written; a good one replaces the year.',
  })
  @IsString()
  @Length(1, 100_000)
  content!: string;

  @Field({ description: '依据 the notice, e.g. 国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕X号）' })
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  notice!: string;
}

@InputType({ description: '更正日历日 set one day of a held year (admin)' })
export class SetCalendarDayInput {
  @Field({ description: 'YYYY-MM-DD, in a year the calendar holds' })
  @IsCalendarDate()
  date!: string;

  @Field(() => CalendarDayKind, {
    description: 'HOLIDAY (any day), WORKDAY (a Saturday or Sunday only), or ORDINARY to remove the exception',
  })
  @IsEnum(CalendarDayKind)
  kind!: CalendarDayKind;

  @Field(() => String, { nullable: true, description: '节日 the holiday it belongs to; required for HOLIDAY and WORKDAY' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @IsNotBlank()
  name?: string | null;

  @Field({ description: '依据 the notice or decision the correction follows' })
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  notice!: string;
}
