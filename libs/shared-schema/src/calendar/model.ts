import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDayKind } from './enums';

@ObjectType({ description: '日历日 one day of the working calendar (工作日历) and whether it is a working day' })
export class CalendarDay {
  @Field({ description: '日期 the date (YYYY-MM-DD, Asia/Shanghai)' })
  date!: string;

  @Field(() => Int, { description: '星期 ISO weekday: 1 Monday … 7 Sunday' })
  weekday!: number;

  @Field(() => CalendarDayKind)
  kind!: CalendarDayKind;

  @Field({ description: '是否工作日 whether the day counts as a working day' })
  working!: boolean;

  @Field(() => String, {
    nullable: true,
    description: '节日 the holiday the exception belongs to (春节, 国庆节 …); null on an ordinary day',
  })
  name!: string | null;

  @Field(() => String, { nullable: true, description: '依据 the notice the exception comes from; null on an ordinary day' })
  notice!: string | null;
}

@ObjectType({ description: '日历年度 a year the working calendar holds, with its exceptions to the weekday rule' })
export class CalendarYear {
  @Field(() => Int)
  year!: number;

  @Field({ description: '来源 where the year came from: `chinese-days 1.5.7` (seeded) or `import` (an administrator)' })
  source!: string;

  @Field({ description: '依据 the State Council notice the year follows' })
  notice!: string;

  @Field({ description: '载入时间 when the year was loaded' })
  loadedAt!: Date;

  @Field(() => String, { nullable: true, description: '载入人 who loaded it; null when seeded from the package' })
  loadedBy!: string | null;

  @Field(() => Date, { nullable: true, description: '最近更正 when a single day was last corrected (setCalendarDay)' })
  correctedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '更正人 who made the last correction' })
  correctedBy!: string | null;

  @Field(() => Int, { description: '工作日数 working days in the year' })
  workingDayCount!: number;

  @Field(() => [CalendarDay], {
    description: '例外日 the days that differ from the weekday rule (holidays, adjusted working days), in date order',
  })
  exceptions!: CalendarDay[];
}

@ObjectType({ description: '期限计算 a deadline in working days, with the arithmetic shown' })
export class WorkingDeadline {
  @Field({ description: '起算时间 the triggering event' })
  start!: Date;

  @Field({ description: '起算日 its date in Asia/Shanghai (not counted)' })
  startDate!: string;

  @Field(() => Int, { description: '工作日数 working days allowed' })
  workingDays!: number;

  @Field({ description: '届满时间 the end (23:59:59.999 Asia/Shanghai) of the last working day' })
  dueAt!: Date;

  @Field({ description: '届满日 the last working day (YYYY-MM-DD)' })
  dueDate!: string;

  @Field(() => [CalendarDay], { description: '计入日 the working days counted, in order (adjusted working days included)' })
  countedDays!: CalendarDay[];

  @Field(() => [CalendarDay], { description: '跳过日 the days skipped on the way: weekends and holidays' })
  skippedDays!: CalendarDay[];
}
