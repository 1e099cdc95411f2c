import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SavedReport, SavedReportInput } from '@hub/shared-schema';
import { IsUUID } from 'class-validator';
import { Actor } from '../../common/auth/actor';
import { CurrentActor, Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { ReportsService } from './reports.service';

@ArgsType()
class ReportIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a report id' })
  id!: string;
}

@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Mutation(() => SavedReport, {
    description:
      "保存定期报表 save a statistics definition (统计) to run every month or quarter for the caller's unit; audited with its definition",
  })
  @Operation('report.save')
  saveReport(@Ctx() ctx: RequestContext, @Args('input') input: SavedReportInput) {
    return this.reports.save(ctx, input);
  }

  @Query(() => [SavedReport], { description: "定期报表 the caller's unit's saved reports and their latest runs" })
  @Operation('report.list')
  savedReports(@CurrentActor() actor: Actor) {
    return this.reports.list(actor.unitCode);
  }

  @Mutation(() => Boolean, { description: '删除定期报表 stop a saved report; files already written stay' })
  @Operation('report.delete')
  deleteReport(@Args() args: ReportIdArgs) {
    return this.reports.delete(args.id);
  }
}
