import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsInt, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../validation/decorators';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from './inputs';

@ArgsType()
export class CalendarYearArgs {
  @Field(() => Int)
  @IsInt()
  @Min(CALENDAR_FIRST_YEAR)
  @Max(CALENDAR_LAST_YEAR)
  year!: number;
}

@ArgsType()
export class WorkingDaysBetweenArgs {
  @Field({ description: 'YYYY-MM-DD, not counted' })
  @IsCalendarDate()
  from!: string;

  @Field({ description: 'YYYY-MM-DD, counted; on or before `from` the answer is 0' })
  @IsCalendarDate()
  to!: string;
}

/** The longest deadline asked for: the regulation's are 5 and 10 working days; a year is far beyond them. */
export const MAX_DEADLINE_WORKING_DAYS = 250;

@ArgsType()
export class DeadlineArgs {
  @Field({ description: '起算时间 the triggering event; its Shanghai date is not counted' })
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  start!: Date;

  @Field(() => Int, { description: '工作日数 working days allowed (1 … 250)' })
  @IsInt()
  @Min(1)
  @Max(MAX_DEADLINE_WORKING_DAYS)
  workingDays!: number;
}
