import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Deadline } from '../deadlines/model';
import { EvidenceFile } from '../evidence/model';
import { LedgerEntryKind } from '../ledgers/enums';
import { LedgerEntry } from '../ledgers/model';
import { LifecycleStep, WorkflowItemFields } from '../lifecycle/model';
import { Paginated } from '../pagination/connection';
import { AssistanceAction, AssistanceKind, AssistanceState } from './enums';

@ObjectType({ description: '拒绝提供的法定理由 a legal ground on which a request may be refused (§5(1)), kept by admins' })
export class RefusalGround {
  @Field({ description: 'Stable code, e.g. STATE_SECRET.' })
  code!: string;

  @Field({ description: '理由 the ground in words, e.g. 涉及国家秘密.' })
  name!: string;

  @Field({ description: '法律依据 the law it rests on.' })
  legalBasis!: string;

  @Field({ description: '启用 offered to the requested units; a retired ground stays on the refusals that named it.' })
  active!: boolean;
}

@ObjectType({
  description: '协助请求 a request of one unit to another: a technical opinion (§5(2)), document access (§5(1)), ledger material (§4(1)4)',
})
export class AssistanceRequest extends WorkflowItemFields {
  @Field(() => ID)
  id!: string;

  @Field(() => AssistanceKind)
  kind!: AssistanceKind;

  @Field(() => AssistanceState)
  state!: AssistanceState;

  @Field({ description: '请求方 the requesting unit.' })
  requestingUnitCode!: string;

  @Field({ description: '被请求方 the requested unit, which answers.' })
  requestedUnitCode!: string;

  @Field({ description: '事由 what is asked for.' })
  subject!: string;

  @Field({ description: '详细说明 the request in full.' })
  details!: string;

  @Field({ description: '紧急 urgent (§5(2): someone on site).' })
  urgent!: boolean;

  @Field({ description: '证据可能灭失 evidence at risk (§5(2): someone on site).' })
  evidenceAtRisk!: boolean;

  @Field(() => String, { nullable: true, description: '到场人员 who the requested unit sent on site (§5(2)).' })
  onSitePerson!: string | null;

  @Field(() => Date, { nullable: true, description: '到场时间 when they were on site.' })
  onSiteAt!: Date | null;

  @Field(() => String, { nullable: true, description: '预计答复日期 the expected date of a longer appraisal, announced (§5(2)).' })
  expectedOn!: string | null;

  @Field(() => LedgerEntryKind, { nullable: true, description: '台账类型 the ledger material a data request asks for (§4(1)4).' })
  ledgerKind!: LedgerEntryKind | null;

  @Field(() => String, { nullable: true, description: '期间 the period a data request asks for.' })
  period!: string | null;

  @Field(() => Date, { nullable: true, description: '执法行动时间 when the enforcement action takes place (police support).' })
  actionAt!: Date | null;

  @Field(() => String, { nullable: true, description: '执法行动地点 where (police support).' })
  place!: string | null;

  @Field(() => String, { nullable: true, description: '出警人员 the officers the police dispatched (§4(5)).' })
  dispatchedOfficers!: string | null;

  @Field(() => Date, { nullable: true, description: '出警时间 when they were dispatched.' })
  dispatchedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: '处罚决定 the penalty decision of a court enforcement application (§4(5)).' })
  penaltyId!: string | null;

  @Field(() => String, { nullable: true, description: '法院裁定 the court’s last answer, in words.' })
  courtRuling!: string | null;

  @Field(() => String, { nullable: true, description: '书面意见 the written opinion or appraisal (§5(2)).' })
  opinion!: string | null;

  @Field(() => RefusalGround, { nullable: true, description: '拒绝理由 the legal ground of a refusal (§5(1)).' })
  refusalGround!: RefusalGround | null;

  @Field(() => String, { nullable: true, description: '拒绝说明 the explanation given with the refusal.' })
  refusalExplanation!: string | null;

  @Field(() => [AssistanceAction], { description: 'What the reader may do now.' })
  allowedActions!: AssistanceAction[];
}

@ObjectType({ description: '协助请求详情 a request with its steps, deadlines and documents' })
export class AssistanceRequestDetail extends AssistanceRequest {
  @Field(() => [LifecycleStep])
  steps!: LifecycleStep[];

  @Field(() => [Deadline], { description: '期限 its answer deadline (§5).' })
  deadlines!: Deadline[];

  @Field(() => [EvidenceFile], {
    description: '资料 the documents and opinion files provided: listed for the requesting and the requested unit only (§5(1)).',
  })
  documents!: EvidenceFile[];

  @Field(() => [LedgerEntry], { description: '台账 the ledger entries the town published in answer to a data request (§4(1)4).' })
  ledgerEntries!: LedgerEntry[];
}

@ObjectType()
export class AssistanceRequestConnection extends Paginated(AssistanceRequest, 'AssistanceRequest') {}
