import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AnswerAssistanceInput,
  AssistanceActionInput,
  AssistanceRequest,
  AssistanceRequestConnection,
  AssistanceRequestDetail,
  AssistanceRequestIdArgs,
  AssistanceRequestsArgs,
  CourtAnswerInput,
  CreateAssistanceRequestInput,
  ExtendAssistanceInput,
  PageArgs,
  RecordDispatchInput,
  RecordOnSiteInput,
  RefusalGround,
  RefusalGroundInput,
  RefuseAssistanceInput,
  SetRefusalGroundActiveInput,
  SupplyLedgerInput,
} from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';
import { AssistanceService } from './assistance.service';

/** Assistance requests (协助请求, §5): each mutation is one action of the kind's lifecycle (assistance.lifecycle.ts). */
@Resolver()
export class AssistanceResolver {
  constructor(private readonly service: AssistanceService) {}

  @Mutation(() => AssistanceRequestDetail, {
    description:
      '发出协助请求 ask another unit in writing: an opinion, documents, ledger material, police support, court enforcement (§5, §4(1)4, §4(5))',
  })
  @Operation('assistance.create')
  createAssistanceRequest(@Ctx() ctx: RequestContext, @Args('input') input: CreateAssistanceRequestInput) {
    return this.service.create(ctx, input);
  }

  @Mutation(() => AssistanceRequestDetail, { description: '派员到场 the requested unit records who went on site and when (§5(2))' })
  @Operation('assistance.recordOnSite')
  recordAssistanceOnSite(@Ctx() ctx: RequestContext, @Args('input') input: RecordOnSiteInput) {
    return this.service.recordOnSite(ctx, input);
  }

  @Mutation(() => AssistanceRequestDetail, {
    description: '延期答复 announce a longer period with the expected date, before the due date (§5(2))',
  })
  @Operation('assistance.extend')
  extendAssistanceRequest(@Ctx() ctx: RequestContext, @Args('input') input: ExtendAssistanceInput) {
    return this.service.extend(ctx, input);
  }

  @Mutation(() => AssistanceRequestDetail, { description: '出具意见 give the written opinion or appraisal (§5(2))' })
  @Operation('assistance.answer')
  answerAssistanceRequest(@Ctx() ctx: RequestContext, @Args('input') input: AnswerAssistanceInput) {
    return this.service.answer(ctx, input);
  }

  @Mutation(() => AssistanceRequestDetail, { description: '提供资料 provide the uploaded documents to the requesting unit (§5(1))' })
  @Operation('assistance.provide')
  provideAssistanceDocuments(@Ctx() ctx: RequestContext, @Args('input') input: AssistanceActionInput) {
    return this.service.provide(ctx, input);
  }

  @Mutation(() => AssistanceRequestDetail, {
    description: '报送台账 the town answers a data request by publishing the ledger entries, linked to it (§4(1)4)',
  })
  @Operation('assistance.supplyLedger')
  supplyAssistanceLedger(@Ctx() ctx: RequestContext, @Args('input') input: SupplyLedgerInput) {
    return this.service.supplyLedger(ctx, input);
  }

  @Mutation(() => AssistanceRequestDetail, { description: '拒绝提供 refuse on a legal ground from the list, with an explanation (§5(1))' })
  @Operation('assistance.refuse')
  refuseAssistanceRequest(@Ctx() ctx: RequestContext, @Args('input') input: RefuseAssistanceInput) {
    return this.service.refuse(ctx, input);
  }

  @Mutation(() => AssistanceRequestDetail, {
    description: '受理 the requested unit accepts a request it is to act on (police support, court enforcement, §4(5))',
  })
  @Operation('assistance.accept')
  acceptAssistanceRequest(@Ctx() ctx: RequestContext, @Args('input') input: AssistanceActionInput) {
    return this.service.act(ctx, 'accept', input);
  }

  @Mutation(() => AssistanceRequestDetail, { description: '派警 the police record the officers dispatched and when (§4(5))' })
  @Operation('assistance.recordDispatch')
  recordAssistanceDispatch(@Ctx() ctx: RequestContext, @Args('input') input: RecordDispatchInput) {
    return this.service.recordDispatch(ctx, input);
  }

  @Mutation(() => AssistanceRequestDetail, {
    description: '法院答复 the court answers an application for compulsory execution; the decision’s execution status follows (§4(5))',
  })
  @Operation('assistance.courtAnswer')
  answerCourtEnforcement(@Ctx() ctx: RequestContext, @Args('input') input: CourtAnswerInput) {
    return this.service.courtAnswer(ctx, input);
  }

  @Mutation(() => AssistanceRequestDetail, { description: '办结 the requesting unit closes an answered request' })
  @Operation('assistance.close')
  closeAssistanceRequest(@Ctx() ctx: RequestContext, @Args('input') input: AssistanceActionInput) {
    return this.service.act(ctx, 'close', input);
  }

  @Mutation(() => AssistanceRequestDetail, { description: '撤回 the requesting unit withdraws before the answer, with a reason' })
  @Operation('assistance.withdraw')
  withdrawAssistanceRequest(@Ctx() ctx: RequestContext, @Args('input') input: AssistanceActionInput) {
    return this.service.act(ctx, 'withdraw', input);
  }

  @Query(() => AssistanceRequestDetail, { description: '协助请求详情 a request with its steps, deadlines and documents' })
  @Operation('assistance.read')
  assistanceRequest(@Ctx() ctx: RequestContext, @Args() args: AssistanceRequestIdArgs) {
    return this.service.detail(ctx, args.id);
  }

  @Query(() => AssistanceRequestConnection, { description: '协助请求列表 my unit’s requests, sent or received (supervisors: all)' })
  @Operation('assistance.read')
  assistanceRequests(@Ctx() ctx: RequestContext, @Args() args: AssistanceRequestsArgs) {
    return this.service.list(ctx, args);
  }

  @Query(() => [AssistanceRequest], { description: '待办协助 what my unit must answer or close now, most urgent first' })
  @Operation('assistance.read')
  assistanceInbox(@Ctx() ctx: RequestContext, @Args() args: PageArgs) {
    return this.service.inbox(ctx, args);
  }

  @Query(() => [RefusalGround], { description: '拒绝理由 the legal grounds a refusal may name (§5(1))' })
  @Operation('refusalGround.read')
  refusalGrounds(@Args('includeRetired', { defaultValue: false }) includeRetired: boolean) {
    return this.service.grounds(!includeRetired);
  }

  @Mutation(() => RefusalGround, { description: '新增拒绝理由 add a legal ground (admins)' })
  @Operation('refusalGround.create')
  createRefusalGround(@Ctx() ctx: RequestContext, @Args('input') input: RefusalGroundInput) {
    return this.service.createGround(ctx, input);
  }

  @Mutation(() => RefusalGround, { description: '启用/停用拒绝理由 offer or retire a legal ground (admins)' })
  @Operation('refusalGround.setActive')
  setRefusalGroundActive(@Ctx() ctx: RequestContext, @Args('input') input: SetRefusalGroundActiveInput) {
    return this.service.setGroundActive(ctx, input);
  }
}
