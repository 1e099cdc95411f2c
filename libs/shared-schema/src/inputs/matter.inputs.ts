import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsDateString, IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { RegulationClass } from '../enums/record.enums';
import { IsResidentId, IsTownshipCode, IsUscc } from '../validation/decorators';
import { MATTER_CODE_PATTERN } from './licensing.inputs';

@InputType({ description: '赋权事项 a catalog entry (admin)' })
export class DevolvedMatterInput {
  @Field()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  code!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field()
  @IsString()
  @Length(1, 5000)
  legalBasis!: string;

  @Field(() => RegulationClass)
  @IsEnum(RegulationClass)
  regulationClass!: RegulationClass;

  @Field()
  @Matches(/^dept-[a-z0-9-]+$/, { message: 'must be a department unit code' })
  sourceDepartmentCode!: string;

  @Field(() => [String], { description: 'Townships holding the penalty power; empty: the department keeps it.' })
  @ArrayMaxSize(19)
  @IsTownshipCode({ each: true })
  townshipCodes!: string[];

  @Field()
  @IsDateString({ strict: true }, { message: 'must be a date YYYY-MM-DD' })
  effectiveFrom!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'must be a date YYYY-MM-DD' })
  effectiveTo?: string | null;
}

@ArgsType()
export class WhoHandlesArgs {
  @Field()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode!: string;

  @Field()
  @IsTownshipCode()
  townshipCode!: string;
}

@ArgsType()
export class PartyProfileArgs {
  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @Field(() => String, { nullable: true, description: '身份证号' })
  @IsOptional()
  @IsResidentId()
  idNumber?: string;

  @Field(() => String, { nullable: true, description: '名称 (at least 2 characters, substring match)' })
  @IsOptional()
  @IsString()
  @Length(2, 50)
  name?: string;
}
