import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CustodyEntry,
  EvidenceDownload,
  EvidenceFile,
  EvidenceIdArgs,
  EvidenceOfArgs,
  EvidenceUpload,
  EvidenceVerification,
  RequestEvidenceUploadInput,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { CurrentActor, Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { EvidenceService } from './evidence.service';

@Resolver()
export class EvidenceResolver {
  constructor(private readonly evidence: EvidenceService) {}

  @Mutation(() => EvidenceUpload, { description: '申请上传证据 declare a file and get a short-lived URL to PUT it to' })
  @Operation('evidence.requestUpload')
  requestEvidenceUpload(@Args('input') input: RequestEvidenceUploadInput, @CurrentActor() actor: Actor) {
    return this.evidence.requestUpload(input, actor);
  }

  @Mutation(() => EvidenceFile, { description: '确认上传 check the stored object against the declared size and SHA-256, then attach it' })
  @Operation('evidence.confirm')
  confirmEvidenceUpload(@Args() args: EvidenceIdArgs, @CurrentActor() actor: Actor) {
    return this.evidence.confirm(args.id, actor);
  }

  @Mutation(() => EvidenceVerification, {
    description: '核验证据 re-hash the stored bytes (e.g. on receiving a transfer) and record the result',
  })
  @Operation('evidence.verify')
  verifyEvidence(@Args() args: EvidenceIdArgs, @CurrentActor() actor: Actor) {
    return this.evidence.verify(args.id, actor);
  }

  @Mutation(() => EvidenceFile, { description: '删除证据 withdraw a file; never evidence of a penalty or complaint' })
  @Operation('evidence.delete')
  deleteEvidence(@Args() args: EvidenceIdArgs, @CurrentActor() actor: Actor) {
    return this.evidence.remove(args.id, actor);
  }

  @Query(() => EvidenceDownload, { description: '下载证据 a short-lived download link; every link issued is audited' })
  @Operation('evidence.read')
  evidenceDownloadUrl(@Ctx() ctx: RequestContext, @Args() args: EvidenceIdArgs) {
    return this.evidence.downloadUrl(ctx, args.id);
  }

  @Query(() => [EvidenceFile], { description: '证据列表 the evidence attached to a record or a transfer' })
  @Operation('evidence.read')
  evidenceFiles(@Args() args: EvidenceOfArgs, @CurrentActor() actor: Actor) {
    return this.evidence.ofOwner(args.ownerCategory, args.ownerId, actor);
  }

  @Query(() => [CustodyEntry], { description: '保管链 the chain of custody of a file' })
  @Operation('evidence.read')
  evidenceCustody(@Args() args: EvidenceIdArgs, @CurrentActor() actor: Actor) {
    return this.evidence.trail(args.id, actor);
  }
}
