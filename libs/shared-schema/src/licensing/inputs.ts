import { EndDate, RequiredText, StartDate } from '../validation/input-fields';
import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MATTER_CODE_PATTERN, SOURCE_ID_MESSAGE, SOURCE_ID_PATTERN } from '../records/patterns';
import { IsCalendarDate, IsResidentId, IsTownshipCode, IsUscc } from '../validation/decorators';
import { IsPastDate } from '../validation/plausibility';
import { LicenceStatus, LicensingKind } from './enums';

const PHONE_PATTERN = /^[0-9+\-() ]{5,30}$/;

@InputType({ description: '许可信息 a licensing decision as the department publishes it' })
export class LicensingDecisionInput {
  @Field({ description: "The department system's own id of the decision: re-sending it is idempotent." })
  @Matches(SOURCE_ID_PATTERN, SOURCE_ID_MESSAGE)
  sourceId!: string;

  @Field(() => LicensingKind)
  @IsEnum(LicensingKind)
  kind!: LicensingKind;

  @RequiredText(100)
  licenceNumber!: string;

  @RequiredText(200)
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

  @StartDate('YYYY-MM-DD')
  validFrom!: string;

  @EndDate('validFrom', 'YYYY-MM-DD; leave out for open-ended')
  validTo?: string | null;

  @Field(() => LicenceStatus, { description: 'VALID, SUSPENDED or REVOKED (EXPIRED and WITHDRAWN are derived, not published).' })
  @IsEnum(LicenceStatus)
  status!: LicenceStatus;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  @IsPastDate()
  decisionDate!: string;
}
