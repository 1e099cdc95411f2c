import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SavedReport, SavedReportInput } from '@hub/shared-schema';
import { IsUUID } from 'class-validator';
import { Actor } from '../../common/auth/actor';
import { CurrentActor, Operation, RequestId } from '../../common/auth/auth.decorators';
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
    description: "保存定期报表 save a ledger to run every month or quarter for the caller's unit; audited with its definition",
  })
  @Operation('report.save')
  saveReport(@Args('input') input: SavedReportInput, @CurrentActor() actor: Actor, @RequestId() requestId: string | null) {
    return this.reports.save(input, actor, requestId);
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
