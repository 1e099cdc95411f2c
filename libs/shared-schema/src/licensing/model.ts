import { Field, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../pagination/connection';
import { SharedRecord } from '../records/model';
import { LicenceStatus, LicensingKind, PermitReasonCode } from './enums';

@ObjectType({ description: '许可信息 a licensing decision of a city department (§4(1)2)' })
export class LicensingDecision extends SharedRecord {
  @Field(() => LicensingKind)
  kind!: LicensingKind;

  @Field({ description: '许可证号 licence number' })
  licenceNumber!: string;

  @Field({ description: '持证人 holder name' })
  holderName!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 holder USCC' })
  holderUscc!: string | null;

  @Field(() => String, { nullable: true, description: '身份证号 holder resident ID number (masked unless the reader needs it)' })
  holderIdNumber!: string | null;

  @Field(() => String, { nullable: true, description: '联系电话 holder phone (masked unless the reader needs it)' })
  holderPhone!: string | null;

  @Field({ description: '事项编码 devolved matter code' })
  matterCode!: string;

  @Field(() => String, { nullable: true, description: '许可范围 scope' })
  scope!: string | null;

  @Field(() => String, { nullable: true, description: '地址 address' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: '所属镇街 township code' })
  townshipCode!: string | null;

  @Field({ description: '有效期起 valid from (YYYY-MM-DD)' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: '有效期止 valid to (YYYY-MM-DD); none means open-ended' })
  validTo!: string | null;

  @Field(() => LicenceStatus, { description: '状态 status today (Asia/Shanghai): EXPIRED derived from the dates' })
  status!: LicenceStatus;

  @Field({ description: '决定日期 decision date (YYYY-MM-DD)' })
  decisionDate!: string;
}

@ObjectType()
export class LicensingDecisionConnection extends Paginated(LicensingDecision, 'LicensingDecision') {}

@ObjectType({ description: '许可核验 whether a valid licence covers a matter on a date' })
export class PermitStatus {
  @Field({ description: 'True when a valid licence covers the matter on that date.' })
  covered!: boolean;

  @Field({ description: 'The date checked (YYYY-MM-DD).' })
  at!: string;

  @Field(() => LicensingDecision, { nullable: true, description: 'The licence that covers it.' })
  licence!: LicensingDecision | null;

  @Field({
    description:
      "核验结论 why it is or is not covered, in Chinese an officer can act on (licence numbers, dates, the matter's name); machines read `reasonCode`.",
  })
  reason!: string;

  @Field(() => PermitReasonCode, {
    description: '核验结论代码 the reason as a stable code: COVERED, or the state of the newest licence that is not withdrawn.',
  })
  reasonCode!: PermitReasonCode;

  @Field(() => [LicensingDecision], {
    description: "The party's other licences for that matter (expired, suspended, revoked, not yet valid, withdrawn).",
  })
  others!: LicensingDecision[];
}
