import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LicenceStatus, LicensingKind } from '../enums/record.enums';
import { Paginated } from '../pagination/connection';
import { SharedRecord } from './record.model';

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

export enum PermitReasonCode {
  COVERED = 'COVERED',
  NO_LICENCE = 'NO_LICENCE',
  NOT_YET_VALID = 'NOT_YET_VALID',
  EXPIRED = 'EXPIRED',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  WITHDRAWN = 'WITHDRAWN',
  NOT_COVERED = 'NOT_COVERED',
}
registerEnumType(PermitReasonCode, {
  name: 'PermitReasonCode',
  description: '核验结论代码 why a permit check came out as it did, stable for machines (`reason` says it in Chinese)',
  valuesMap: {
    COVERED: { description: '有效许可覆盖 a valid licence covers the matter on the date' },
    NO_LICENCE: { description: '无许可记录 the party has no licence for the matter on record' },
    NOT_YET_VALID: { description: '尚未生效 the newest licence is valid only from a later date' },
    EXPIRED: { description: '已过期 the newest licence is past its validity' },
    SUSPENDED: { description: '暂扣/中止 the newest licence is suspended' },
    REVOKED: { description: '撤销/吊销 the newest licence was revoked by the department' },
    WITHDRAWN: { description: '已撤回 the only licences on record were withdrawn by their publisher' },
    NOT_COVERED: { description: '未覆盖 no valid licence for another reason' },
  },
});

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
