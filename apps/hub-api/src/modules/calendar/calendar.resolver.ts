import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CalendarYear,
  CalendarYearArgs,
  DeadlineArgs,
  ImportCalendarYearInput,
  SetCalendarDayInput,
  WorkingDaysBetweenArgs,
  WorkingDeadline,
} from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { CalendarService } from './calendar.service';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Query(() => CalendarYear, {
    nullable: true,
    description:
      '工作日历年度 a year of the working calendar with its holidays and adjusted working days; null when the hub does not hold it',
  })
  @Operation('calendar.read')
  calendarYear(@Args() args: CalendarYearArgs) {
    return this.calendar.year(args.year);
  }

  @Query(() => Int, {
    description: '工作日数 working days after `from` up to and including `to`; CALENDAR_YEAR_MISSING for a year not held',
  })
  @Operation('calendar.read')
  workingDaysBetween(@Args() args: WorkingDaysBetweenArgs) {
    return this.calendar.workingDaysBetween(args.from, args.to);
  }

  @Query(() => WorkingDeadline, {
    description:
      '期限计算 the end (23:59:59.999 Asia/Shanghai) of the n-th working day after the start, the start day not counted, ' +
      'with the days counted and skipped; CALENDAR_YEAR_MISSING (extensions.year) when it needs a year not held',
  })
  @Operation('calendar.read')
  deadline(@Args() args: DeadlineArgs) {
    return this.calendar.deadline(args.start, args.workingDays);
  }

  @Mutation(() => CalendarYear, {
    description:
      '导入节假日安排 replace (or add) a year from the State Council notice as CSV or JSON (admin); audited, published as ' +
      'calendar.changed, and deadlines counted over the changed days are recomputed',
  })
  @Operation('calendar.importYear')
  importCalendarYear(@Ctx() ctx: RequestContext, @Args('input') input: ImportCalendarYearInput) {
    return this.calendar.importYear(ctx, input);
  }

  @Mutation(() => CalendarYear, {
    description:
      '更正日历日 make one day of a held year a holiday, an adjusted working day (Saturday or Sunday), or ORDINARY again (admin); ' +
      'audited, published as calendar.changed, deadlines over it recomputed',
  })
  @Operation('calendar.setDay')
  setCalendarDay(@Ctx() ctx: RequestContext, @Args('input') input: SetCalendarDayInput) {
    return this.calendar.setDay(ctx, input);
  }
}
