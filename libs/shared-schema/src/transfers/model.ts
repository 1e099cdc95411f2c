import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Deadline } from '../deadlines/model';
import { EvidenceFile } from '../evidence/model';
import { LifecycleStep, WorkflowItemFields } from '../lifecycle/model';
import { Paginated } from '../pagination/connection';
import { TransferAction, TransferMaterialKind, TransferSituation, TransferState } from './enums';

@ObjectType({ description: '移送提示 something about a transfer a reader should know, which did not stop it' })
export class TransferWarning {
  @Field({ description: 'Stable code, e.g. RECEIVER_NOT_IN_CATALOG.' })
  code!: string;

  @Field()
  message!: string;
}

@ObjectType({ description: '移送材料 a material of a transfer (§4(3)4): an evidence file owned by the transfer' })
export class TransferMaterial {
  @Field(() => TransferMaterialKind)
  kind!: TransferMaterialKind;

  @Field(() => EvidenceFile)
  evidence!: EvidenceFile;
}

@ObjectType({ description: '案件移送 a case transfer between units (§4(3), §2), or a criminal referral to a judicial organ (§4(5))' })
export class CaseTransfer extends WorkflowItemFields {
  @Field(() => ID)
  id!: string;

  @Field(() => TransferState)
  state!: TransferState;

  @Field({ description: '移送方 the sending unit.' })
  senderUnitCode!: string;

  @Field(() => String, { nullable: true, description: '内设机构 the internal division of a sending department (§4(3)1).' })
  senderDivision!: string | null;

  @Field({ description: '接收方 the receiving unit; after the city government decided, the handling unit it named.' })
  receiverUnitCode!: string;

  @Field(() => String, { nullable: true, description: 'The unit that first received it, when the city government named another.' })
  originalReceiverUnitCode!: string | null;

  @Field(() => String, { nullable: true, description: '市人民政府 the city government deciding the dispute, once escalated.' })
  cityGovernmentUnitCode!: string | null;

  @Field({ description: '两法衔接 a criminal referral to a judicial organ (§4(5)).' })
  criminalReferral!: boolean;

  @Field({ description: '当事人 the party.' })
  partyName!: string;

  @Field(() => String, { nullable: true })
  partyUscc!: string | null;

  @Field(() => String, { nullable: true, description: '身份证号 masked unless the reader handles the transfer.' })
  partyIdNumber!: string | null;

  @Field({ description: '事项 the devolved matter (catalog code).' })
  matterCode!: string;

  @Field({ description: '发生地 township where the violation was found.' })
  townshipCode!: string;

  @Field(() => TransferSituation)
  situation!: TransferSituation;

  @Field({ description: '发现时间 when the violation was discovered: the sending deadline counts from it.' })
  discoveredAt!: Date;

  @Field({ description: '紧急 urgent: to be sent within 24 hours (§4(3)3③).' })
  urgent!: boolean;

  @Field({ description: '基本案情 the basic facts.' })
  facts!: string;

  @Field({ description: '已制止违法行为 the sender stopped the violation (§4(3)).' })
  violationStopped!: boolean;

  @Field({ description: '已固定证据 the sender secured the evidence (§4(3)).' })
  evidenceSecured!: boolean;

  @Field({ description: '联系人 the contact person (§4(3)1).' })
  contactName!: string;

  @Field({ description: '联系电话 masked unless the reader handles the transfer.' })
  contactPhone!: string;

  @Field(() => String, { nullable: true, description: '移交函编号 the letter number, once approved.' })
  letterNo!: string | null;

  @Field(() => ID, { nullable: true, description: 'The evidence file of the approved transfer letter.' })
  letterEvidenceId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 of the approved letter: what the receiver gets is what the leader approved.',
  })
  letterSha256!: string | null;

  @Field(() => String, { nullable: true, description: '处理结果 the result reported back.' })
  resultSummary!: string | null;

  @Field(() => ID, { nullable: true, description: 'The penalty decision the handling unit published, if any.' })
  resultPenaltyId!: string | null;

  @Field(() => ID, { nullable: true, description: '举报投诉 the complaint this transfer hands off (§4(2)); its result closes it.' })
  complaintId!: string | null;

  @Field(() => [TransferWarning])
  warnings!: TransferWarning[];

  @Field(() => [TransferAction], { description: 'What the reader may do now.' })
  allowedActions!: TransferAction[];
}

@ObjectType({ description: '案件移送详情 a transfer with its steps and materials' })
export class CaseTransferDetail extends CaseTransfer {
  @Field(() => [LifecycleStep])
  steps!: LifecycleStep[];

  @Field(() => [TransferMaterial])
  materials!: TransferMaterial[];

  @Field(() => [Deadline], { description: '期限 its sending, answer and result deadlines (§4(3)3, §2).' })
  deadlines!: Deadline[];
}

@ObjectType()
export class CaseTransferConnection extends Paginated(CaseTransfer, 'CaseTransfer') {}

@ObjectType({ description: '以罚代刑提示 a penalty published for the party and matter of a criminal referral (§4(5))' })
export class CriminalReferralFlag {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  transferId!: string;

  @Field(() => ID)
  penaltyId!: string;

  @Field()
  penaltyPublisherCode!: string;

  @Field()
  partyName!: string;

  @Field()
  matterCode!: string;

  @Field(() => TransferState, { description: 'The state of the referral when the penalty was published.' })
  referralState!: TransferState;

  @Field()
  flaggedAt!: Date;
}

@ObjectType()
export class CriminalReferralFlagConnection extends Paginated(CriminalReferralFlag, 'CriminalReferralFlag') {}
