import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  BatchPublishResult,
  NormativeDocumentConnection,
  NormativeDocumentInput,
  NormativeDocumentsArgs,
  PublishNormativeBatchArgs,
  PublishResult,
  SINGLE_PUBLISH_ERRORS,
} from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { NormativeService } from './normative.service';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';

@Resolver()
export class NormativeResolver {
  constructor(private readonly normative: NormativeService) {}

  @Mutation(() => PublishResult, {
    description: '推送规范性文件 publish a normative document; towns holding its matters are notified (§4(1)1)' + SINGLE_PUBLISH_ERRORS,
  })
  @Operation('normative.publish')
  publishNormativeDocument(@Ctx() ctx: RequestContext, @Args('input') input: NormativeDocumentInput) {
    return this.normative.publish(ctx, input);
  }

  @Mutation(() => BatchPublishResult, { description: '批量推送规范性文件 up to 1,000; each answered on its own' })
  @Operation('normative.publish')
  publishNormativeDocuments(@Ctx() ctx: RequestContext, @Args() args: PublishNormativeBatchArgs) {
    return this.normative.publishBatch(ctx, args.records, args.dryRun);
  }

  @Query(() => NormativeDocumentConnection, { description: '规范性文件查询 normative documents, most recently effective first' })
  @Operation('records.read')
  normativeDocuments(@Args() args: NormativeDocumentsArgs) {
    return this.normative.list(args);
  }
}
