import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ExportDownload, ExportJob, RequestExportInput } from '@hub/shared-schema';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { ExportsService } from './exports.service';

@ArgsType()
class ExportIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an export id' })
  id!: string;
}

@Resolver()
export class ExportsResolver {
  constructor(private readonly exports: ExportsService) {}

  @Mutation(() => ExportJob, {
    description: '申请导出 statistics (统计) or records as CSV (UTF-8 with BOM) or XLSX; runs as a job; audited with its filter',
  })
  @Operation('export.request')
  requestExport(@Ctx() ctx: RequestContext, @Args('input') input: RequestExportInput) {
    return this.exports.request(ctx, input);
  }

  @Query(() => ExportJob, { description: '导出进度 an export job and its progress' })
  @Operation('export.read')
  exportJob(@Ctx() ctx: RequestContext, @Args() args: ExportIdArgs) {
    return this.exports.get(args.id, ctx);
  }

  @Query(() => ExportDownload, { description: '导出下载 a short-lived link to a finished export; audited' })
  @Operation('export.read')
  exportDownloadUrl(@Ctx() ctx: RequestContext, @Args() args: ExportIdArgs) {
    return this.exports.downloadUrl(ctx, args.id);
  }
}
