import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AssignTransferInput,
  CaseTransfer,
  CaseTransferConnection,
  CaseTransferDetail,
  CreateTransferInput,
  CriminalReferralFlagConnection,
  EvidenceUpload,
  ExtendTransferInput,
  PageArgs,
  ReportTransferResultInput,
  RequestTransferMaterialUploadInput,
  TransferActionInput,
  TransferIdArgs,
  TransfersArgs,
} from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { TransfersService } from './transfers.service';

/** Case transfers (§4(3)): each mutation is one action of TRANSFER_LIFECYCLE (transfer.lifecycle.ts). */
@Resolver()
export class TransfersResolver {
  constructor(private readonly service: TransfersService) {}

  @Mutation(() => CaseTransferDetail, { description: '新建移送 draft a case transfer (or a criminal referral, §4(5))' })
  @Operation('transfer.create')
  createTransfer(@Ctx() ctx: RequestContext, @Args('input') input: CreateTransferInput) {
    return this.service.create(ctx, input);
  }

  @Mutation(() => EvidenceUpload, {
    description: '上传移送材料 declare a material (§4(3)4) and get its upload URL; confirm with confirmEvidenceUpload',
  })
  @Operation('transfer.requestMaterialUpload')
  requestTransferMaterialUpload(@Ctx() ctx: RequestContext, @Args('input') input: RequestTransferMaterialUploadInput) {
    return this.service.requestMaterialUpload(ctx, input);
  }

  @Mutation(() => CaseTransferDetail, { description: '提交审批 submit for the leader’s approval (§4(3)4)' })
  @Operation('transfer.submit')
  submitTransfer(@Ctx() ctx: RequestContext, @Args('input') input: TransferActionInput) {
    return this.service.act(ctx, 'submit', input);
  }

  @Mutation(() => CaseTransferDetail, { description: '审批通过 a LEADER of the sending unit approves; the letter is issued (§4(3)4)' })
  @Operation('transfer.approve')
  approveTransfer(@Ctx() ctx: RequestContext, @Args('input') input: TransferActionInput) {
    return this.service.act(ctx, 'approve', input);
  }

  @Mutation(() => CaseTransferDetail, { description: '退回 a LEADER of the sending unit returns it to draft with a reason' })
  @Operation('transfer.reject')
  rejectTransfer(@Ctx() ctx: RequestContext, @Args('input') input: TransferActionInput) {
    return this.service.act(ctx, 'reject', input);
  }

  @Mutation(() => CaseTransferDetail, {
    description: '延期移送 announce an extension before the sending deadline, at most 10 working days (§4(3)3②)',
  })
  @Operation('transfer.extend')
  extendTransfer(@Ctx() ctx: RequestContext, @Args('input') input: ExtendTransferInput) {
    return this.service.extend(ctx, input);
  }

  @Mutation(() => CaseTransferDetail, { description: '移送 send with the approved letter and the materials (§4(3)4)' })
  @Operation('transfer.send')
  sendTransfer(@Ctx() ctx: RequestContext, @Args('input') input: TransferActionInput) {
    return this.service.act(ctx, 'send', input);
  }

  @Mutation(() => CaseTransferDetail, { description: '接收 the receiver (or the unit the city government named) accepts (§4(3)3④)' })
  @Operation('transfer.accept')
  acceptTransfer(@Ctx() ctx: RequestContext, @Args('input') input: TransferActionInput) {
    return this.service.act(ctx, 'accept', input);
  }

  @Mutation(() => CaseTransferDetail, { description: '不予接收 the receiver declines: not its jurisdiction, with the reason (§4(3)3④)' })
  @Operation('transfer.decline')
  declineTransfer(@Ctx() ctx: RequestContext, @Args('input') input: TransferActionInput) {
    return this.service.act(ctx, 'decline', input);
  }

  @Mutation(() => CaseTransferDetail, { description: '报请市政府 the receiver reports the dispute to the city government (§4(3)3④)' })
  @Operation('transfer.escalate')
  escalateTransfer(@Ctx() ctx: RequestContext, @Args('input') input: TransferActionInput) {
    return this.service.act(ctx, 'escalate', input);
  }

  @Mutation(() => CaseTransferDetail, { description: '指定管辖 the city government names the handling unit (§4(3)3④)' })
  @Operation('transfer.assign')
  assignTransfer(@Ctx() ctx: RequestContext, @Args('input') input: AssignTransferInput) {
    return this.service.assign(ctx, input);
  }

  @Mutation(() => CaseTransferDetail, { description: '反馈结果 the handling unit reports the result back (§2(1), §2(2))' })
  @Operation('transfer.reportResult')
  reportTransferResult(@Ctx() ctx: RequestContext, @Args('input') input: ReportTransferResultInput) {
    return this.service.reportResult(ctx, input);
  }

  @Mutation(() => CaseTransferDetail, { description: '办结 the sender closes the transfer once the result is in' })
  @Operation('transfer.close')
  closeTransfer(@Ctx() ctx: RequestContext, @Args('input') input: TransferActionInput) {
    return this.service.act(ctx, 'close', input);
  }

  @Mutation(() => CaseTransferDetail, { description: '撤回 the sender withdraws before acceptance, with the reason' })
  @Operation('transfer.withdraw')
  withdrawTransfer(@Ctx() ctx: RequestContext, @Args('input') input: TransferActionInput) {
    return this.service.act(ctx, 'withdraw', input);
  }

  @Query(() => CaseTransferDetail, { description: '移送详情 a transfer with its steps, deadlines, materials and warnings' })
  @Operation('transfer.read')
  transfer(@Ctx() ctx: RequestContext, @Args() args: TransferIdArgs) {
    return this.service.detail(ctx, args.id);
  }

  @Query(() => CaseTransferConnection, { description: '移送列表 my unit’s transfers, sent or received (supervisors: all)' })
  @Operation('transfer.read')
  transfers(@Ctx() ctx: RequestContext, @Args() args: TransfersArgs) {
    return this.service.list(ctx, args);
  }

  @Query(() => [CaseTransfer], { description: '待办移送 what needs my unit’s action now, most urgent first' })
  @Operation('transfer.read')
  transferInbox(@Ctx() ctx: RequestContext, @Args() args: PageArgs) {
    return this.service.inbox(ctx, args);
  }

  @Query(() => CriminalReferralFlagConnection, {
    description: '以罚代刑提示 penalties published for the party and matter of a criminal referral (§4(5))',
  })
  @Operation('criminalReferralFlags.read')
  criminalReferralFlags(@Args() args: PageArgs) {
    return this.service.flags(args);
  }
}
