import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PublishBatchArgs } from './publish-batch.args';
import { LicenceStatus, LicensingKind } from '../enums/record.enums';
import { DecisionRecordsArgs } from './decision-records.args';
import { MATTER_CODE_PATTERN, SOURCE_ID_PATTERN } from './patterns';
import { IsCalendarDate, IsResidentId, IsTownshipCode, IsUscc } from '../validation/decorators';
import { IsNotBefore, IsNotBlank, IsPastDate, IsPlausibleDate } from '../validation/plausibility';

const PHONE_PATTERN = /^[0-9+\-() ]{5,30}$/;

@InputType({ description: '许可信息 a licensing decision as the department publishes it' })
export class LicensingDecisionInput {
  @Field({ description: "The department system's own id of the decision: re-sending it is idempotent." })
  @Matches(SOURCE_ID_PATTERN, { message: 'must be 1-100 letters, digits or . _ : - /' })
  sourceId!: string;

  @Field(() => LicensingKind)
  @IsEnum(LicensingKind)
  kind!: LicensingKind;

  @Field()
  @IsString()
  @Length(1, 100)
  @IsNotBlank()
  licenceNumber!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  @IsNotBlank()
  holderName!: string;

  @Field(() => String, { nullable: true, description: 'Required unless holderIdNumber is given.' })
  @IsOptional()
  @IsUscc()
  holderUscc?: string | null;

  @Field(() => String, { nullable: true, description: 'For a natural person holder.' })
  @IsOptional()
  @IsResidentId()
  holderIdNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'must be a telephone number' })
  holderPhone?: string | null;

  @Field()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  scope?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTownshipCode()
  townshipCode?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  @IsPlausibleDate(10)
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; leave out for open-ended' })
  @IsOptional()
  @IsCalendarDate()
  @IsPlausibleDate(50)
  @IsNotBefore('validFrom')
  validTo?: string | null;

  @Field(() => LicenceStatus, { description: 'VALID, SUSPENDED or REVOKED (EXPIRED and WITHDRAWN are derived, not published).' })
  @IsEnum(LicenceStatus)
  status!: LicenceStatus;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  @IsPastDate()
  decisionDate!: string;
}

/** Records of a batch are validated one by one by the service, so valid ones are kept when others fail. */
@ArgsType()
export class PublishLicensingBatchArgs extends PublishBatchArgs(LicensingDecisionInput) {}

@ArgsType()
export class LicensingDecisionsArgs extends DecisionRecordsArgs {
  @Field(() => String, { nullable: true, description: '推送单位 publisher unit code' })
  @IsOptional()
  @MaxLength(40)
  publisherCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUscc()
  holderUscc?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsResidentId()
  holderIdNumber?: string;

  @Field(() => String, { nullable: true, description: '名称包含 holder name contains (at least 2 characters)' })
  @IsOptional()
  @IsString()
  @Length(2, 50)
  @IsNotBlank()
  holderNameContains?: string;

  @Field(() => LicenceStatus, {
    nullable: true,
    description: 'Status as of today; EXPIRED included; WITHDRAWN finds withdrawn records (includeRevoked not needed).',
  })
  @IsOptional()
  @IsEnum(LicenceStatus)
  status?: LicenceStatus;
}

@ArgsType()
export class PermitStatusArgs {
  @Field({ description: '统一社会信用代码 of the party' })
  @IsUscc()
  uscc!: string;

  @Field()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode!: string;

  @Field(() => String, { nullable: true, description: 'Date to check (YYYY-MM-DD); today in Asia/Shanghai when left out.' })
  @IsOptional()
  @IsCalendarDate()
  at?: string;
}
