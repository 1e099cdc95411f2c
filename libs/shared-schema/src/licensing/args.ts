import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { DecisionRecordsArgs } from '../records/args';
import { MATTER_CODE_PATTERN } from '../records/patterns';
import { PublishBatchArgs } from '../records/publish-batch.args';
import { IsCalendarDate, IsResidentId, IsUscc } from '../validation/decorators';
import { IsNotBlank } from '../validation/plausibility';
import { LicenceStatus } from './enums';
import { LicensingDecisionInput } from './inputs';

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
