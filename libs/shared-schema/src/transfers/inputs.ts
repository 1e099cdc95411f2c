import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { LifecycleActionFields } from '../lifecycle/inputs';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { MATTER_CODE_PATTERN } from '../records/patterns';
import { UNIT_CODE_PATTERN } from '../units/inputs';
import { IsCalendarDate, IsResidentId, IsTownshipCode, IsUscc } from '../validation/decorators';
import { IsNotBlank, IsPastDateTime } from '../validation/plausibility';
import { TransferMaterialKind, TransferSituation } from './enums';

const PHONE = /^[0-9+\-() ]{5,30}$/;

@InputType({ description: '新建案件移送 a case transfer as the sending unit drafts it (§4(3), §2)' })
export class CreateTransferInput {
  @Field(() => String, {
    nullable: true,
    description: '接收方 the receiving unit; omitted: the unit the catalog names (whoHandles). A judicial organ for a criminal referral.',
  })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN, { message: 'must be a unit code' })
  receiverUnitCode?: string | null;

  @Field({ description: '发生地 the township where the violation was found (9-digit code).' })
  @IsTownshipCode()
  townshipCode!: string;

  @Field({ description: '当事人名称 the party: a business or a person.' })
  @IsString()
  @Length(1, 200)
  @IsNotBlank()
  partyName!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 of a business party.' })
  @IsOptional()
  @IsUscc()
  partyUscc?: string | null;

  @Field(() => String, { nullable: true, description: '身份证号 of a person.' })
  @IsOptional()
  @IsResidentId()
  partyIdNumber?: string | null;

  @Field({ description: '事项 the devolved matter (catalog code).' })
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode!: string;

  @Field(() => TransferSituation)
  @IsEnum(TransferSituation)
  situation!: TransferSituation;

  @Field({ description: '发现时间 when the violation was discovered.' })
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  @IsPastDateTime()
  discoveredAt!: Date;

  @Field({ defaultValue: false, description: '紧急 urgent: due 24 hours after discovery.' })
  @IsBoolean()
  urgent: boolean = false;

  @Field({ description: '基本案情 the basic facts.' })
  @IsString()
  @Length(1, 5000)
  @IsNotBlank()
  facts!: string;

  @Field({ defaultValue: false, description: '已制止违法行为 (required when the sender lacks the penalty power, §4(3)).' })
  @IsBoolean()
  violationStopped: boolean = false;

  @Field({ defaultValue: false, description: '已固定证据 (required when the sender lacks the penalty power, §4(3)).' })
  @IsBoolean()
  evidenceSecured: boolean = false;

  @Field({ description: '联系人 (§4(3)1).' })
  @IsString()
  @Length(1, 50)
  @IsNotBlank()
  contactName!: string;

  @Field({ description: '联系电话.' })
  @Matches(PHONE, { message: 'must be a telephone number' })
  contactPhone!: string;

  @Field(() => String, { nullable: true, description: '内设机构 a department names its internal division (§4(3)1).' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @IsNotBlank()
  senderDivision?: string | null;

  @Field({ defaultValue: false, description: '两法衔接 a criminal referral to a judicial organ (§4(5)).' })
  @IsBoolean()
  criminalReferral: boolean = false;

  @Field(() => String, {
    nullable: true,
    description: '结案日期 when the department closed the case, if it did (§4(3)2①: closed before devolution stays with it).',
  })
  @IsOptional()
  @IsCalendarDate()
  caseClosedOn?: string | null;
}

@InputType({ description: '移送操作 an action on a transfer with its note and the evidence named' })
export class TransferActionInput extends LifecycleActionFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a transfer id' })
  id!: string;
}

@InputType({ description: '延期移送 announce an extension of the sending deadline to the receiver (§4(3)3②)' })
export class ExtendTransferInput extends TransferActionInput {
  @Field(() => Int, { description: 'The new sending deadline in working days from discovery: more than 5, at most 10.' })
  @IsInt()
  // An extension extends: the new period is longer than the 5 working days of §4(3)3①. Past 10 is the
  // lifecycle's EXTENSION_BEYOND_LIMIT (§4(3)3②), with the limit in its message.
  @Min(6, { message: '延期须长于5个工作日 an extension is longer than the 5 working days of §4(3)3①' })
  @Max(365)
  workingDays!: number;
}

@InputType({ description: '指定管辖 the city government names the handling unit (§4(3)3④)' })
export class AssignTransferInput extends TransferActionInput {
  @Field()
  @Matches(UNIT_CODE_PATTERN, { message: 'must be a unit code' })
  handlingUnitCode!: string;
}

@InputType({ description: '反馈结果 the handling unit reports the result back to the sender (§2(1), §2(2))' })
export class ReportTransferResultInput extends TransferActionInput {
  @Field({ description: '处理结果 what was done.' })
  @IsString()
  @Length(1, 5000)
  @IsNotBlank()
  summary!: string;

  @Field(() => ID, { nullable: true, description: 'The penalty decision published for it, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a penalty id' })
  penaltyId?: string | null;
}

@InputType({ description: '上传移送材料 declare a material of a transfer before uploading it (§4(3)4)' })
export class RequestTransferMaterialUploadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a transfer id' })
  transferId!: string;

  @Field(() => TransferMaterialKind)
  @IsEnum(TransferMaterialKind)
  kind!: TransferMaterialKind;

  @Field({ description: 'Original file name, e.g. 现场检查笔录.pdf.' })
  @IsString()
  @Length(1, 255)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  @Matches(/^[^/\\\u0000-\u001f]+$/, { message: 'must be a plain file name without path separators or control characters' })
  @IsNotBlank()
  fileName!: string;

  @Field()
  @Matches(/^[a-z]+\/[a-z0-9.+-]+$/, { message: 'must be a MIME type such as image/jpeg' })
  contentType!: string;

  @Field(() => Float)
  @IsInt({ message: 'must be a whole number of bytes' })
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  size!: number;

  @Field()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'must be a SHA-256 as 64 hexadecimal digits' })
  sha256!: string;
}
