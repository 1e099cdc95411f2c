import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsNotBlank } from '../validation/plausibility';
import { UnitKind } from './enums';

/** Township codes are 9 digits; other units use a lower-case mnemonic such as `dept-market-regulation`. */
export const UNIT_CODE_PATTERN = /^(\d{9}|[a-z][a-z0-9-]{1,39})$/;
const UNIT_CODE_MESSAGE = 'must be a 9-digit township code or a lower-case code like dept-market-regulation';

@InputType({ description: '新增单位 a new unit (stationed agency, another department …)' })
export class CreateUnitInput {
  @Field()
  @Matches(UNIT_CODE_PATTERN, { message: UNIT_CODE_MESSAGE })
  code!: string;

  @Field()
  @IsString()
  @Length(2, 100)
  @IsNotBlank()
  name!: string;

  @Field(() => UnitKind)
  @IsEnum(UnitKind)
  kind!: UnitKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN, { message: UNIT_CODE_MESSAGE })
  parentCode?: string | null;
}

@InputType({ description: '更新联络人 update the contact for transfers (§4(3)1)' })
export class UpdateUnitContactInput {
  @Field({ description: "The unit whose contact changes: the caller's own unit unless the caller is an admin." })
  @Matches(UNIT_CODE_PATTERN, { message: UNIT_CODE_MESSAGE })
  unitCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  @IsNotBlank()
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{5,30}$/, { message: 'must be a telephone number (digits, spaces, + - and brackets)' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @IsNotBlank()
  division?: string | null;
}

@InputType()
export class SetUnitActiveInput {
  @Field()
  @Matches(UNIT_CODE_PATTERN, { message: UNIT_CODE_MESSAGE })
  unitCode!: string;

  @Field()
  @IsBoolean()
  active!: boolean;
}
